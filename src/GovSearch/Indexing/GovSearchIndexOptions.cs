namespace GovSearch;

/// <summary>Settings for creating or opening a <see cref="GovSearchIndex"/>.</summary>
public sealed record GovSearchIndexOptions
{
    /// <summary>
    /// The analysis settings. Used when the index is created and recorded with it. When an existing index is
    /// opened, <see langword="null"/> (the default) takes the recorded settings; a non-null value must equal them.
    /// </summary>
    public AnalysisOptions? Analysis { get; init; }

    /// <summary>Open without a writer: searches only, and <see cref="GovSearchIndex.Refresh"/> picks up commits made
    /// by a writer elsewhere. Takes no lock, so any number of read-only instances may share a folder. Default: <see langword="false"/>.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The memory the writer buffers before flushing a segment, in MB: 1 to 2,048. Default: 64.</summary>
    public double RamBufferSizeMB { get; init; } = 64;

    /// <summary>The threads that analyze documents during a batch add: 1 to 64. Default: the number of processors.</summary>
    public int IndexingThreads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 64);

    /// <summary>The largest document text accepted, in characters: at least 1. Default: <see cref="GovDocument.DefaultMaximumTextLength"/>.</summary>
    public int MaximumTextLength { get; init; } = GovDocument.DefaultMaximumTextLength;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        if (double.IsNaN(RamBufferSizeMB) || RamBufferSizeMB is < 1 or > 2048)
        {
            throw new ArgumentException($"GovSearchIndexOptions.RamBufferSizeMB is {RamBufferSizeMB}; it must be between 1 and 2048.", nameof(RamBufferSizeMB));
        }

        if (IndexingThreads is < 1 or > 64)
        {
            throw new ArgumentException($"GovSearchIndexOptions.IndexingThreads is {IndexingThreads}; it must be between 1 and 64.", nameof(IndexingThreads));
        }

        if (MaximumTextLength < 1)
        {
            throw new ArgumentException($"GovSearchIndexOptions.MaximumTextLength is {MaximumTextLength}; it must be at least 1.", nameof(MaximumTextLength));
        }

        Analysis?.Validate();
    }
}

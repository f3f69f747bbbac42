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

    /// <summary>
    /// The user's own glossary files for cross-lingual search (<see cref="SearchOptions.CrossLingual"/>):
    /// UTF-8 text, one entry a line, <c>chinese TAB english[|english2...]</c>, <c>#</c> comments and blank lines
    /// skipped. An entry's Chinese and English sides become translations of each other, both ways, and replace the
    /// shipped glossary's translations of the same source; a later file wins over an earlier one. Read when the index
    /// is opened or created. Default: none.
    /// </summary>
    /// <remarks>A missing or malformed file makes the open fail with a <see cref="TranslationFileException"/> naming the file and line.</remarks>
    public IReadOnlyList<string> GlossaryFiles { get; init; } = [];

    /// <summary>
    /// The user's own parallel text for cross-lingual search: UTF-8 text, one aligned pair a line,
    /// <c>chinese TAB english</c>. Word translations are learned from it (IBM Model 1 both ways, as for the shipped
    /// table; a word must occur in at least two pairs) and mixed half and half into the shipped learned table where
    /// both translate a term. Read when the index is opened or created. Default: none.
    /// </summary>
    /// <remarks>A missing or malformed file makes the open fail with a <see cref="TranslationFileException"/> naming the file and line.</remarks>
    public IReadOnlyList<string> ParallelTextFiles { get; init; } = [];

    /// <summary>
    /// The user's synonym files, applied when searching (no reindexing): UTF-8 text in Solr's synonyms format, one rule a
    /// line: <c>a, b, c</c> makes each term a synonym of the others; <c>a, b =&gt; c, d</c> makes a and b also search for c
    /// and d (not the other way); <c>#</c> starts a comment line; a backslash makes the next character plain (<c>\,</c>
    /// for a comma inside a term). Terms may be several words (<c>state council</c>) and are matched in the query as the
    /// governance thesaurus matches its phrases: longest first, after full-width, traditional and case folding. At most
    /// 100,000 rules in all; each term at most 64 characters. Read when the index is opened or created, and again by
    /// <see cref="GovSearchIndex.ReloadSynonyms"/>. See <see cref="SearchOptions.SynonymWeight"/>. Default: none.
    /// </summary>
    /// <remarks>A missing or malformed file makes the open fail with a <see cref="DictionaryFileException"/> naming the file and line.</remarks>
    public IReadOnlyList<string> SynonymFiles { get; init; } = [];

    /// <summary>
    /// Whether opening reads every file of the latest commit to check its CRC-32 footer even when a process on this
    /// machine verified the same file before. Default: <see langword="false"/>: a file verified earlier that still has the
    /// same name, length and modification time is not read again (the record is kept in GovSearch's per-user folder,
    /// <c>$GOVSEARCH_CACHE</c> or the local application data folder's <c>govsearch</c>, never in the index folder), so
    /// opening a large, unchanged index costs no full read. Any write to a file changes its modification time and gets it
    /// read again; damage that keeps both (a disk's silent bit rot) is found by <see cref="GovSearchIndex.CheckAsync"/>,
    /// which always reads everything, or at every open with <see langword="true"/>.
    /// </summary>
    public bool ReverifyUnchangedFiles { get; init; }

    /// <summary>Where the index logs what it does (opening, commits, rollbacks, topic training, slow queries; the events are
    /// listed at <see cref="Telemetry.GovSearchTelemetry"/>). Default: <see langword="null"/>, no logs.</summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>A search or suggestion call that takes at least this long is logged as a warning (event 1301) with its
    /// query: zero to one hour; zero logs every query. Default: 1 second.</summary>
    public TimeSpan SlowQueryThreshold { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Checks every setting against its documented range. Every method that takes these options calls it
    /// before it does anything, so calling it yourself only moves the error earlier (for example, to where the options
    /// are read from configuration). Checks only these values, never the state of an index.</summary>
    /// <exception cref="ArgumentException">A setting is out of its range; the message names the setting and the range.</exception>
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

        if (SlowQueryThreshold < TimeSpan.Zero || SlowQueryThreshold > TimeSpan.FromHours(1))
        {
            throw new ArgumentException($"GovSearchIndexOptions.SlowQueryThreshold is {SlowQueryThreshold}; it must be between 00:00:00 and 01:00:00.", nameof(SlowQueryThreshold));
        }

        CheckFiles(GlossaryFiles, nameof(GlossaryFiles));
        CheckFiles(ParallelTextFiles, nameof(ParallelTextFiles));
        CheckFiles(SynonymFiles, nameof(SynonymFiles));
        Analysis?.Validate();
    }

    private static void CheckFiles(IReadOnlyList<string>? files, string name)
    {
        if (files is null || files.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"GovSearchIndexOptions.{name} must be a list of file paths, none of them empty.", name);
        }
    }
}

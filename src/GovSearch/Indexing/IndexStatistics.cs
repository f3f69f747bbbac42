namespace GovSearch;

/// <summary>What an index holds, as of the last commit this instance sees.</summary>
public sealed record IndexStatistics
{
    /// <summary>The folder, or <see langword="null"/> for an in-memory index.</summary>
    public string? Path { get; init; }

    /// <summary>The number of documents.</summary>
    public required int Documents { get; init; }

    /// <summary>The number of passages over all documents.</summary>
    public required long Passages { get; init; }

    /// <summary>Documents per language, largest first.</summary>
    public required IReadOnlyList<FacetValue> Languages { get; init; }

    /// <summary>Documents per type, largest first.</summary>
    public required IReadOnlyList<FacetValue> DocTypes { get; init; }

    /// <summary>The bytes the index's files take on disk (0 in memory).</summary>
    public required long SizeOnDiskBytes { get; init; }

    /// <summary>The on-disk schema version.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>How many words the index's user dictionary holds (<see cref="AnalysisOptions.UserWords"/>, each counted once
    /// after normalization); 0 when it has none.</summary>
    public int UserDictionaryWords { get; init; }

    /// <summary>The hash the index records of its user dictionary (16 hexadecimal digits of SHA-256 over the normalized,
    /// sorted words), or <see langword="null"/> when it has none. Two dictionaries with the same words have the same hash.</summary>
    public string? UserDictionaryHash { get; init; }

    /// <summary>The fingerprint the last commit records of the traditional-to-simplified conversion tables that wrote it
    /// (16 hexadecimal digits), or <see langword="null"/> when the index keeps traditional characters or was written
    /// before GovSearch recorded it. When it differs from what a newer GovSearch writes, documents indexed before keep
    /// their old conversion until they are indexed again (<c>govsearch index --rebuild</c>).</summary>
    public string? TraditionalConversion { get; init; }
}

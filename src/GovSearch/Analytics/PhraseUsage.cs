namespace GovSearch;

/// <summary>How often one phrase is used, in all and per group.</summary>
public sealed record PhraseUsage
{
    /// <summary>The phrase as given.</summary>
    public required string Phrase { get; init; }

    /// <summary>How its occurrences were found.</summary>
    public required PhraseMatching Matching { get; init; }

    /// <summary>How many times it occurs in the texts of the filtered documents (titles are not counted).</summary>
    public required long Occurrences { get; init; }

    /// <summary>How many filtered documents use it.</summary>
    public required int Documents { get; init; }

    /// <summary>The length of all filtered texts, in characters.</summary>
    public required long Characters { get; init; }

    /// <summary>Occurrences per million characters of all filtered text.</summary>
    public double PerMillionCharacters => Characters == 0 ? 0 : Occurrences * 1_000_000.0 / Characters;

    /// <summary>The earliest dated document that uses it (ties broken by id), or <see langword="null"/>.</summary>
    public required UsageDocument? FirstUse { get; init; }

    /// <summary>The latest dated document that uses it (ties broken by id), or <see langword="null"/>.</summary>
    public required UsageDocument? LastUse { get; init; }

    /// <summary>One row per group holding filtered documents, whether or not they use the phrase: years ascending,
    /// sources and types in ordinal order.</summary>
    public required IReadOnlyList<UsageRow> Rows { get; init; }
}

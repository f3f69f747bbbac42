namespace GovSearch;

/// <summary>A phrase's use within one group of documents (one year, source or type).</summary>
public sealed record UsageRow
{
    /// <summary>The group: a year (invariant digits), a source or a type (in its most common spelling).</summary>
    public required string Key { get; init; }

    /// <summary>How many times the phrase occurs in the group's texts.</summary>
    public required long Occurrences { get; init; }

    /// <summary>How many of the group's documents use the phrase at least once.</summary>
    public required int Documents { get; init; }

    /// <summary>How many documents the group holds (after the filter).</summary>
    public required int DocumentsInGroup { get; init; }

    /// <summary>The length of the group's texts, in characters (UTF-16 units).</summary>
    public required long Characters { get; init; }

    /// <summary>Occurrences per million characters of the group's text, so that groups with more text do not dominate.</summary>
    public double PerMillionCharacters => Characters == 0 ? 0 : Occurrences * 1_000_000.0 / Characters;
}

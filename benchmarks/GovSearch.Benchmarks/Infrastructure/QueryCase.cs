namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// One benchmark query: the GovSearch query text, and the same intent for the plain Lucene.Net baseline
/// (words, phrase or not, and filters), since the baseline has no query language.
/// </summary>
/// <param name="Kind">What the query exercises: zh, en, mixed, phrase, slogan, filter or facet.</param>
/// <param name="Text">The GovSearch query.</param>
/// <param name="Words">The free text the baseline analyzes with SmartCn; empty for a filter-only query.</param>
public sealed record QueryCase(string Kind, string Text, string Words)
{
    /// <summary>Whether the baseline matches <see cref="Words"/> as a phrase.</summary>
    public bool Phrase { get; init; }

    /// <summary>The baseline's language filter, if any.</summary>
    public string? Language { get; init; }

    /// <summary>The baseline's document type filter, if any.</summary>
    public string? DocType { get; init; }

    /// <summary>The baseline's first year, if any.</summary>
    public int? FromYear { get; init; }

    /// <summary>The baseline's last year, if any.</summary>
    public int? ToYear { get; init; }

    /// <summary>Whether the baseline filters.</summary>
    public bool HasFilter => Language is not null || DocType is not null || FromYear is not null || ToYear is not null;

    /// <summary>The label in reports: the kind and the GovSearch query.</summary>
    public override string ToString() => $"{Kind}: {Text}";
}

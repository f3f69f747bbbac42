namespace GovSearch;

/// <summary>Counts of the matching documents (all of them, not just the page) by language, type, year and source.
/// Each list is ordered by count, largest first, then by value; years by count too. Types and sources that differ only
/// in case or surrounding spaces count as one value, shown in its most common spelling, as the filters compare them.
/// A value put into the matching filter of <see cref="SearchOptions"/> (or the query text) matches exactly the
/// documents it counted.</summary>
public sealed record SearchFacets
{
    /// <summary>No counts (facets were not asked for).</summary>
    public static SearchFacets Empty { get; } = new();

    /// <summary>By language code.</summary>
    public IReadOnlyList<FacetValue> Languages { get; init; } = [];

    /// <summary>By document type.</summary>
    public IReadOnlyList<FacetValue> DocTypes { get; init; } = [];

    /// <summary>By year of the date.</summary>
    public IReadOnlyList<FacetValue> Years { get; init; } = [];

    /// <summary>By source.</summary>
    public IReadOnlyList<FacetValue> Sources { get; init; } = [];

    /// <summary>By cited law (its normalized title, as the cites: filter takes it): how many matching documents cite each.</summary>
    public IReadOnlyList<FacetValue> Cites { get; init; } = [];

    /// <summary>By dominant topic (the value is the topic id, as the topic: filter takes it); empty without a topic model.</summary>
    public IReadOnlyList<FacetValue> Topics { get; init; } = [];
}

using System.Globalization;

namespace GovSearch.Querying;

/// <summary>
/// The typed filters of <see cref="SearchOptions"/> as <see cref="QueryFilter"/>s, so they compile exactly as the
/// lang:, type:, source:, year: and topic: filters of the query text do. They have no position in the query (-1).
/// </summary>
internal static class TypedFilters
{
    /// <summary>The date filter's field; it has no query-text form.</summary>
    public const string DateField = "date";

    /// <summary>The filters <paramref name="options"/> asks for; empty when it asks for none.</summary>
    public static IReadOnlyList<QueryFilter> Of(SearchOptions options)
    {
        var filters = new List<QueryFilter>();
        filters.AddRange(options.Languages.Select(v => Keyword("lang", DocumentLanguages.Canonical(v)!)));
        filters.AddRange(options.DocTypes.Select(v => Keyword("type", v)));
        filters.AddRange(options.Sources.Select(v => Keyword("source", v)));
        filters.AddRange(options.Cites.Select(v => Keyword("cites", v)));
        filters.AddRange(options.Topics.Select(v => Keyword("topic", v.ToString(CultureInfo.InvariantCulture))));
        if (options.FromYear is not null || options.ToYear is not null)
        {
            filters.Add(new QueryFilter("year", null, options.FromYear, options.ToYear, -1, 0, false));
        }

        if (options.FromDate is not null || options.ToDate is not null)
        {
            filters.Add(new QueryFilter(DateField, null, Key(options.FromDate) ?? 0, Key(options.ToDate) ?? int.MaxValue, -1, 0, false));
        }

        return filters;
    }

    private static QueryFilter Keyword(string field, string value) => new(field, value, null, null, -1, 0, false);

    private static int? Key(DateOnly? date) => date is { } d ? new DocumentDate(d.Year, d.Month, d.Day).SortKey : null;
}

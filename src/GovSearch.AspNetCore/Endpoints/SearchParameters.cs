using Microsoft.AspNetCore.Http;

namespace GovSearch.AspNetCore.Endpoints;

/// <summary>
/// The parameters of <c>GET api/search</c>: those of <c>govsearch search --json</c>, named as its options are (q, limit,
/// offset, sort, strict, all, mode, expand-lay-terms, cross-lingual, lang, type, source, year, date, literal), plus
/// topic (repeatable topic ids, the topic facet's values). Hits carry three passages with HTML-escaped snippets marked
/// with &lt;mark&gt;, as --json prints them.
/// </summary>
internal static class SearchParameters
{
    /// <summary>Reads the query and its options, or returns the first problem.</summary>
    public static (string Query, SearchOptions Options)? Read(IQueryCollection query, GovSearchEndpointOptions limits, out string? problem)
    {
        var read = new QueryParameters(query);
        var text = read.Text("q");
        if (string.IsNullOrWhiteSpace(text))
        {
            read.Fail("q is required: the query text.");
        }
        else if (text.Length > limits.MaximumQueryLength)
        {
            read.Fail($"q must be at most {limits.MaximumQueryLength:N0} characters (it was {text.Length:N0}).");
        }

        var (fromYear, toYear) = read.Years();
        var (fromDate, toDate) = read.Dates();

        var options = new SearchOptions
        {
            Limit = read.Integer("limit", 10, 1, limits.MaximumLimit),
            Offset = read.Integer("offset", 0, 0, limits.MaximumOffset),
            Sort = read.Choice("sort", "relevance", "relevance", "date", "date-desc", "date-asc") switch
            {
                "date" or "date-desc" => SearchSort.DateDescending,
                "date-asc" => SearchSort.DateAscending,
                _ => SearchSort.Relevance,
            },
            Strict = read.Flag("strict"),
            DefaultOperator = read.Flag("all") ? QueryOperator.And : QueryOperator.Or,
            Mode = read.Choice("mode", "lexical", "lexical", "hybrid") == "hybrid" ? SearchMode.Hybrid : SearchMode.Lexical,
            ExpandLayTerms = read.Text("expand-lay-terms") is null ? SearchOptions.Default.ExpandLayTerms : read.Flag("expand-lay-terms"),
            CrossLingual = read.Choice("cross-lingual", "off", "off", "auto", "only") switch
            {
                "auto" => CrossLingualMode.Auto,
                "only" => CrossLingualMode.Only,
                _ => CrossLingualMode.Off,
            },
            Syntax = read.Flag("literal") ? QuerySyntax.Literal : QuerySyntax.Full,
            Languages = read.Languages(),
            DocTypes = read.DocTypes(),
            Sources = read.Sources(),
            Topics = read.List("topic", v => int.TryParse(v, out var t) && t >= 0, "a topic id, 0 or more").Select(int.Parse).ToList(),
            FromYear = fromYear,
            ToYear = toYear,
            FromDate = fromDate,
            ToDate = toDate,
            PassagesPerHit = 3,
            EscapeHtml = true,
            HighlightStart = "<mark>",
            HighlightEnd = "</mark>",
        };

        problem = read.Problem;
        return problem is null ? (text!, options) : null;
    }
}

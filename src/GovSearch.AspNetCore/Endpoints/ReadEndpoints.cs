using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovSearch.AspNetCore.Endpoints;

/// <summary>The read-only JSON endpoints: search, suggest, document, similar, topics, trends, usage.</summary>
internal static class ReadEndpoints
{
    /// <summary>The longest prefix the suggest endpoint takes: completions are for what a user is still typing.</summary>
    private const int MaximumPrefixLength = 100;

    public static void Map(RouteGroupBuilder group, ServedIndex served)
    {
        var api = group.MapGroup("/api").WithTags("GovSearch");

        api.MapGet("/search", Handler(http => SearchAsync(http, served)))
            .WithName("search")
            .WithSummary("Search the index.")
            .WithDescription("Parameters as the options of govsearch search: q (required), limit, offset, sort (relevance, date, date-desc, date-asc), "
                + "strict, all, mode (lexical, hybrid), expand-lay-terms, cross-lingual (off, auto, only), lang, type, source, topic (repeatable), "
                + "year (2019 or 2015..2021), date (2020-01..2021-06-30), literal. Answers SearchResults, as govsearch search --json prints it.")
            .Produces<SearchResults>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/suggest", Handler(http => SuggestAsync(http, served)))
            .WithName("suggest")
            .WithSummary("Completions of what a user is typing: q (the prefix, at most 100 characters), limit (1 to 100, default 10). "
                + "Answers { prefix, suggestions }, as govsearch suggest --json prints it.")
            .Produces<SuggestView>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/usage", Handler(http => UsageAsync(http, served)))
            .WithName("usage")
            .WithSummary("How often exact phrases occur, per year, source or type, with rates per million characters and first and last use.")
            .WithDescription("Parameters as the options of govsearch usage: phrase (required, repeatable), by (year, source, type), "
                + "lang, type, source (repeatable), year, date, current. Answers UsageReport, as govsearch usage --json prints it.")
            .Produces<UsageReport>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/documents/{id}", Handler((string id, HttpContext http) => DocumentAsync(id, http, served)))
            .WithName("document")
            .WithSummary("One document with its law's other versions and the text of each passage, as govsearch show --json prints it.")
            .Produces<DocumentView>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/documents/{id}/similar", Handler((string id, HttpContext http) => SimilarAsync(id, http, served)))
            .WithName("similar")
            .WithSummary("The documents closest to one document by topic (limit: 1 to the server's maximum, default 10), as govsearch similar --json prints them.")
            .Produces<IReadOnlyList<SearchHit>>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/topics", () => Topics(served))
            .WithName("topics")
            .WithSummary("The topic model's status and topics, as govsearch topics --json prints them.")
            .Produces<TopicsView>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/trends", (HttpContext http) => Trends(http, served))
            .WithName("trends")
            .WithSummary("Each topic's share per year (by=year, the default) or per source (by=source); topic=N for one topic; as govsearch trends --json prints it.")
            .Produces<TrendsView>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Types an asynchronous handler as a route handler, so its result is written (a lambda taking only the
    /// HttpContext would otherwise bind as a RequestDelegate, whose result is dropped).</summary>
    public static Delegate Handler(Func<HttpContext, Task<IResult>> handler) => handler;

    /// <inheritdoc cref="Handler(Func{HttpContext, Task{IResult}})"/>
    public static Delegate Handler(Func<string, HttpContext, Task<IResult>> handler) => handler;

    private static async Task<IResult> SearchAsync(HttpContext http, ServedIndex served)
    {
        if (SearchParameters.Read(http.Request.Query, served.Options, out var problem) is not var (query, options))
        {
            return Problems.BadRequest(problem!);
        }

        var results = await served.Index.SearchAsync(query, options, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(results, ApiJson.Options);
    }

    private static async Task<IResult> SuggestAsync(HttpContext http, ServedIndex served)
    {
        var read = new QueryParameters(http.Request.Query);
        var prefix = read.Text("q") ?? string.Empty;
        var limit = read.Integer("limit", 10, 1, SuggestOptions.MaximumLimit);
        if (prefix.Length > MaximumPrefixLength)
        {
            read.Fail($"q must be at most {MaximumPrefixLength} characters (it has {prefix.Length}).");
        }

        if (read.Problem is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var suggestions = await served.Index.SuggestAsync(prefix, new SuggestOptions { Limit = limit }, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new SuggestView(prefix, suggestions), ApiJson.Options);
    }

    private static async Task<IResult> UsageAsync(HttpContext http, ServedIndex served)
    {
        if (UsageParameters.Read(http.Request.Query, out var problem) is not var (phrases, options))
        {
            return Problems.BadRequest(problem!);
        }

        var report = await served.Index.GetUsageAsync(phrases, options, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(report, ApiJson.Options);
    }

    private static async Task<IResult> DocumentAsync(string id, HttpContext http, ServedIndex served)
    {
        var stored = await served.Index.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return Problems.NotFound(id);
        }

        var versions = await served.Index.GetVersionsAsync(id, http.RequestAborted).ConfigureAwait(false) ?? [];
        var text = stored.Document.Text;
        var view = new DocumentView(
            stored.Document,
            versions.Where(v => v.Id != id).ToList(),
            stored.Passages.Select(p => new PassageView(p.Number, p.Start, p.Length, p.Heading, p.TextOf(text))).ToList());
        return Results.Json(view, ApiJson.Options);
    }

    private static async Task<IResult> SimilarAsync(string id, HttpContext http, ServedIndex served)
    {
        var read = new QueryParameters(http.Request.Query);
        var limit = read.Integer("limit", 10, 1, served.Options.MaximumLimit);
        if (read.Problem is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var similar = await served.Index.SimilarAsync(id, limit, http.RequestAborted).ConfigureAwait(false);
        return similar is null ? Problems.NotFound(id) : Results.Json(similar, ApiJson.Options);
    }

    private static IResult Topics(ServedIndex served)
    {
        var topics = served.Index.GetTopics();
        return Results.Json(new TopicsView(served.Index.TopicStatus, topics), ApiJson.Options);
    }

    private static IResult Trends(HttpContext http, ServedIndex served)
    {
        var read = new QueryParameters(http.Request.Query);
        var by = read.Choice("by", "year", "year", "source");
        var only = read.Text("topic");
        if (read.Problem is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var topics = served.Index.GetTopics();
        int[] chosen = Enumerable.Range(0, topics.Count).ToArray();
        if (only is not null)
        {
            if (!int.TryParse(only, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var one) || one >= topics.Count)
            {
                return Problems.BadRequest($"topic must be a topic id, 0 to {topics.Count - 1} (it was '{(only.Length > 40 ? only[..40] : only)}').");
            }

            chosen = [one];
        }

        var table = served.Index.GetTopicTrends(by == "source" ? TrendDimension.Source : TrendDimension.Year);
        var view = new TrendsView(
            by,
            chosen.Select(t => new TrendTopicView(t, topics[t].Label)).ToList(),
            table.Rows.Select((row, i) => new TrendRowView(row, table.DocumentCounts[i], chosen.Select(t => table.Shares[i][t]).ToList())).ToList());
        return Results.Json(view, ApiJson.Options);
    }
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovSearch.Tests.Reliability;
using Microsoft.Extensions.DependencyInjection;

namespace GovSearch.Tests.AspNetCore;

/// <summary>The read-only endpoints over a real Kestrel server on loopback: records, errors, limits, no CORS, no writes.</summary>
public sealed class ServeEndpointTests(ServedIndexFixture served) : IClassFixture<ServedIndexFixture>
{
    private HttpClient Client => served.Server.Client;

    [Fact]
    public async Task Search_AnswersWhatTheBuiltToolsJsonPrints()
    {
        var api = await GetJsonAsync("api/search?q=" + Uri.EscapeDataString("数据安全") + "&lang=zh&year=2010..2021&limit=5&offset=1");

        using var tool = ChildProcess.Tool("search", "数据安全", "--lang", "zh", "--year", "2010..2021", "--limit", "5", "--offset", "1", "--json", "--index", served.IndexPath);
        Assert.Equal(0, await tool.ExitAsync());
        var cli = JsonNode.Parse(tool.Output)!;

        Assert.True(JsonNode.DeepEquals(cli, api), $"The API's JSON differs from the tool's.\nAPI: {api}\nCLI: {cli}");
        Assert.Equal(5, api["hits"]!.AsArray().Count);
        Assert.Equal(2, (int)api["hits"]![0]!["rank"]!);
        Assert.Contains("<mark>", (string)api["hits"]![0]!["passages"]![0]!["snippet"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FiltersByRepeatedFacetValues()
    {
        var results = await GetJsonAsync("api/search?q=" + Uri.EscapeDataString("governance 治理") + "&lang=en&lang=mixed");
        var languages = results["hits"]!.AsArray().Select(h => (string)h!["language"]!).ToHashSet();
        Assert.NotEmpty(languages);
        Assert.Subset(new HashSet<string> { "en", "mixed" }, languages);
    }

    [Fact]
    public async Task Search_EscapesMarkupInSnippetsAndTitles()
    {
        var raw = await Client.GetStringAsync("api/search?q=" + Uri.EscapeDataString("数据安全 标记") + "&limit=100");
        var results = JsonNode.Parse(raw)!;
        var hostile = results["hits"]!.AsArray().Single(h => (string)h!["id"]! == ServedIndexFixture.HostileId)!;
        var snippets = hostile["passages"]!.AsArray().Select(p => (string)p!["snippet"]!).ToList();
        Assert.All(snippets, s => Assert.DoesNotContain("<script", s, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(snippets, s => s.Contains("&lt;script&gt;", StringComparison.Ordinal));
        // Titles are data in JSON; the page puts them in as text. The record keeps the title as written.
        Assert.StartsWith("<script>", (string)hostile["title"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/search", "q is required")]
    [InlineData("api/search?q=law&limit=0", "limit must be between 1 and 100 (it was '0')")]
    [InlineData("api/search?q=law&limit=101", "limit must be between 1 and 100")]
    [InlineData("api/search?q=law&offset=10001", "offset must be between 0 and 10,000")]
    [InlineData("api/search?q=law&offset=-1", "offset must be between 0 and 10,000")]
    [InlineData("api/search?q=law&sort=newest", "sort must be one of relevance, date, date-desc, date-asc")]
    [InlineData("api/search?q=law&lang=fr", "lang must be one of")]
    [InlineData("api/search?q=law&year=20x9", "year must be YEAR or FROM..TO")]
    [InlineData("api/search?q=law&date=2021..2020", "date must be FROM..TO")]
    [InlineData("api/search?q=law&limit=1&limit=2", "limit may be given once")]
    [InlineData("api/search?q=law&literal=maybe", "literal must be true or false")]
    [InlineData("api/documents/zh-data/similar?limit=1000", "limit must be between 1 and 100")]
    [InlineData("api/trends?by=month", "by must be one of year, source")]
    [InlineData("api/trends?topic=99", "topic must be a topic id, 0 to 3")]
    public async Task BadParameters_Are400NamingTheParameter(string url, string expected)
    {
        var (status, problem) = await GetProblemAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_RefusesAQueryLongerThanTheLimitBeforeSearching()
    {
        var (status, problem) = await GetProblemAsync("api/search?q=" + string.Concat(Enumerable.Repeat("law+", 250)) + "x");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("q must be at most 1,000 characters (it was 1,001).", problem);

        // Longer still, the request line itself is refused by Kestrel's limit.
        using var huge = await Client.GetAsync("api/search?q=" + Uri.EscapeDataString(new string('法', 1000)));
        Assert.False(huge.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Search_MalformedStrictQueryIs400WithThePosition()
    {
        var (status, problem) = await GetProblemAsync("api/search?strict=true&q=" + Uri.EscapeDataString("\"rule of"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("position", problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Document_ReturnsTheShowJsonRecord()
    {
        var shown = await GetJsonAsync("api/documents/zh-data");
        using var tool = ChildProcess.Tool("show", "zh-data", "--json", "--index", served.IndexPath);
        Assert.Equal(0, await tool.ExitAsync());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(tool.Output), shown), $"API: {shown}\nCLI: {tool.Output}");
        Assert.Equal("中华人民共和国数据安全法", (string)shown["document"]!["title"]!);
        Assert.Contains(shown["passages"]!.AsArray(), p => ((string)p!["text"]!).Contains("第一条 为了规范数据处理活动", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownId_Is404NamingTheId()
    {
        foreach (var url in new[] { "api/documents/no-such-id", "api/documents/no-such-id/similar" })
        {
            var (status, problem) = await GetProblemAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal("No document with id 'no-such-id' is in the index.", problem);
        }
    }

    [Fact]
    public async Task TopicsTrendsAndSimilar_AnswerTheToolsRecords()
    {
        var topics = await GetJsonAsync("api/topics");
        Assert.True((bool)topics["status"]!["isTrained"]!);
        Assert.Equal(4, topics["topics"]!.AsArray().Count);

        var trends = await GetJsonAsync("api/trends?by=year&topic=1");
        using var tool = ChildProcess.Tool("trends", "--by", "year", "--topic", "1", "--json", "--index", served.IndexPath);
        Assert.Equal(0, await tool.ExitAsync());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(tool.Output), trends), $"API: {trends}\nCLI: {tool.Output}");
        Assert.Contains(trends["rows"]!.AsArray(), r => (string)r!["row"]! == "2015");

        var similar = await GetJsonAsync("api/documents/zh-reg-04/similar?limit=3");
        Assert.Equal(3, similar.AsArray().Count);
        Assert.DoesNotContain(similar.AsArray(), h => (string)h!["id"]! == "zh-reg-04");
    }

    [Fact]
    public async Task Suggest_AnswersTheToolsRecord_AndRejectsBadParameters()
    {
        var suggested = await GetJsonAsync("api/suggest?q=" + Uri.EscapeDataString("數據") + "&limit=5");
        using var tool = ChildProcess.Tool("suggest", "數據", "--limit", "5", "--json", "--index", served.IndexPath);
        Assert.Equal(0, await tool.ExitAsync());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(tool.Output), suggested), $"API: {suggested}\nCLI: {tool.Output}");
        Assert.Contains(suggested["suggestions"]!.AsArray(), s => ((string)s!["text"]!).StartsWith("数据", StringComparison.Ordinal));

        var (status, problem) = await GetProblemAsync("api/suggest?q=x&limit=101");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("limit", problem, StringComparison.Ordinal);
        (status, problem) = await GetProblemAsync("api/suggest?q=" + new string('x', 101));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("at most 100 characters", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_AnswersTheToolsRecord_AndRejectsBadParameters()
    {
        var usage = await GetJsonAsync("api/usage?phrase=" + Uri.EscapeDataString("数据") + "&phrase=rights&by=type");
        using var tool = ChildProcess.Tool("usage", "数据", "rights", "--by", "type", "--json", "--index", served.IndexPath);
        Assert.Equal(0, await tool.ExitAsync());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(tool.Output), usage), $"API: {usage}\nCLI: {tool.Output}");

        var (status, problem) = await GetProblemAsync("api/usage?by=year");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("phrase is required", problem, StringComparison.Ordinal);
        (status, problem) = await GetProblemAsync("api/usage?phrase=x&by=month");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("by must be one of year, source, type", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoWriteEndpoint_ExistsByDefault()
    {
        using var put = await Client.PutAsync("api/documents", new StringContent("[]", System.Text.Encoding.UTF8, "application/json"));
        using var delete = await Client.DeleteAsync("api/documents/zh-data");
        using var post = await Client.PostAsync("api/search?q=law", new StringContent(""));
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.NotNull(await served.Index.GetAsync("zh-data"));
    }

    [Fact]
    public async Task Cors_IsOff()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "api/search?q=law");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var answer = await Client.SendAsync(preflight);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));

        using var get = new HttpRequestMessage(HttpMethod.Get, "api/search?q=law");
        get.Headers.Add("Origin", "https://elsewhere.example");
        using var result = await Client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.False(result.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Page_IsServedWithAPolicyThatAllowsOnlyItsOwnScript()
    {
        using var page = await Client.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"page/app.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"search-form\"", html, StringComparison.Ordinal);

        var script = await Client.GetAsync("page/app.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        var css = await Client.GetAsync("page/app.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryRouteTheServerMaps()
    {
        var description = await GetJsonAsync("openapi/v1.json");
        var described = description["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => $"{m.Key.ToUpperInvariant()} {p.Key}"))
            .ToHashSet();
        var mapped = served.Server.App.Services.GetServices<Microsoft.AspNetCore.Routing.EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        Assert.Equal(["GET /api/documents/{id}", "GET /api/documents/{id}/similar", "GET /api/search", "GET /api/suggest", "GET /api/topics", "GET /api/trends", "GET /api/usage"], mapped.Order(StringComparer.Ordinal));
        Assert.Equal(mapped.Order(StringComparer.Ordinal), described.Order(StringComparer.Ordinal));
        Assert.Equal("string", (string)description["components"]!["schemas"]!["DocumentDate"]!["type"]!);
        Assert.Equal("#/components/schemas/SearchResults", (string)description["paths"]!["/api/search"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!);
    }

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    private async Task<(HttpStatusCode Status, string Detail)> GetProblemAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, problem.RootElement.GetProperty("detail").GetString()!);
    }
}

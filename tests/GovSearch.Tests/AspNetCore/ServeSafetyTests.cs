using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GovSearch.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using GovSearch.Tests.Reliability;
using GovSearch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovSearch.Tests.AspNetCore;

/// <summary>The endpoint options, keyed writes, the body limit, the request timeout, and the serve verb as built.</summary>
public sealed class ServeSafetyTests
{
    private const string Key = "0123456789abcdef-test-key";

    [Fact]
    public void Options_DefaultsAreSafe()
    {
        var options = GovSearchEndpointOptions.Default;
        Assert.Equal(1000, options.MaximumQueryLength);
        Assert.Equal(100, options.MaximumLimit);
        Assert.Equal(10_000, options.MaximumOffset);
        Assert.Equal(1024 * 1024, options.MaximumRequestBodyBytes);
        Assert.Equal(TimeSpan.FromSeconds(10), options.RequestTimeout);
        Assert.False(options.AllowWrites);
        Assert.Null(options.ApiKey);
        Assert.True(options.IncludePage);
        options.Validate();
    }

    [Theory]
    [InlineData("MaximumLimit", "GovSearchEndpointOptions.MaximumLimit is 0; it must be between 1 and 1,000.")]
    [InlineData("RequestTimeout", "GovSearchEndpointOptions.RequestTimeout is 00:00:00; it must be more than zero and at most 10 minutes.")]
    [InlineData("ApiKey", "GovSearchEndpointOptions.ApiKey is null; it must be a key of at least 16 characters when AllowWrites is true.")]
    public void Options_ValidateNamesTheOptionAndItsRange(string name, string message)
    {
        var options = name switch
        {
            "MaximumLimit" => new GovSearchEndpointOptions { MaximumLimit = 0 },
            "RequestTimeout" => new GovSearchEndpointOptions { RequestTimeout = TimeSpan.Zero },
            _ => new GovSearchEndpointOptions { AllowWrites = true },
        };
        var error = Assert.Throws<ArgumentException>(options.Validate);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapGovSearch_RefusesWritesOnAReadOnlyIndex()
    {
        using var folder = new TempFolder();
        await WriteSampleAsync(folder.Path);

        using var index = GovSearchIndex.Open(folder.Path, new GovSearchIndexOptions { ReadOnly = true });
        var error = await Assert.ThrowsAsync<ArgumentException>(() => LoopbackServer.StartAsync(index, new GovSearchEndpointOptions { AllowWrites = true, ApiKey = Key }));
        Assert.Contains("needs an index opened for writing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_NeedTheKeyAndCommit()
    {
        using var index = await SampleInMemoryAsync();
        await using var server = await LoopbackServer.StartAsync(index, new GovSearchEndpointOptions { AllowWrites = true, ApiKey = Key, MaximumRequestBodyBytes = 4096 });
        var body = """[{"id": "new-law", "title": "中华人民共和国个人信息保护法", "text": "第一条 为了保护个人信息权益，制定本法。", "date": "2021-08-20", "docType": "law"}]""";

        foreach (var key in new[] { null, "wrong-key-wrong-key" })
        {
            using var refused = await SendAsync(server, HttpMethod.Put, "api/documents", body, key);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        Assert.Null(await index.GetAsync("new-law"));

        using var written = await SendAsync(server, HttpMethod.Put, "api/documents", body, Key);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal(Docs.Sample.Count + 1, (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentsInIndex").GetInt32());
        var found = await server.Client.GetFromJsonAsync<JsonElement>("api/search?q=" + Uri.EscapeDataString("个人信息"));
        Assert.Equal("new-law", found.GetProperty("hits")[0].GetProperty("id").GetString());

        using var tooLarge = await SendAsync(server, HttpMethod.Put, "api/documents", "[" + string.Join(",", Enumerable.Repeat(body[1..^1], 40)) + "]", Key);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        using var malformed = await SendAsync(server, HttpMethod.Put, "api/documents", "{\"id\": 1}", Key);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        using var deleted = await SendAsync(server, HttpMethod.Delete, "api/documents/new-law", null, Key);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        using var again = await SendAsync(server, HttpMethod.Delete, "api/documents/new-law", null, Key);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Null(await index.GetAsync("new-law"));
    }

    [Fact]
    public async Task Timeout_CancelsTheSearchAndAnswers503()
    {
        using var index = await SampleInMemoryAsync();
        await using var server = await LoopbackServer.StartAsync(index, new GovSearchEndpointOptions { RequestTimeout = TimeSpan.FromSeconds(3) },
            services => services.AddSingleton<TimeProvider>(new ExpiredClock()));

        using var answer = await server.Client.GetAsync("api/search?q=law");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The request took longer than 3 seconds and was stopped; narrow the query or its filters.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MapGovSearch_UnderAPrefixServesThePageAndItsRelativeLinks()
    {
        using var index = await SampleInMemoryAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapGroup("/search").MapGovSearch(index);
        await app.StartAsync();
        var address = new Uri(app.Urls.Single().TrimEnd('/') + "/search/");
        using var client = new HttpClient { BaseAddress = address };

        Assert.Contains("page/app.js", await client.GetStringAsync(""), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("page/app.js")).StatusCode);
        var results = await client.GetFromJsonAsync<JsonElement>("api/search?q=" + Uri.EscapeDataString("数据安全"));
        Assert.Equal("zh-data", results.GetProperty("hits")[0].GetProperty("id").GetString());
        await app.StopAsync();
    }

    [Fact]
    public async Task NoTopicModel_Is409SayingHowToTrainOne()
    {
        using var index = await SampleInMemoryAsync();
        await using var server = await LoopbackServer.StartAsync(index);

        foreach (var url in new[] { "api/topics", "api/trends", "api/documents/zh-data/similar", "api/search?q=law&mode=hybrid", "api/search?q=law&topic=1" })
        {
            using var answer = await server.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
            var detail = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
            Assert.Contains("topic", detail, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ServeVerb_ListensOnLoopbackAndAnswers()
    {
        using var folder = new TempFolder();
        await WriteSampleAsync(folder.Path);

        using var tool = ChildProcess.Tool("serve", "--index", folder.Path, "--urls", "http://127.0.0.1:0");
        var address = await AddressAsync(tool);
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.Contains("(read-only)", tool.Error, StringComparison.Ordinal);

        using var client = new HttpClient { BaseAddress = new Uri(address + "/") };
        var results = await client.GetFromJsonAsync<JsonElement>("api/search?q=" + Uri.EscapeDataString("数据安全"));
        Assert.Equal("zh-data", results.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.DeleteAsync("api/documents/zh-data")).StatusCode);
    }

    [Fact]
    public async Task ServeVerb_AllowWritesWithoutAKeyIsAUsageError()
    {
        using var tool = ChildProcess.Tool("serve", "--allow-writes", "--index", "/nonexistent", "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, await tool.ExitAsync());
        Assert.Equal("govsearch: --allow-writes needs an API key of at least 16 characters in the GOVSEARCH_API_KEY environment variable.", tool.Error.Trim());
    }

    /// <summary>The bilingual sample, committed to a new index in a folder.</summary>
    private static async Task WriteSampleAsync(string path)
    {
        using var created = GovSearchIndex.Create(path);
        await created.AddRangeAsync(Docs.Sample);
        await created.CommitAsync();
    }

    /// <summary>The bilingual sample, committed to a new index in memory (writable).</summary>
    private static async Task<GovSearchIndex> SampleInMemoryAsync()
    {
        var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(Docs.Sample);
        await index.CommitAsync();
        return index;
    }

    internal static async Task<string> AddressAsync(ChildProcess tool)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (DateTime.UtcNow < deadline && !tool.HasExited)
        {
            var match = System.Text.RegularExpressions.Regex.Match(tool.Error, @"serving .* at (http://[^ ,]+)");
            if (match.Success)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"govsearch serve never said where it listens. Error: {tool.Error}");
    }

    private static Task<HttpResponseMessage> SendAsync(LoopbackServer server, HttpMethod method, string url, string? body, string? key)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return server.Client.SendAsync(request);
    }
}

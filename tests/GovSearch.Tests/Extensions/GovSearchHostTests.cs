using GovSearch.Documents;
using GovSearch.Extensions.DependencyInjection;
using GovSearch.Indexing;
using GovSearch.Storage;
using GovSearch.Tests.Support;
using GovSearch.Topics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovSearch.Tests.Extensions;

/// <summary><c>services.AddGovSearch(...)</c> in a real host: configuration from a real appsettings.json, a real index on
/// disk, logs through a real logger provider, metrics through a MeterListener, traces through an ActivityListener.</summary>
public sealed class GovSearchHostTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RecordingLoggerProvider _logs = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Host_OpensOneSharedIndexFromAppSettingsAndClosesItWithTheHost()
    {
        var path = _folder.File("laws-index");
        GovSearchIndex resolved;
        using (var host = Build(new { GovSearch = new { Path = "laws-index", CreateIfMissing = true } }))
        {
            await host.StartAsync();
            resolved = host.Services.GetRequiredService<GovSearchIndex>();

            Assert.Same(resolved, host.Services.GetRequiredService<GovSearchIndex>());
            Assert.Same(resolved, host.Services.GetRequiredKeyedService<GovSearchIndex>(""));
            Assert.Equal(path, resolved.Path);
            Assert.False(resolved.IsReadOnly);
            await resolved.AddRangeAsync(Laws());
            await resolved.CommitAsync();
            Assert.Throws<IndexLockedException>(() => GovSearchIndex.Open(path));
            await host.StopAsync();
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(() => resolved.SearchAsync("数据"));
        using var reopened = GovSearchIndex.Open(path);   // the host let go of the write lock
        Assert.Equal(3, reopened.DocumentCount);
    }

    [Fact]
    public async Task Host_SharesOneReadOnlyIndexPerFolderAcrossNames()
    {
        var path = await CreateIndexAsync("shared");
        using var host = Build(
            new { Indexes = new { Laws = new { Path = "shared", ReadOnly = true }, Again = new { Path = "./shared/", ReadOnly = true } } },
            (services, configuration) => services
                .AddGovSearch("laws", configuration.GetSection("Indexes:Laws"))
                .AddGovSearch("again", configuration.GetSection("Indexes:Again")));

        var laws = host.Services.GetRequiredKeyedService<GovSearchIndex>("laws");
        var again = host.Services.GetRequiredKeyedService<GovSearchIndex>("again");

        Assert.Same(laws, again);
        Assert.True(laws.IsReadOnly);
        Assert.Null(host.Services.GetService<GovSearchIndex>());   // no unnamed index was registered
        Assert.Equal(3, (await laws.SearchAsync("数据 OR 信息")).TotalHits);
        await Assert.ThrowsAsync<InvalidOperationException>(() => laws.AddAsync(new GovDocument("x") { Title = "x", Text = "x" }));
        using var writer = GovSearchIndex.Open(path);   // read-only instances take no lock
    }

    [Fact]
    public async Task Host_LogsOpenCommitRollbackTopicsAndSkippedInputWithEventIdsAndNothingPerQuery()
    {
        using var host = Build(new
        {
            Logging = new { LogLevel = new { Default = "Information" } },
            GovSearch = new { Path = "index", CreateIfMissing = true, SlowQueryThreshold = "01:00:00" },
        });
        var index = host.Services.GetRequiredService<GovSearchIndex>();
        await index.AddRangeAsync(Laws());
        await index.CommitAsync();
        await index.AddAsync(new GovDocument("later") { Title = "later", Text = "数据" });
        await index.RollbackAsync();
        await index.TrainTopicsAsync(new TopicModelOptions { NumberOfTopics = 2, Iterations = 20, MinimumDocumentFrequency = 1 });
        for (var i = 0; i < 20; i++)
        {
            await index.SearchAsync("数据安全");
            await index.SuggestAsync("数据");
        }

        var input = _folder.File("input.jsonl");
        File.WriteAllLines(input, ["""{"id": "a", "title": "A", "text": "数据"}""", """{"id": "b", "title": "B"""]);
        var loader = new DocumentLoader(new DocumentLoadOptions { LoggerFactory = host.Services.GetRequiredService<ILoggerFactory>() });
        await foreach (var _ in loader.LoadAsync(input))
        {
        }

        var events = _logs.Events.Where(e => e.Category == "GovSearch").ToList();
        Assert.All(events, e => Assert.True(e.Level >= LogLevel.Information));
        Assert.Equal([1001, 1101, 1102, 1201, 1501, 1401], events.Select(e => e.Id.Id));
        Assert.Equal(index.Path, events[0].Values["Path"]);
        Assert.Equal("read-write", events[0].Values["Access"]);
        Assert.Equal("Committed", events[1].Id.Name);
        Assert.Equal(3, events[1].Values["Documents"]);
        Assert.InRange((double)events[1].Values["Seconds"]!, 0, 600);
        Assert.Equal(2, events[3].Values["Topics"]);
        Assert.Equal($"{input}:2", events[5].Values["Location"]);
        Assert.Equal(LogLevel.Warning, events[5].Level);
    }

    [Fact]
    public async Task Host_LogsQueriesAtOrAboveTheThresholdAsWarnings()
    {
        using var host = Build(new { GovSearch = new { Path = "index", CreateIfMissing = true, SlowQueryThreshold = "00:00:00" } });
        var index = host.Services.GetRequiredService<GovSearchIndex>();
        await index.AddRangeAsync(Laws());
        await index.CommitAsync();

        await index.SearchAsync("数据安全");
        await index.SuggestAsync("數據");

        var slow = _logs.Events.Where(e => e.Id.Id == 1301).ToList();
        Assert.Equal(2, slow.Count);
        Assert.All(slow, e => Assert.Equal(LogLevel.Warning, e.Level));
        Assert.Equal(["lexical", "suggest"], slow.Select(e => e.Values["Mode"]));
        Assert.Equal(["数据安全", "數據"], slow.Select(e => e.Values["Query"]));
        Assert.All(slow, e => Assert.Equal(0.0, e.Values["Threshold"]));
    }

    [Fact]
    public async Task Host_ReportsQueriesDocumentsCommitsAndSizeThroughTheGovSearchMeter()
    {
        var path = _folder.File("index");
        using var telemetry = new TelemetryRecorder(path);
        using var host = Build(new { GovSearch = new { Path = "index", CreateIfMissing = true } });
        var index = host.Services.GetRequiredService<GovSearchIndex>();
        await index.AddRangeAsync(Laws().Take(2));
        await index.AddAsync(Laws().Last());
        await index.CommitAsync();
        await index.SearchAsync("数据");
        await index.SearchAsync("个人信息");
        await index.SuggestAsync("数据");
        telemetry.ObserveGauges();

        var measured = telemetry.Measurements;
        Assert.Equal(2, measured.Where(m => m.Instrument == "govsearch.queries" && Equals(m.Tags["govsearch.mode"], "lexical")).Sum(m => m.Value));
        Assert.Equal(1, measured.Where(m => m.Instrument == "govsearch.queries" && Equals(m.Tags["govsearch.mode"], "suggest")).Sum(m => m.Value));
        var durations = measured.Where(m => m.Instrument == "govsearch.query.duration").ToList();
        Assert.Equal(["lexical", "lexical", "suggest"], durations.Select(m => m.Tags["govsearch.mode"]));
        Assert.All(durations, m => Assert.Equal("s", m.Unit));
        Assert.All(durations, m => Assert.True(m.Value >= 0));
        Assert.Equal(3, measured.Where(m => m.Instrument == "govsearch.documents.indexed").Sum(m => m.Value));
        Assert.Single(measured, m => m.Instrument == "govsearch.commit.duration");
        var size = Assert.Single(measured, m => m.Instrument == "govsearch.index.size");
        Assert.Equal(index.SizeOnDisk(), size.Value);
        Assert.True(size.Value > 0);
        Assert.Equal(3, Assert.Single(measured, m => m.Instrument == "govsearch.index.documents").Value);
    }

    [Fact]
    public async Task Host_TracesASpanPerSearchSuggestionAndCommit()
    {
        var path = _folder.File("index");
        using var telemetry = new TelemetryRecorder(path);
        using var host = Build(new { GovSearch = new { Path = "index", CreateIfMissing = true } });
        var index = host.Services.GetRequiredService<GovSearchIndex>();
        await index.AddRangeAsync(Laws());
        await index.CommitAsync();
        await index.SearchAsync("数据安全");
        await index.SuggestAsync("数据");
        await Assert.ThrowsAsync<QueryException>(() => index.SearchAsync(" "));

        var spans = telemetry.Spans;
        Assert.Equal(["govsearch.commit", "govsearch.search", "govsearch.suggest", "govsearch.search"], spans.Select(s => s.OperationName));
        Assert.Equal(3, spans[0].GetTagItem("govsearch.documents"));
        Assert.Equal("lexical", spans[1].GetTagItem("govsearch.mode"));
        Assert.Equal((await index.SearchAsync("数据安全")).TotalHits, spans[1].GetTagItem("govsearch.hits"));
        Assert.Equal((await index.SuggestAsync("数据")).Count, spans[2].GetTagItem("govsearch.suggestions"));
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Error, spans[3].Status);
        Assert.All(spans, s => Assert.Equal("GovSearch", s.Source.Name));
    }

    [Fact]
    public async Task HealthCheck_IsHealthyForAGoodIndexDegradedWithoutItsTopicModelAndUnhealthyForAMissingOne()
    {
        await CreateIndexAsync("good");
        var trained = await CreateIndexAsync("trained", topics: true);
        Directory.Delete(Path.Combine(trained, "topics"), recursive: true);
        using var host = Build(
            new { Good = new { Path = "good", ReadOnly = true }, Trained = new { Path = "trained", ReadOnly = true }, Missing = new { Path = "nowhere" } },
            (services, configuration) =>
            {
                services.AddGovSearch("good", configuration.GetSection("Good"))
                    .AddGovSearch("trained", configuration.GetSection("Trained"))
                    .AddGovSearch("missing", configuration.GetSection("Missing"))
                    .AddHealthChecks().AddGovSearch("good").AddGovSearch("trained").AddGovSearch("missing");
            });

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var good = report.Entries["govsearch-good"];
        Assert.Equal(HealthStatus.Healthy, good.Status);
        Assert.Equal(3, good.Data["documents"]);
        Assert.Equal("none", good.Data["topics"]);
        var degraded = report.Entries["govsearch-trained"];
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal("unusable", degraded.Data["topics"]);
        var missing = report.Entries["govsearch-missing"];
        Assert.Equal(HealthStatus.Unhealthy, missing.Status);
        Assert.Contains(_folder.File("nowhere"), missing.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
    }

    [Fact]
    public void AddGovSearch_RefusesAMissingPathOrAReadOnlyCreateWithAMessageNamingTheOption()
    {
        using var host = Build(
            new { NoPath = new { ReadOnly = true }, Both = new { Path = "x", ReadOnly = true, CreateIfMissing = true } },
            (services, configuration) => services.AddGovSearch("none", configuration.GetSection("NoPath")).AddGovSearch("both", configuration.GetSection("Both")));

        var none = Assert.Throws<ArgumentException>(() => host.Services.GetRequiredKeyedService<GovSearchIndex>("none"));
        var both = Assert.Throws<ArgumentException>(() => host.Services.GetRequiredKeyedService<GovSearchIndex>("both"));

        Assert.StartsWith("GovSearchOptions.Path is not set;", none.Message, StringComparison.Ordinal);
        Assert.StartsWith("GovSearchOptions.CreateIfMissing is true while ReadOnly is true;", both.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GovSearchOptions_Defaults()
    {
        var options = new GovSearchOptions();

        Assert.Null(options.Path);
        Assert.False(options.ReadOnly);
        Assert.False(options.CreateIfMissing);
        Assert.Equal(TimeSpan.FromSeconds(1), options.SlowQueryThreshold);
        Assert.Equal(TimeSpan.FromSeconds(1), new GovSearchIndexOptions().SlowQueryThreshold);
        Assert.Null(new GovSearchIndexOptions().LoggerFactory);
        Assert.Null(new DocumentLoadOptions().LoggerFactory);
        var negative = Assert.Throws<ArgumentException>(() => new GovSearchIndexOptions { SlowQueryThreshold = TimeSpan.FromSeconds(-1) }.Validate());
        Assert.Equal("GovSearchIndexOptions.SlowQueryThreshold is -00:00:01; it must be between 00:00:00 and 01:00:00. (Parameter 'SlowQueryThreshold')", negative.Message);
    }

    private IHost Build(object settings, Action<IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration>? configure = null) =>
        TestHost.Build(_folder, settings, _logs, configure ?? ((services, configuration) => services.AddGovSearch(configuration.GetSection("GovSearch"))));

    private async Task<string> CreateIndexAsync(string name, bool topics = false)
    {
        var path = _folder.File(name);
        using var index = GovSearchIndex.Create(path);
        await index.AddRangeAsync(Laws());
        await index.CommitAsync();
        if (topics)
        {
            await index.TrainTopicsAsync(new TopicModelOptions { NumberOfTopics = 2, Iterations = 20, MinimumDocumentFrequency = 1 });
        }

        return path;
    }

    private static IEnumerable<GovDocument> Laws() =>
    [
        new("dsl") { Title = "中华人民共和国数据安全法", Text = "第一条 为了规范数据处理活动，保障数据安全，促进数据开发利用，制定本法。", DocType = "law" },
        new("pipl") { Title = "中华人民共和国个人信息保护法", Text = "第一条 为了保护个人信息权益，规范个人信息处理活动，制定本法。", DocType = "law" },
        new("export") { Title = "数据出境安全评估办法", Text = "第一条 为了规范数据出境活动，保护个人信息权益，维护国家安全，制定本办法。", DocType = "regulation" },
    ];
}

using System.Text.Json;
using GovSearch.Tests.Reliability;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Analytics;

/// <summary>The built tool's usage, kwic and emerging verbs on a small index whose counts can be read off its texts:
/// their --json contracts, CSV, the chart, and one-line errors.</summary>
public sealed class AnalyticsCliTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    private string IndexPath => _folder.File("index");

    public async Task InitializeAsync()
    {
        using var index = GovSearchIndex.Create(IndexPath);
        await index.AddRangeAsync(
        [
            new GovDocument("law-2015") { Title = "某某条例", Text = "第一条 坚持依法治国。\n第二条 全面依法治国是国家治理的重要内容。", Date = DocumentDate.Parse("2015-03-01"), DocType = "law", Language = "zh" },
            new GovDocument("report-2019") { Title = "報告", Text = "推進國家治理體系和治理能力現代化，堅持依法治國。", Date = DocumentDate.Parse("2019-03-05"), DocType = "report" },
            new GovDocument("speech-2019") { Title = "Speech", Text = "We uphold the rule of law. The rule of law matters to all.", Date = DocumentDate.Parse("2019-05-01"), DocType = "speech" },
            new GovDocument("undated") { Title = "无日期", Text = "依法治国，人人有责。" },
        ]);
        await index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Usage_Json_CountsEachPhrasePerYear_WithFirstAndLastUse()
    {
        var (code, output, error) = await RunAsync("usage", "依法治国", "rule of law", "--index", IndexPath, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("year", json.RootElement.GetProperty("by").GetString());
        var rule = json.RootElement.GetProperty("phrases")[0];
        Assert.Equal("依法治国", rule.GetProperty("phrase").GetString());
        Assert.Equal("characters", rule.GetProperty("matching").GetString());
        Assert.Equal(4, rule.GetProperty("occurrences").GetInt64());
        Assert.Equal(3, rule.GetProperty("documents").GetInt32());
        Assert.Equal("law-2015", rule.GetProperty("firstUse").GetProperty("id").GetString());
        Assert.Equal("2015-03-01", rule.GetProperty("firstUse").GetProperty("date").GetString());
        Assert.Equal("report-2019", rule.GetProperty("lastUse").GetProperty("id").GetString());
        var rows = rule.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["2015", "2019"], rows.Select(r => r.GetProperty("key").GetString()));
        Assert.Equal([2L, 1L], rows.Select(r => r.GetProperty("occurrences").GetInt64()));
        Assert.Equal([1, 2], rows.Select(r => r.GetProperty("documentsInGroup").GetInt32()));
        Assert.True(rows[0].GetProperty("perMillionCharacters").GetDouble() > 0);
        Assert.True(rows[0].TryGetProperty("characters", out _));
        Assert.True(rows[0].TryGetProperty("documents", out _));
        var english = json.RootElement.GetProperty("phrases")[1];
        Assert.Equal("words", english.GetProperty("matching").GetString());
        Assert.Equal(2, english.GetProperty("occurrences").GetInt64());
    }

    [Fact]
    public async Task Usage_ByType_Csv_AndPlot()
    {
        var chart = _folder.File("usage.png");
        var (code, output, error) = await RunAsync("usage", "依法治国", "--by", "type", "--csv", "--plot", chart, "--index", IndexPath);

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("phrase,type,occurrences,documents,documentsInGroup,characters,perMillionCharacters", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("依法治国,law,2,1,1,", StringComparison.Ordinal));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(chart)[..4]);
        Assert.Contains("wrote", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kwic_Json_LinesOldestFirst_WithHeadings()
    {
        var (code, output, error) = await RunAsync("kwic", "依法治国", "--width", "4", "--index", IndexPath, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(4, json.RootElement.GetProperty("occurrences").GetInt64());
        var lines = json.RootElement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["law-2015", "law-2015", "report-2019", "undated"], lines.Select(l => l.GetProperty("documentId").GetString()));
        Assert.Equal("第一条", lines[0].GetProperty("heading").GetString());
        Assert.Equal("依法治國", lines[2].GetProperty("match").GetString());
        Assert.Equal("条 坚持", lines[0].GetProperty("left").GetString());
        Assert.Equal("。 第二", lines[0].GetProperty("right").GetString());
        Assert.True(lines[3].GetProperty("date").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Emerging_Json_StatesItsStatistic()
    {
        var (code, output, error) = await RunAsync("emerging", "--year", "2019", "--min-count", "1", "--lang", "zh-Hant", "--lang", "zh", "--index", IndexPath, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2019, json.RootElement.GetProperty("year").GetInt32());
        Assert.Contains("log-likelihood", json.RootElement.GetProperty("statistic").GetString(), StringComparison.Ordinal);
        var terms = json.RootElement.GetProperty("terms").EnumerateArray().ToList();
        Assert.NotEmpty(terms);
        Assert.All(terms, t => Assert.True(t.GetProperty("count").GetInt64() > 0 && t.TryGetProperty("earlierCount", out _) && t.TryGetProperty("logLikelihood", out _)));
    }

    [Theory]
    [InlineData("--width must be between 0 and 500 (it was 600).", "kwic", "依法治国", "--width", "600")]
    [InlineData("The phrase is empty; give the words or characters to count.", "usage", " ")]
    [InlineData("holds no word the index keeps", "usage", "the")]
    [InlineData("--since must be between 1 and 2,018 (it was 2019).", "emerging", "--year", "2019", "--since", "2019")]
    public async Task BadArguments_OneLineNamingTheProblem_ExitTwo(string message, params string[] args)
    {
        var (code, output, error) = await RunAsync([.. args, "--index", IndexPath]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var tool = ChildProcess.Tool(args);
        var code = await tool.ExitAsync();
        return (code, tool.Output, tool.Error);
    }
}

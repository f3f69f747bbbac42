using System.Text.Json;
using GovSearch.Cli;

namespace GovSearch.Tests.Cli;

/// <summary>The filter, syntax and sort options of search, batch and explain, on a small index.</summary>
[Collection("cli")]
public sealed class CliFilterTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public CliFilterTests() => Assert.NotNull(CliRunner.CachePath);

    public void Dispose() => _runner.Dispose();

    private string Index => _runner.Folder.File("index");

    [Theory]
    [InlineData(new[] { "--lang", "en" }, new[] { "en-1992", "en-2020", "en-undated" })]
    [InlineData(new[] { "--lang", "EN", "--lang", "zh" }, new[] { "en-1992", "en-2020", "en-undated", "zh-2015", "zh-2021-03", "zh-2021-07" })]
    [InlineData(new[] { "--type", "law" }, new[] { "zh-2015", "zh-2021-03" })]
    [InlineData(new[] { "--type", "Law", "--type", "speech" }, new[] { "en-1992", "en-2020", "zh-2015", "zh-2021-03" })]
    [InlineData(new[] { "--source", "the white house" }, new[] { "en-1992", "en-2020" })]
    [InlineData(new[] { "--year", "2015..2020" }, new[] { "en-2020", "zh-2015" })]
    [InlineData(new[] { "--year", "2021" }, new[] { "zh-2021-03", "zh-2021-07" })]
    [InlineData(new[] { "--year", "..1999" }, new[] { "en-1992" })]
    [InlineData(new[] { "--date", "2020-01-01..2021-06-30" }, new[] { "en-2020", "zh-2021-03" })]
    [InlineData(new[] { "--date", "2021" }, new[] { "zh-2021-03", "zh-2021-07" })]
    [InlineData(new[] { "--date", "2021-07-01.." }, new[] { "zh-2021-07" })]
    [InlineData(new[] { "--lang", "zh", "--year", "2021", "--type", "regulation" }, new[] { "zh-2021-07" })]
    public async Task Search_FiltersByTheOptions(string[] filter, string[] expected)
    {
        await BuildIndexAsync();

        var (code, output, error) = await CliRunner.RunAsync(["search", "budget 预算", "--index", Index, "--json", "--limit", "100", .. filter]);

        Assert.True(code == ExitCodes.Success, error);
        var ids = JsonDocument.Parse(output).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Search_FiltersAreAndedWithTheQueryTextFilters()
    {
        await BuildIndexAsync();

        var (code, output, _) = await CliRunner.RunAsync("search", "budget 预算 type:law", "--index", Index, "--json", "--type", "speech");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("totalHits").GetInt32());
    }

    [Fact]
    public async Task Search_LiteralSearchesTheWordsWithoutNotes()
    {
        await BuildIndexAsync();

        var full = await CliRunner.RunAsync("search", "Article 5: budget", "--index", Index);
        var literal = await CliRunner.RunAsync("search", "Article 5: budget", "--index", Index, "--literal");
        var url = await CliRunner.RunAsync("search", "http://www.gov.cn budget", "--index", Index, "--literal", "--json");

        Assert.Equal(ExitCodes.Success, full.Code);
        Assert.Contains("govsearch: note: A ':' must join a field", full.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, literal.Code);
        Assert.Equal(string.Empty, literal.Error);
        Assert.StartsWith("6 documents match \"Article 5: budget\"", literal.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, url.Error);
        Assert.Empty(JsonDocument.Parse(url.Out).RootElement.GetProperty("warnings").EnumerateArray());
    }

    [Theory]
    [InlineData("date-asc", new[] { "en-1992", "zh-2015", "en-2020", "zh-2021-03", "zh-2021-07", "en-undated" })]
    [InlineData("date-desc", new[] { "zh-2021-07", "zh-2021-03", "en-2020", "zh-2015", "en-1992", "en-undated" })]
    [InlineData("date", new[] { "zh-2021-07", "zh-2021-03", "en-2020", "zh-2015", "en-1992", "en-undated" })]
    public async Task Search_SortsByDate(string sort, string[] expected)
    {
        await BuildIndexAsync();

        var (code, output, error) = await CliRunner.RunAsync("search", "budget 预算", "--index", Index, "--json", "--sort", sort);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(expected, JsonDocument.Parse(output).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("--year", "soon", "govsearch: --year must be YEAR or FROM..TO, such as 2019 or 2015..2021 (one end may be left open, FROM no later than TO); 'soon' is not.")]
    [InlineData("--year", "2021..2015", "govsearch: --year must be YEAR or FROM..TO, such as 2019 or 2015..2021 (one end may be left open, FROM no later than TO); '2021..2015' is not.")]
    [InlineData("--year", "..", "govsearch: --year must be YEAR or FROM..TO")]
    [InlineData("--date", "2021-13-01..", "govsearch: --date must be FROM..TO with dates as yyyy, yyyy-MM or yyyy-MM-dd")]
    [InlineData("--date", "2021-06-30..2020-01-01", "govsearch: --date must be FROM..TO")]
    [InlineData("--lang", "xx", "govsearch: --lang must be one of zh, zh-Hant, en, mixed; 'xx' is not.")]
    [InlineData("--type", " ", "govsearch: --type must be a type that is not empty; ' ' is not.")]
    [InlineData("--sort", "oldest", "govsearch: --sort 'oldest' is not one of relevance, date, date-desc, date-asc. Run 'govsearch --help' for usage.")]
    public async Task Search_BadFilterValuesNameTheOptionWithTheUsageCode(string option, string value, string message)
    {
        var (code, output, error) = await CliRunner.RunAsync("search", "budget", "--index", "/nonexistent/govsearch-index", option, value);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchAndExplain_TakeTheSameFilters()
    {
        await BuildIndexAsync();
        var queries = _runner.Folder.File("queries.tsv");
        File.WriteAllLines(queries, ["q1\tbudget 预算", "q2\tArticle 5: budget"]);

        var batch = await CliRunner.RunAsync("batch", "--queries", queries, "--index", Index, "--lang", "en", "--literal");
        var kept = await CliRunner.RunAsync("explain", "en-2020", "budget", "--index", Index, "--lang", "en");
        var dropped = await CliRunner.RunAsync("explain", "en-2020", "budget", "--index", Index, "--lang", "zh");

        Assert.True(batch.Code == ExitCodes.Success, batch.Error);
        var lines = batch.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.All(lines, l => Assert.Contains(" Q0 en-", l, StringComparison.Ordinal));
        Assert.StartsWith("en-2020 matches with score ", kept.Out, StringComparison.Ordinal);
        Assert.StartsWith("en-2020 does not match", dropped.Out, StringComparison.Ordinal);
    }

    private async Task BuildIndexAsync()
    {
        var path = _runner.Folder.File("filters.jsonl");
        File.WriteAllLines(path,
        [
            Line("zh-2015", "zh", "law", "2015", "全国人民代表大会", "预算法 预算 budget"),
            Line("zh-2021-03", "zh", "law", "2021-03", "全国人民代表大会", "预算 审查 budget"),
            Line("zh-2021-07", "zh", "regulation", "2021-07-01", "国务院", "预算 管理 budget"),
            Line("en-1992", "en", "speech", "1992-01-28", "The White House", "The budget must pass."),
            Line("en-2020", "en", "speech", "2020-02-04", "The White House", "A balanced budget."),
            Line("en-undated", "en", "report", null, "Congress", "Budget report."),
        ]);
        var (code, _, error) = await CliRunner.RunAsync("index", path, "--index", Index);
        Assert.True(code == ExitCodes.Success, error);

        static string Line(string id, string lang, string type, string? date, string source, string text) =>
            JsonSerializer.Serialize(new { id, title = id, lang, doc_type = type, date, source, text });
    }
}

using System.Text.Json;
using GovSearch.Cli;

namespace GovSearch.Tests.Cli;

/// <summary><c>--glossary</c>, <c>--parallel-text</c> and <c>--glossary-weight</c> on the built tool.</summary>
[Collection("cli")]
public sealed class CliGlossaryTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public CliGlossaryTests() => Assert.NotNull(CliRunner.CachePath);

    public void Dispose() => _runner.Dispose();

    private string Index => _runner.Folder.File("index");

    [Fact]
    public async Task Search_WithAUserGlossary_FindsWhatItTranslates()
    {
        await BuildIndexAsync();
        var glossary = _runner.Folder.File("mine.tsv");
        File.WriteAllLines(glossary, ["改革\trestructuring"]);

        var before = await CliRunner.RunAsync("search", "改革", "--index", Index, "--cross-lingual", "only", "--json");
        var after = await CliRunner.RunAsync("search", "改革", "--index", Index, "--cross-lingual", "only", "--glossary", glossary, "--json");

        Assert.True(after.Code == ExitCodes.Success, after.Error);
        Assert.DoesNotContain("\"en\"", Ids(before.Out));
        Assert.Equal(["\"en\""], Ids(after.Out));
    }

    [Theory]
    [InlineData("--glossary")]
    [InlineData("--parallel-text")]
    public async Task BadFile_IsAnInputError_NamingFileAndLine(string option)
    {
        await BuildIndexAsync();
        var file = _runner.Folder.File("bad.tsv");
        File.WriteAllLines(file, ["改革\treform", "just one field"]);

        var (code, _, error) = await CliRunner.RunAsync("search", "改革", "--index", Index, "--cross-lingual", "only", option, file);

        Assert.Equal(ExitCodes.Input, code);
        Assert.Contains($"{file}:2: expected 'chinese TAB english'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GlossaryWeight_OutOfRange_NamesTheOption()
    {
        await BuildIndexAsync();

        var (code, _, error) = await CliRunner.RunAsync("search", "改革", "--index", Index, "--cross-lingual", "only", "--glossary-weight", "2");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--glossary-weight", error, StringComparison.Ordinal);
    }

    private static List<string> Ids(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray().Select(h => "\"" + h.GetProperty("id").GetString() + "\"").ToList();

    private async Task BuildIndexAsync()
    {
        var path = _runner.Folder.File("docs.jsonl");
        File.WriteAllLines(path,
        [
            JsonSerializer.Serialize(new { id = "zh", title = "关于国有企业的决定", lang = "zh", text = "全面深化改革，推进国有企业改革。" }),
            JsonSerializer.Serialize(new { id = "en", title = "A note on state firms", lang = "en", text = "The restructuring of state firms continues." }),
        ]);
        var (code, _, error) = await CliRunner.RunAsync("index", path, "--index", Index, "--no-topics");
        Assert.True(code == ExitCodes.Success, error);
    }
}

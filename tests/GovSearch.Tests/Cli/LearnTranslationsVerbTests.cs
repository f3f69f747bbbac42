using System.Text.Json;
using GovSearch.Cli;
using GovSearch.CrossLingual;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

public sealed class LearnTranslationsVerbTests
{
    [Fact]
    public async Task LearnTranslations_WritesATableAndChecksTheHeldOutReport()
    {
        using var folder = new TempFolder();
        WriteTinyCorpus(folder.Path);
        var table = folder.File("table.tsv");

        var (code, output, error) = await CliRunner.RunAsync("learn-translations", "--corpus", folder.Path, "--out", table, "--hold-out", "2002");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("held-out 2002: 2 English sections; P@1 100.0 % within their report", output, StringComparison.Ordinal);
        Assert.Equal("经济", TranslationTable.Load(table).Translate(TranslationDirection.EnglishToChinese, "econom")[0].Target);
    }

    [Fact]
    public async Task LearnTranslations_RefusesABadHoldOutYear()
    {
        using var folder = new TempFolder();

        var (code, _, error) = await CliRunner.RunAsync("learn-translations", "--corpus", folder.Path, "--out", folder.File("t.tsv"), "--hold-out", "2019,twenty");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--hold-out has 'twenty'; give years such as 2019,2020,2021.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LearnTranslations_NamesTheMissingCorpusFile()
    {
        using var folder = new TempFolder();

        var (code, _, error) = await CliRunner.RunAsync("learn-translations", "--corpus", folder.Path, "--out", folder.File("t.tsv"));

        Assert.Equal(ExitCodes.Input, code);
        Assert.Contains("The corpus folder has no docs.jsonl", error, StringComparison.Ordinal);
    }

    /// <summary>Two tiny work reports (2001 for training, 2002 held out) and two aligned units.</summary>
    private static void WriteTinyCorpus(string folder)
    {
        var training = string.Join("\n", IbmModel1Lines().Select(l => l.Zh));
        var trainingEn = string.Join("\n", IbmModel1Lines().Select(l => l.En));
        string[] docs =
        [
            Line("gwr-zh-2001", "zh", "gwr-2001", training),
            Line("gwr-en-2001", "en", "gwr-2001", trainingEn),
            Line("gwr-zh-2002", "zh", "gwr-2002", "一、经济\n经济增长，经济发展。\n二、改革\n改革开放，稳定改革。"),
            Line("gwr-en-2002", "en", "gwr-2002", "I. Economy\nEconomic growth, economic development.\nII. Reform\nReform, opening, stable reform."),
            Line("lrb-1", "zh", null, "无关的法规"),
        ];
        File.WriteAllText(Path.Combine(folder, "docs.jsonl"), string.Join("\n", docs) + "\n");
        string[] units = [Line("u-zh", "zh", "unit-1", "经济改革"), Line("u-en", "en", "unit-1", "economic reform")];
        File.WriteAllText(Path.Combine(folder, "parallel.jsonl"), string.Join("\n", units) + "\n");
    }

    private static IEnumerable<(string Zh, string En)> IbmModel1Lines() =>
        Enumerable.Repeat(GovSearch.Tests.CrossLingual.IbmModel1Tests.TinyParallelText, 3).SelectMany(t => t)
            .Select(p => (p.Zh.Replace(" ", "，", StringComparison.Ordinal) + "。", p.En.Replace(" ", ", ", StringComparison.Ordinal) + "."));

    private static string Line(string id, string lang, string? parallelId, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["id"] = id, ["title"] = id, ["lang"] = lang, ["doc_type"] = "report", ["date"] = null, ["source"] = "test", ["parallel_id"] = parallelId, ["text"] = text,
        });
}

using System.Text.Json;
using System.Text.Json.Nodes;
using GovSearch.Cli;
using GovSearch.Tests.Reliability;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

/// <summary><c>index --topic-parallel</c> and the translated labels of <c>topics --json</c>, on the built tool.</summary>
public sealed class CliTopicParallelTests : IDisposable
{
    private static readonly string[] Chinese = ["法院，审判，案件，诉讼，法官。", "环境，污染，排放，生态，治理。", "经济，增长，投资，市场，消费。"];

    private static readonly string[] English = ["Court, trial, case, litigation, judge.", "Environment, pollution, emission, ecology, control.", "Economy, growth, investment, market, consumption."];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Index => _folder.File("index");

    private string Corpus()
    {
        var path = _folder.File("docs.jsonl");
        var lines = new List<string>();
        for (var theme = 0; theme < 3; theme++)
        {
            for (var copy = 0; copy < 4; copy++)
            {
                lines.Add(JsonSerializer.Serialize(new { id = $"zh-{theme}-{copy}", title = Chinese[theme], lang = "zh", text = string.Concat(Enumerable.Repeat(Chinese[theme], 5 + copy)) }));
                lines.Add(JsonSerializer.Serialize(new { id = $"en-{theme}-{copy}", title = English[theme], lang = "en", text = string.Join(' ', Enumerable.Repeat(English[theme], 5 + copy)) }));
            }
        }

        File.WriteAllLines(path, lines);
        return path;
    }

    private string Parallel()
    {
        var path = _folder.File("parallel.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, 3).SelectMany(theme => new[]
        {
            JsonSerializer.Serialize(new { id = $"p{theme}-zh", lang = "zh", parallel_id = $"p{theme}", text = string.Concat(Enumerable.Repeat(Chinese[theme], 4)) }),
            JsonSerializer.Serialize(new { id = $"p{theme}-en", lang = "en", parallel_id = $"p{theme}", text = string.Join(' ', Enumerable.Repeat(English[theme], 4)) }),
        }));
        return path;
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] arguments)
    {
        using var tool = ChildProcess.Tool(arguments);
        var code = await tool.ExitAsync();
        return (code, tool.Output, tool.Error);
    }

    [Fact]
    public async Task Index_WithParallelText_TrainsTopics_AndTopicsJsonHasTranslatedLabels()
    {
        var indexed = await RunAsync("index", Corpus(), "--index", Index, "--topics", "3", "--topic-parallel", Parallel(), "--json");
        var topics = await RunAsync("topics", "--index", Index, "--json");

        Assert.True(indexed.Code == ExitCodes.Success, indexed.Error);
        Assert.Equal(3, (int)JsonNode.Parse(indexed.Out)!["topics"]!);
        var listed = JsonNode.Parse(topics.Out)!["topics"]!.AsArray();
        Assert.Equal(3, listed.Count);
        Assert.All(listed, topic => Assert.True(topic!.AsObject().ContainsKey("translatedLabel")));
        // A translated label, where a topic has one, is words of its own, not the topic's label again.
        Assert.All(listed, topic =>
        {
            var translated = topic!["translatedLabel"];
            Assert.True(translated is null || (translated.GetValue<string>().Length > 0 && translated.GetValue<string>() != topic["label"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task Index_WithAMissingParallelFile_FailsBeforeIndexing_NamingTheOptionAndFile()
    {
        var missing = _folder.File("none.jsonl");

        var result = await RunAsync("index", Corpus(), "--index", Index, "--topic-parallel", missing);

        Assert.Equal(ExitCodes.Input, result.Code);
        Assert.Contains($"--topic-parallel '{missing}' does not exist", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Index) && Directory.EnumerateFileSystemEntries(Index).Any());
    }

    [Fact]
    public async Task Index_WithAMalformedParallelFile_NamesTheFileAndLine()
    {
        var bad = _folder.File("bad.jsonl");
        File.WriteAllText(bad, "{\"lang\": \"zh\", \"parallel_id\": \"a\", \"text\": \"中国\"}\nnot json\n");

        var result = await RunAsync("index", Corpus(), "--index", Index, "--topic-parallel", bad);

        Assert.Equal(ExitCodes.Input, result.Code);
        Assert.Contains($"{bad}:2: not a JSON object", result.Error, StringComparison.Ordinal);
    }
}

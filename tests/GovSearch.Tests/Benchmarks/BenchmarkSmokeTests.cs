using GovSearch.Benchmarks.Infrastructure;
using GovSearch.Benchmarks.Smoke;
using GovSearch.Tests.Support;
using Xunit;

namespace GovSearch.Tests.Benchmarks;

/// <summary>
/// Runs every [Benchmark] method once, in process, on a tiny corpus (60 short documents cut from dev.jsonl: enough
/// for a topic model), so a benchmark cannot rot unnoticed.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    /// <summary>Every benchmark method, by class and method name.</summary>
    public static TheoryData<string, string> BenchmarkMethods()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in SmokeRunner.BenchmarkTypes)
        {
            foreach (var method in SmokeRunner.BenchmarkMethods(type))
            {
                data.Add(type.Name, method.Name);
            }
        }

        return data;
    }

    [Fact]
    public void BenchmarkTypes_FindsEveryBenchmarkClass()
    {
        Assert.Equal(
            ["AnalysisThroughputBenchmarks", "ColdStartBenchmarks", "DocumentFormatBenchmarks", "IndexingBenchmarks", "LearnedRankingBenchmarks", "QueryBenchmarks", "ScaleBenchmarks", "SuggestBenchmarks", "TopicBenchmarks", "UsageBenchmarks"],
            SmokeRunner.BenchmarkTypes.Select(t => t.Name));
    }

    [Fact]
    public void BenchmarkTypes_EachHasOneBaselinePerCategory()
    {
        // A class compares one thing (one baseline), or, when it groups its methods by category, one thing per
        // category (one baseline in each), so every Ratio column reads against a plain Lucene.Net method.
        foreach (var type in SmokeRunner.BenchmarkTypes)
        {
            var groups = SmokeRunner.BenchmarkMethods(type).GroupBy(
                m => string.Join(',', m.GetCustomAttributes(typeof(BenchmarkDotNet.Attributes.BenchmarkCategoryAttribute), false)
                    .Cast<BenchmarkDotNet.Attributes.BenchmarkCategoryAttribute>().SelectMany(a => a.Categories)),
                StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var baselines = group.Count(m => m.GetCustomAttributes(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)
                    .Cast<BenchmarkDotNet.Attributes.BenchmarkAttribute>().Single().Baseline);
                Assert.True(baselines == 1, $"{type.Name} has {baselines} baseline methods in category '{group.Key}'; it needs exactly one.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(BenchmarkMethods))]
    public void BenchmarkMethod_RunsOnTinyCorpus(string typeName, string methodName)
    {
        using var temp = new TempFolder();
        var settings = new BenchmarkSettings
        {
            CorpusPath = TinyCorpus(temp),
            CacheFolder = temp.File("cache"),
            WorkFolder = temp.File("work"),
            MetricsFolder = temp.File("metrics"),
        };
        var type = SmokeRunner.BenchmarkTypes.Single(t => t.Name == typeName);
        using var log = new StringWriter();

        var runs = SmokeRunner.Run(type, methodName, settings, log);

        Assert.True(runs > 0, $"{typeName}.{methodName} ran no case.");
        Assert.False(Directory.Exists(settings.WorkFolder) && Directory.EnumerateFileSystemEntries(settings.WorkFolder).Any(),
            $"{typeName}.{methodName} left files in its work folder.");
    }

    /// <summary>The first 40 Chinese and 20 English documents of dev.jsonl, each cut to 2,000 characters.</summary>
    private static string TinyCorpus(TempFolder temp)
    {
        var lines = File.ReadLines(TestCorpus.Require("dev.jsonl"))
            .Select(line => System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject())
            .Where(o => (string?)o["lang"] is "zh" or "en")
            .GroupBy(o => (string?)o["lang"])
            .SelectMany(g => g.Take(g.Key == "zh" ? 40 : 20))
            .Select(o =>
            {
                var text = (string?)o["text"] ?? string.Empty;
                o["text"] = text.Length > 2000 ? text[..2000] : text;
                return o.ToJsonString();
            });
        var path = temp.File("tiny.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}

using GovSearch.Analysis;
using GovSearch.Documents;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Topics;

/// <summary>
/// Bilingual topics on an index: <c>similar</c> puts a document's translation (same <c>parallel_id</c>) first, one-language
/// labels come translated by the package's lexicon, and <see cref="TopicModelOptions.ParallelTextFiles"/> is checked.
/// Four Chinese and four English documents on each of three themes; one court pair is aligned.
/// </summary>
public sealed class ParallelTopicIndexTests : IAsyncLifetime
{
    private static readonly string[] Chinese = ["法院，审判，案件，诉讼，法官。", "环境，污染，排放，生态，治理。", "经济，增长，投资，市场，消费。"];

    private static readonly string[] English = ["Court, trial, case, litigation, judge.", "Environment, pollution, emission, ecology, control.", "Economy, growth, investment, market, consumption."];

    private static readonly TopicModelOptions Options = new() { NumberOfTopics = 3, Iterations = 30 };

    private GovSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = GovSearchIndex.CreateInMemory();
        var documents = new List<GovDocument>();
        for (var theme = 0; theme < 3; theme++)
        {
            for (var copy = 0; copy < 4; copy++)
            {
                documents.Add(Docs.Make($"a-zh-{theme}-{copy}", Chinese[theme], string.Concat(Enumerable.Repeat(Chinese[theme], 5 + copy)), language: "zh"));
                documents.Add(Docs.Make($"a-en-{theme}-{copy}", English[theme], string.Join(' ', Enumerable.Repeat(English[theme], 5 + copy)), language: "en"));
            }
        }

        // The aligned pair: its Chinese side sorts after every other id, so a tie of cosines would put it last.
        documents.Add(Docs.Make("court-en", English[0], string.Join(' ', Enumerable.Repeat(English[0], 6)), language: "en") with { Metadata = Linked("court") });
        documents.Add(Docs.Make("zz-court-zh", Chinese[0], string.Concat(Enumerable.Repeat(Chinese[0], 6)), language: "zh") with { Metadata = Linked("court") });
        await _index.AddRangeAsync(documents);
        await _index.CommitAsync();
        await _index.TrainTopicsAsync(Options);
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Similar_PutsTheParallelTranslationFirst()
    {
        var similar = await _index.SimilarAsync("court-en", 5);

        Assert.NotNull(similar);
        Assert.Equal("zz-court-zh", similar[0].Id);
        Assert.Equal("court-en", (await _index.SimilarAsync("zz-court-zh", 1))![0].Id);
        Assert.DoesNotContain("zz-court-zh", (await _index.SimilarAsync("a-en-0-0", 3))!.Take(1).Select(h => h.Id));
    }

    [Fact]
    public void GetTopics_TranslatesOneLanguageLabels_IntoTheOtherLanguage()
    {
        var topics = _index.GetTopics();

        Assert.Contains(topics, t => t.TranslatedLabel is not null);
        Assert.All(topics, topic =>
        {
            var words = topic.Label.Split(TopicDescription.LabelSeparator);
            var han = words.All(w => w.Any(CharClass.IsHan));
            var latin = words.All(w => !w.Any(CharClass.IsHan));
            if (!han && !latin)
            {
                Assert.Null(topic.TranslatedLabel);
            }
            else if (topic.TranslatedLabel is { } translated)
            {
                Assert.True(han ? !translated.Any(CharClass.IsHan) : translated.Any(CharClass.IsHan), $"{topic.Label} -> {translated}");
            }
        });
    }

    [Fact]
    public async Task Training_WithABadParallelTextFile_NamesTheFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govsearch-topic-parallel-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, "{\"lang\": \"zh\", \"text\": \"中国\"}\n");
        try
        {
            var error = await Assert.ThrowsAsync<TranslationFileException>(() => _index.TrainTopicsAsync(Options with { ParallelTextFiles = [path] }));

            Assert.StartsWith($"{path}:1:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_RefusesAnEmptyParallelTextPath()
    {
        var error = Assert.Throws<ArgumentException>(() => (Options with { ParallelTextFiles = [" "] }).Validate());

        Assert.Contains("TopicModelOptions.ParallelTextFiles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WithTheSameParallelTextPaths_AreEqual()
    {
        var a = Options with { ParallelTextFiles = ["a.jsonl", "b.txt"] };
        var b = Options with { ParallelTextFiles = new List<string> { "a.jsonl", "b.txt" } };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Options with { ParallelTextFiles = ["b.txt", "a.jsonl"] });
        Assert.NotEqual(a, a with { Seed = 7 });
    }

    private static Dictionary<string, string> Linked(string parallelId) => new(StringComparer.Ordinal) { ["parallel_id"] = parallelId };
}

using GovSearch.Analysis;
using GovSearch.Topics;

namespace GovSearch.Tests.Topics;

/// <summary>
/// Bilingual topics: aligned units (a text and its translation) train as joint units, so a topic holds the words of
/// both languages and the two texts share one vector. A small fixture of three themes, each written in Chinese and
/// in English, four aligned pairs a theme; the two languages never share a word.
/// </summary>
public sealed class BilingualTopicTests
{
    private static readonly string[][] Chinese =
    [
        ["经济", "增长", "投资", "市场", "消费"],
        ["法院", "审判", "案件", "诉讼", "法官"],
        ["环境", "污染", "排放", "生态", "治理"],
    ];

    private static readonly string[][] English =
    [
        ["economy", "growth", "investment", "market", "consumption"],
        ["court", "trial", "case", "litigation", "judge"],
        ["environment", "pollution", "emission", "ecology", "control"],
    ];

    private static readonly TopicModelOptions Options = new() { NumberOfTopics = 3, Iterations = 50, TopWordsPerTopic = 10 };

    private static (List<(string Id, IReadOnlyList<string> Tokens)> Units, List<(string, string)> Pairs) Fixture()
    {
        var units = new List<(string Id, IReadOnlyList<string> Tokens)>();
        var pairs = new List<(string, string)>();
        for (var theme = 0; theme < 3; theme++)
        {
            for (var copy = 0; copy < 4; copy++)
            {
                // 60 tokens cycling through the theme's words from a different start for each copy.
                units.Add(($"zh-{theme}-{copy}", Enumerable.Range(0, 60).Select(i => Chinese[theme][(i + copy) % 5]).ToList()));
                units.Add(($"en-{theme}-{copy}", Enumerable.Range(0, 60).Select(i => English[theme][(i + copy) % 5]).ToList()));
                pairs.Add(($"zh-{theme}-{copy}", $"en-{theme}-{copy}"));
            }
        }

        return (units, pairs);
    }

    [Fact]
    public void JointUnits_GiveTopicsOfBothLanguages_AndOneVectorPerPair()
    {
        var (units, pairs) = Fixture();

        using var model = TopicModel.Train(units, Options, 1, null, pairs);

        Assert.All(model.Topics, topic =>
        {
            Assert.Contains(topic.TopWords, w => w.Word.Any(CharClass.IsHan));
            Assert.Contains(topic.TopWords, w => !w.Word.Any(CharClass.IsHan));
        });
        var vectors = model.UnitIds.Select((id, i) => (id, model.UnitVectors[i])).ToDictionary(v => v.id, v => v.Item2);
        Assert.All(pairs, pair => Assert.Equal(vectors[pair.Item1], vectors[pair.Item2]));
    }

    [Fact]
    public void TrainingPairs_MakeTopicsOfOneLanguageUnitsBilingual_AndAreNoUnits()
    {
        // The documents are not aligned; the same themes come aligned as training-only pairs (ParallelTextFiles).
        var (units, pairs) = Fixture();
        var tokens = units.ToDictionary(u => u.Id, u => u.Tokens);
        var training = pairs.Select(p => (tokens[p.Item1], tokens[p.Item2])).ToList();

        using var without = TopicModel.Train(units, Options, 1, null, []);
        using var with = TopicModel.Train(units, Options, 1, null, [], training);

        // Without them LDA still fills each topic with one theme of each language, but which Chinese theme joins which
        // English one is chance; with them, each topic is one theme in both languages.
        Assert.False(without.Topics.All(Aligned));
        Assert.All(with.Topics, topic => Assert.True(Aligned(topic), string.Join(" ", topic.TopWords.Select(w => w.Word))));
        Assert.Equal(units.Select(u => u.Id), with.UnitIds);
        Assert.Equal(units.Count, with.UnitVectors.Count);
    }

    /// <summary>Whether the topic's strongest words are the words of one theme in Chinese and in English.</summary>
    private static bool Aligned(TopicDescription topic) =>
        Enumerable.Range(0, 3).Any(theme => topic.TopWords.Take(10).Select(w => w.Word).Order().SequenceEqual(Chinese[theme].Concat(English[theme]).Order()));

    [Fact]
    public void JointPieces_HoldBothSidesOfTheSameStretch_WithinTheRowLimit()
    {
        var (units, _) = Fixture();
        var vocabulary = TopicVocabulary.Build(units.Select(u => u.Tokens), Options);
        var long1 = Enumerable.Repeat("经济", 700).ToList();
        var long2 = Enumerable.Repeat("economy", 300).ToList();

        var pieces = vocabulary.CountJointPieces(long1, long2, LightLdaModel.MaximumRowTokens);

        Assert.Equal(3, pieces.Count);
        Assert.All(pieces, p =>
        {
            Assert.True(p.Counts.Sum() <= LightLdaModel.MaximumRowTokens);
            Assert.Equal(2, p.Indices.Length);
        });
        Assert.Empty(vocabulary.CountJointPieces(long1, ["unknown"], LightLdaModel.MaximumRowTokens));
    }
}

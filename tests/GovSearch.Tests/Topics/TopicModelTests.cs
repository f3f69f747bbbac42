using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

[Collection(TopicModelCollection.Name)]
public sealed class TopicModelTests(TopicModelFixture fixture)
{
    private TopicModel Model => fixture.Model;

    [Fact]
    public void Train_SameUnitsSeedAndOneThread_GiveIdenticalTopicsAndVectors()
    {
        using var again = TopicModel.Train(TopicTestData.SampleUnits, TopicTestData.FastOptions);

        Assert.Equal(Describe(Model), Describe(again));
        Assert.Equal(Model.Vocabulary.Terms, again.Vocabulary.Terms);
        Assert.Equal(Model.UnitVectors.Count, again.UnitVectors.Count);
        for (var u = 0; u < Model.UnitVectors.Count; u++)
        {
            Assert.Equal(Model.UnitVectors[u], again.UnitVectors[u]);
        }
    }

    [Fact]
    public void Train_AnotherSeed_GivesAnotherModel()
    {
        using var other = TopicModel.Train(TopicTestData.SampleUnits, TopicTestData.FastOptions with { Seed = 7 });

        Assert.NotEqual(Describe(Model), Describe(other));
    }

    [Fact]
    public void Topics_HaveLabelsTopWordsAndWeights()
    {
        Assert.Equal(TopicTestData.FastOptions.NumberOfTopics, Model.Topics.Count);
        Assert.Equal(1.0, Model.Topics.Sum(t => t.Weight), 4);
        for (var id = 0; id < Model.Topics.Count; id++)
        {
            var topic = Model.Topics[id];
            Assert.Equal(id, topic.Id);
            Assert.Equal(10, topic.TopWords.Count);
            Assert.Equal(TopicDescription.MakeLabel(topic.TopWords), topic.Label);
            Assert.StartsWith(string.Join(" · ", topic.TopWords.Take(2).Select(w => w.Word)) + " · ", topic.Label, StringComparison.Ordinal);
            Assert.All(topic.TopWords, w => Assert.InRange(w.Weight, 1e-9, 1));
            Assert.Equal(topic.TopWords.OrderByDescending(w => w.Weight).Select(w => w.Word), topic.TopWords.Select(w => w.Word));
            Assert.All(topic.TopWords, w => Assert.True(Model.Vocabulary.IndexOf(w.Word) >= 0));
        }

        // Both languages of the sample show up among the topics' words.
        var words = Model.Topics.SelectMany(t => t.TopWords).Select(w => w.Word).ToArray();
        Assert.Contains(words, w => w.Any(char.IsAsciiLetter));
        Assert.Contains(words, w => w.Any(c => c >= '\u4E00'));
    }

    [Fact]
    public void UnitVectors_SumToOneAndEqualInference()
    {
        var units = TopicTestData.SampleUnits;
        Assert.Equal(units.Select(u => u.Id), Model.UnitIds);
        Assert.Equal(units.Select(u => u.Tokens.Count), Model.UnitTokenCounts);

        var inferred = Model.InferBatch(units.Select(u => u.Tokens).ToArray());

        for (var u = 0; u < units.Count; u++)
        {
            Assert.Equal(Model.NumberOfTopics, Model.UnitVectors[u].Length);
            Assert.Equal(1.0, Model.UnitVectors[u].Sum(), 4);
            Assert.Equal(Model.UnitVectors[u], inferred[u]);
        }
    }

    [Fact]
    public void Infer_NewDocument_GivesARepeatableMixture()
    {
        var sampleIds = TopicTestData.SampleUnits.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var unseen = TopicTestData.Dev.Where(d => !sampleIds.Contains(d.Id)).Take(5).ToArray();

        foreach (var document in unseen)
        {
            var tokens = TopicTestData.Tokenizer.Tokenize(document);
            var vector = Model.Infer(tokens);

            Assert.Equal(Model.NumberOfTopics, vector.Length);
            Assert.Equal(1.0, vector.Sum(), 4);
            Assert.Equal(vector, Model.Infer(tokens));
        }
    }

    [Fact]
    public void Infer_NoKnownWord_GivesZeros()
    {
        Assert.All(Model.Infer(["nosuchword", "另一个不存在的词"]), w => Assert.Equal(0f, w));
        Assert.All(Model.Infer([]), w => Assert.Equal(0f, w));
        Assert.Empty(Model.InferBatch([]));
    }

    [Fact]
    public void RawMlNetLda_PrintsToStandardOutput_TheControlOfTheQuietTest()
    {
        if (!NativeStdout.IsSupported)
        {
            return;
        }

        var vocabulary = TopicVocabulary.Build(TopicTestData.SampleUnits.Select(u => u.Tokens), TopicTestData.FastOptions);
        var rows = TopicTestData.SampleUnits.Select(u => vocabulary.CountTokens(u.Tokens)).ToArray();

        var (_, output) = NativeStdout.Capture(() => RawLda.TrainAndInfer(rows, vocabulary.Count, 3, 10, 100_000));

        Assert.Contains("loglikelihood", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_LongDocument_TokensPast512StillWeighOnItsTopics()
    {
        // Two vocabularies: A (more frequent, so lower indices) and C. The long unit has 600 A tokens, then 300 C
        // tokens: ML.NET's LDA, which samples at most 512 tokens of a document in index order, sees none of its C words.
        var a = Enumerable.Range(0, 20).Select(i => $"alpha{i:D2}").ToArray();
        var c = Enumerable.Range(0, 20).Select(i => $"zeta{i:D2}").ToArray();
        var units = new List<(string Id, IReadOnlyList<string> Tokens)>();
        for (var u = 0; u < 20; u++)
        {
            units.Add(($"a{u:D2}", Repeat(a, 40)));
            units.Add(($"c{u:D2}", Repeat(c, 40)));
        }

        units.Add(("long", [.. Repeat(a, 600), .. Repeat(c, 300)]));
        var options = new TopicModelOptions { NumberOfTopics = 2, Iterations = 50, MaximumDocumentFrequencyShare = 1 };

        using var model = TopicModel.Train(units, options);

        var zetaTopic = model.Topics.Single(t => t.TopWords[0].Word.StartsWith("zeta", StringComparison.Ordinal)).Id;
        Assert.InRange(model.UnitVectors[^1][zetaTopic], 0.25, 0.45);

        // Inference of a new, longer unit cuts it into pieces the same way: its last third is C, and counts.
        IReadOnlyList<string> longer = [.. Repeat(a, 3000), .. Repeat(c, 1500)];
        Assert.InRange(model.Infer(longer)[zetaTopic], 0.25, 0.45);

        // The control: ML.NET on whole units gives the long unit no weight on the C topic, even with its
        // maximumTokenCountPerDocument raised far above the unit's length.
        var rows = units.Select(u => model.Vocabulary.CountTokens(u.Tokens)).ToArray();
        var (raw, _) = NativeStdout.Capture(() => RawLda.TrainAndInfer(rows, model.Vocabulary.Count, 2, 50, 100_000));
        var rawZetaTopic = raw[1][0] > raw[1][1] ? 0 : 1;
        Assert.True(raw[^1][rawZetaTopic] < 0.05, $"ML.NET alone gave the long unit {raw[^1][rawZetaTopic]} on the C topic; the test expects its cut.");
    }

    [Fact]
    public void Train_NothingQualifies_ExplainsWhichOptionsToRelax()
    {
        IReadOnlyList<(string, IReadOnlyList<string>)> units = [("a", ["one"]), ("b", ["two"])];

        var error = Assert.Throws<GovSearchException>(() => TopicModel.Train(units, TopicTestData.FastOptions));

        Assert.Contains("TopicModelOptions.MinimumDocumentFrequency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_RepeatedId_IsRefused()
    {
        IReadOnlyList<(string, IReadOnlyList<string>)> units = [("a", ["one"]), ("a", ["two"])];

        var error = Assert.Throws<ArgumentException>(() => TopicModel.Train(units, TopicTestData.FastOptions));

        Assert.Contains("'a' occurs more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => TopicModel.Train(TopicTestData.SampleUnits, TopicTestData.FastOptions, cancelled.Token));
    }

    [Fact]
    public void Fingerprint_ChangesWithIdsAndTokenCounts()
    {
        IReadOnlyList<(string, IReadOnlyList<string>)> units = [("a", ["x", "y"]), ("b", ["z"])];
        IReadOnlyList<(string, IReadOnlyList<string>)> renamed = [("a", ["x", "y"]), ("c", ["z"])];
        IReadOnlyList<(string, IReadOnlyList<string>)> longer = [("a", ["x", "y", "y"]), ("b", ["z"])];

        var fingerprint = TopicModel.Fingerprint(units);

        Assert.Equal(32, fingerprint.Length);
        Assert.Equal(fingerprint, TopicModel.Fingerprint(units));
        Assert.NotEqual(fingerprint, TopicModel.Fingerprint(renamed));
        Assert.NotEqual(fingerprint, TopicModel.Fingerprint(longer));
        Assert.Equal(TopicModel.Fingerprint(TopicTestData.SampleUnits), Model.CorpusFingerprint);
    }

    private static string[] Repeat(string[] words, int count) => Enumerable.Range(0, count).Select(i => words[i % words.Length]).ToArray();

    private static string Describe(TopicModel model) =>
        string.Join("\n", model.Table.Words.Select((words, k) =>
            $"{k} {model.Table.Weights[k]:R}: {string.Join(' ', words.Select(w => $"{w.Word}={w.Weight:R}"))}"));
}

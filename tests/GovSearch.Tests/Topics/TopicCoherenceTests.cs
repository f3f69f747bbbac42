using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

public sealed class TopicCoherenceTests
{
    [Fact]
    public void Score_GivesTheNpmiOfEachSet()
    {
        IReadOnlyList<IReadOnlyList<string>> units = [["a", "b"], ["a", "b", "b"], ["c"], ["d", "a"]];

        var scores = TopicCoherence.Score([["a", "b"], ["b", "c"], ["a", "b", "c"], ["a"]], units);

        // P(a) = 3/4, P(b) = 2/4, P(a, b) = 2/4: log((1/2) / (3/8)) / -log(1/2).
        var ab = Math.Log(0.5 / 0.375) / -Math.Log(0.5);
        Assert.Equal(ab, scores[0], 10);
        Assert.Equal(-1, scores[1], 10);
        Assert.Equal((ab - 1 - 1) / 3, scores[2], 10);
        Assert.Equal(0, scores[3]);
    }

    [Fact]
    public void Score_WordsAlwaysTogether_ScoreOne()
    {
        IReadOnlyList<IReadOnlyList<string>> units = [["a", "b"], ["a", "b"], ["c"]];

        Assert.Equal(1, TopicCoherence.Score([["a", "b"]], units)[0], 10);
    }

    [Fact]
    public void RandomWordSets_AreDistinctWordsAndRepeatableWithTheSeed()
    {
        var vocabulary = Enumerable.Range(0, 50).Select(i => $"w{i}").ToArray();

        var first = TopicCoherence.RandomWordSets(vocabulary, 10, 20, seed: 3);
        var again = TopicCoherence.RandomWordSets(vocabulary, 10, 20, seed: 3);
        var other = TopicCoherence.RandomWordSets(vocabulary, 10, 20, seed: 4);

        Assert.Equal(20, first.Count);
        Assert.All(first, set => Assert.Equal(10, set.Distinct().Count()));
        Assert.Equal(first.Select(s => string.Join(',', s)), again.Select(s => string.Join(',', s)));
        Assert.NotEqual(first.Select(s => string.Join(',', s)), other.Select(s => string.Join(',', s)));
    }
}

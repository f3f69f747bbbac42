using GovSearch.Schema;

namespace GovSearch.Tests.Schema;

/// <summary>A hit's strongest topics (<see cref="IndexScan.TopTopics"/>): strongest first, ties by id, as a stable sort of
/// the whole vector gives them.</summary>
public sealed class TopTopicsTests
{
    [Fact]
    public void TopTopics_AreTheStrongestFirstTiesById_AsASortGivesThem()
    {
        var random = new Random(20261207);
        float[] levels = [0f, 0f, 0.1f, 0.25f, 0.25f, 0.5f, float.NaN];
        for (var round = 0; round < 2_000; round++)
        {
            var length = random.Next(1, 25);
            var vector = Enumerable.Range(0, length)
                .Select(_ => random.Next(3) == 0 ? levels[random.Next(levels.Length)] : (float)random.NextDouble())
                .ToArray();
            var topics = Enumerable.Range(0, length).Select(i => new TopicDescription(i, $"topic {i}", [], 0)).ToList();
            var count = random.Next(0, 6);

            var expected = vector.Select((weight, id) => (weight, id))
                .OrderByDescending(t => t.weight).ThenBy(t => t.id)
                .Take(count)
                .Select(t => (t.id, $"topic {t.id}", t.weight));
            var actual = IndexScan.TopTopics(vector, topics, count).Select(t => (t.Id, t.Label, t.Weight));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void TopTopics_AreEmpty_WhenTheVectorDoesNotFitTheModel()
    {
        var topics = new[] { new TopicDescription(0, "a", [], 0), new TopicDescription(1, "b", [], 0) };
        Assert.Empty(IndexScan.TopTopics([], topics));
        Assert.Empty(IndexScan.TopTopics([0.5f], topics));
        Assert.Equal([1, 0], IndexScan.TopTopics([0.2f, 0.8f], topics).Select(t => t.Id));
    }
}

using System.Globalization;
using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

/// <summary>
/// A model of the whole of dev.jsonl (226 documents, Chinese and English): its topics must mean something.
/// Outside the "Topic models" collection, so it runs beside it.
/// </summary>
public sealed class TopicCorpusTests
{
    private static readonly Lazy<TopicModel> DevModel = new(() =>
        TopicModel.Train(TopicTestData.DevUnits, new TopicModelOptions { NumberOfTopics = 10, Iterations = 25 }));

    [Fact]
    public void Coherence_OfDevTopics_BeatsRandomWordSets()
    {
        var result = TopicCoherence.Measure(DevModel.Value, TopicTestData.DevUnits.Select(u => u.Tokens).ToArray());

        Assert.Equal(10, result.PerTopic.Count);
        Assert.True(
            result.Mean > result.RandomBaseline + 0.3,
            string.Create(CultureInfo.InvariantCulture, $"Topic coherence {result.Mean:F3} should clearly beat the random baseline {result.RandomBaseline:F3}."));
        Assert.True(result.Mean > 0, string.Create(CultureInfo.InvariantCulture, $"Topic coherence {result.Mean:F3} should be positive."));
    }

    [Fact]
    public void Trends_OfDevTopics_CoverEveryYearAndSource()
    {
        var model = DevModel.Value;
        var documents = TopicTestData.Dev
            .Select((d, i) => ((IReadOnlyList<float>)model.UnitVectors[i], d.Date?.Year, d.Source))
            .ToArray();

        var byYear = TopicTrends.ByYear(documents, model.NumberOfTopics);
        var bySource = TopicTrends.BySource(documents, model.NumberOfTopics);

        var years = TopicTestData.Dev.Where(d => d.Date is not null).Select(d => d.Date!.Value.Year).Distinct().Order().ToArray();
        Assert.Equal(years.Select(y => y.ToString(CultureInfo.InvariantCulture)), byYear.Rows);
        Assert.Equal(TopicTestData.Dev.Count(d => d.Date is not null), byYear.DocumentCounts.Sum());
        Assert.Equal(TopicTestData.Dev.Select(d => d.Source).OfType<string>().Distinct().Order(StringComparer.Ordinal), bySource.Rows);
        Assert.All(byYear.Shares.Concat(bySource.Shares), row => Assert.Equal(1.0, row.Sum(), 4));
    }
}

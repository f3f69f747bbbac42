using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

public sealed class TopicTrendsTests
{
    private static readonly (IReadOnlyList<float> Vector, int? Year, string? Source)[] Documents =
    [
        ([1f, 0f], 2020, "npc"),
        ([0f, 1f], 2020, "State Council"),
        ([0.2f, 0.8f], 2019, "npc"),
        ([0.5f, 0.5f], null, null),
        ([0f, 0f], 2018, "  "),
    ];

    [Fact]
    public void ByYear_GivesEachTopicsShareOfTheYearsMass_YearsAscending()
    {
        var table = TopicTrends.ByYear(Documents, 2);

        Assert.Equal(["2018", "2019", "2020"], table.Rows);
        Assert.Equal([1, 1, 2], table.DocumentCounts);
        Assert.Equal([0.0, 0.0], table.Shares[0]);
        Assert.Equal(0.2, table.Shares[1][0], 6);
        Assert.Equal(0.8, table.Shares[1][1], 6);
        Assert.Equal(0.5, table.ShareOf("2020", 0), 6);
        Assert.Equal(0.5, table.ShareOf("2020", 1), 6);
        Assert.Equal(0, table.ShareOf("1999", 1));
    }

    [Fact]
    public void BySource_OrdersSourcesOrdinallyAndSkipsBlankOnes()
    {
        var table = TopicTrends.BySource(Documents, 2);

        Assert.Equal(["State Council", "npc"], table.Rows);
        Assert.Equal([1, 2], table.DocumentCounts);
        Assert.Equal([0.0, 1.0], table.Shares[0]);
        Assert.Equal(0.6, table.Shares[1][0], 6);
        Assert.Equal(0.4, table.Shares[1][1], 6);
    }

    [Fact]
    public void ByYear_VectorOfAnotherLength_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => TopicTrends.ByYear([([1f, 0f, 0f], 2020, "x")], 2));

        Assert.Contains("has 3 weights; the model has 2 topics", error.Message, StringComparison.Ordinal);
    }
}

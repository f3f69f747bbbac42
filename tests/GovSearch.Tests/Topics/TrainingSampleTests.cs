using GovSearch.Topics;
using Xunit;

namespace GovSearch.Tests.Topics;

public sealed class TrainingSampleTests
{
    /// <summary>A unit of <paramref name="pieces"/> pieces of <paramref name="tokens"/> tokens each, piece i holding word i only.</summary>
    private static IReadOnlyList<(int[] Indices, int[] Counts)> Unit(int pieces, int tokens = 100) =>
        Enumerable.Range(0, pieces).Select(i => (new[] { i }, new[] { tokens })).ToArray();

    private static int[] Words(IEnumerable<(int[] Indices, int[] Counts)> rows) => rows.Select(r => r.Indices[0]).ToArray();

    [Fact]
    public void Select_WithinTheBudget_KeepsEveryPieceInOrder()
    {
        IReadOnlyList<IReadOnlyList<(int[] Indices, int[] Counts)>> units = [Unit(3), Unit(1), Unit(2)];

        var sample = TrainingSample.Select(units, 600);

        Assert.Equal([0, 1, 2, 0, 0, 1], Words(sample));
    }

    [Fact]
    public void Select_OverTheBudget_CapsLongUnitsWithEvenlySpacedPiecesAndKeepsShortOnesWhole()
    {
        // 10 + 1 + 2 pieces of 100 tokens; a budget of 900 allows 6 pieces of the long unit (6 + 1 + 2 = 9).
        IReadOnlyList<IReadOnlyList<(int[] Indices, int[] Counts)>> units = [Unit(10), Unit(1), Unit(2)];

        var sample = TrainingSample.Select(units, 900);

        Assert.Equal([0, 2, 4, 5, 7, 9, 0, 0, 1], Words(sample));
        Assert.True(sample.Sum(r => r.Counts.Sum()) <= 900);
    }

    [Fact]
    public void Select_OnePiecePerUnitOverTheBudget_TakesUnitsAtEvenIntervals()
    {
        IReadOnlyList<IReadOnlyList<(int[] Indices, int[] Counts)>> units = [.. Enumerable.Range(0, 10).Select(_ => Unit(3))];

        var sample = TrainingSample.Select(units, 500);

        // Five of the ten units, one middle piece each.
        Assert.Equal(5, sample.Count);
        Assert.All(sample, row => Assert.Equal(1, row.Indices[0]));
    }

    [Fact]
    public void Select_UnitsWithoutPieces_AreSkipped()
    {
        IReadOnlyList<IReadOnlyList<(int[] Indices, int[] Counts)>> units = [Unit(0), Unit(4), Unit(0)];

        Assert.Equal([1, 3], Words(TrainingSample.Select(units, 200)));
    }

    [Theory]
    [InlineData(10, 1, new[] { 5 })]
    [InlineData(10, 2, new[] { 2, 7 })]
    [InlineData(4, 4, new[] { 0, 1, 2, 3 })]
    [InlineData(3, 5, new[] { 0, 1, 2 })]
    public void Spread_TakesTheMiddleOfEvenStretches(int total, int count, int[] expected) =>
        Assert.Equal(expected, TrainingSample.Spread(total, count));
}

using GovSearch.Cli;
using GovSearch.Topics;
using SkiaSharp;

namespace GovSearch.Tests.Cli;

/// <summary>The trends chart: Chinese labels in a font that has their glyphs, a share axis that starts at 0, lines that
/// break across long gaps in years. Needs a CJK font on the machine (CI installs fonts-noto-cjk).</summary>
public sealed class TrendChartTests
{
    private static readonly TopicDescription[] Topics =
    [
        new(0, "保护 · 生态 · 环境", [new TopicWord("保护", 0.1)], 0.5),
        new(1, "people · country · freedom", [new TopicWord("people", 0.1)], 0.3),
        new(2, "数据 · 安全 · 网络", [new TopicWord("数据", 0.1)], 0.2),
    ];

    private static TopicTrendTable Table(params string[] rows) => new(
        rows,
        rows.Select((_, i) => (IReadOnlyList<double>)[0.0, i % 2 == 0 ? 0.001 : 0.9, i % 2 == 0 ? 0.999 : 0.1]).ToArray(),
        rows.Select(_ => 1).ToArray());

    [Fact]
    public void ChineseLabels_AreDrawnInAFamilyThatHasTheirGlyphs()
    {
        var (plot, warning) = TrendChart.Build(Table("全国人民代表大会常务委员会", "国务院", "The White House"), Topics, [0, 1, 2], TrendDimension.Source);

        Assert.Null(warning);
        using var legend = SKTypeface.FromFamilyName(plot.Legend.FontName);
        using var ticks = SKTypeface.FromFamilyName(plot.Axes.Bottom.TickLabelStyle.FontName);
        Assert.True(legend.ContainsGlyphs("保护生态环境数据安全网络people"), $"legend font {legend.FamilyName} lacks glyphs");
        Assert.True(ticks.ContainsGlyphs("全国人民代表大会国务院White"), $"tick font {ticks.FamilyName} lacks glyphs");
    }

    [Fact]
    public void FamilyFor_LatinText_KeepsTheDefault_AndChineseGetsAFamilyWithItsGlyphs()
    {
        Assert.Equal(ScottPlot.Fonts.Default, ChartFonts.FamilyFor("people · country"));

        var family = ChartFonts.FamilyFor("生态 · 环境");

        Assert.NotNull(family);
        using var typeface = SKTypeface.FromFamilyName(family);
        Assert.True(ChartFonts.HasGlyphs(typeface, "生态 · 环境"));
    }

    [Fact]
    public void Label_NoInstalledFontCanDraw_GivesOneWarningLine()
    {
        // U+10FFFD is a private-use character no font on a build machine draws.
        TopicDescription[] topics = [new(0, "\U0010FFFD", [new TopicWord("\U0010FFFD", 1)], 1)];

        var (_, warning) = TrendChart.Build(Table("2020", "2021"), topics, [0], TrendDimension.Year);

        Assert.NotNull(warning);
        Assert.DoesNotContain('\n', warning);
        Assert.Contains("fonts-noto-cjk", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TrendDimension.Year)]
    [InlineData(TrendDimension.Source)]
    public void ShareAxis_StartsAtZero(TrendDimension dimension)
    {
        var rows = dimension == TrendDimension.Year ? new[] { "1776", "1921", "1922", "2020" } : ["a", "b", "c", "d"];

        var (plot, _) = TrendChart.Build(Table(rows), Topics, [0, 1, 2], dimension);

        Assert.Equal(0, plot.Axes.GetLimits().Bottom);
        Assert.True(plot.Axes.GetLimits().Top >= 0.999);
    }

    [Fact]
    public void YearLines_BreakWhereYearsAreFarApart()
    {
        var runs = TrendChart.Runs([1776, 1921, 1922, 1925, 1990, 1991]).ToArray();

        Assert.Equal([(0, 1), (1, 4), (4, 6)], runs);
    }

    [Fact]
    public void Write_ProducesAPng()
    {
        var file = Path.Combine(Path.GetTempPath(), $"govsearch-chart-{Guid.NewGuid():N}.png");
        try
        {
            TrendChart.Write(file, Table("2019", "2020", "2021"), Topics, [0, 2], TrendDimension.Year);

            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(file).Take(4));
        }
        finally
        {
            File.Delete(file);
        }
    }
}

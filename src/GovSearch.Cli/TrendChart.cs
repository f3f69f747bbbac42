using System.Globalization;
using GovSearch.Topics;
using ScottPlot;

namespace GovSearch.Cli;

/// <summary>Draws topic trends as a PNG with ScottPlot: lines over years, or bars per source, with the legend beside the
/// plot, the share axis starting at 0, and every label in a font that has its characters.</summary>
internal static class TrendChart
{
    /// <summary>Years further apart than this are not joined by a line: the line breaks, and lone years show as points.</summary>
    public const int MaximumYearGap = 5;

    /// <summary>Source labels longer than this are cut with an ellipsis.</summary>
    public const int MaximumSourceLabelLength = 24;

    /// <summary>At most this many source labels are written under the bars; with more sources, every n-th is.</summary>
    public const int MaximumSourceLabels = 40;

    public const int Width = 1400;

    public const int Height = 750;

    /// <summary>Writes the chart to <paramref name="file"/>; returns a warning for the user when a label cannot be drawn
    /// because no installed font has its characters, else <see langword="null"/>.</summary>
    public static string? Write(string file, TopicTrendTable table, IReadOnlyList<TopicDescription> topics, IReadOnlyList<int> chosen, TrendDimension dimension)
    {
        var (plot, warning) = Build(table, topics, chosen, dimension);
        plot.SavePng(file, Width, Height);
        return warning;
    }

    /// <summary>The chart, rendered once so its axis limits are final, and the font warning if any.</summary>
    public static (Plot Plot, string? Warning) Build(TopicTrendTable table, IReadOnlyList<TopicDescription> topics, IReadOnlyList<int> chosen, TrendDimension dimension)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var legendTexts = chosen.Select(t => $"{t} {topics[t].Label}").ToArray();
        double top;
        string[] tickTexts;
        if (dimension == TrendDimension.Year)
        {
            var years = table.Rows.Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToArray();
            for (var c = 0; c < chosen.Count; c++)
            {
                var shares = table.Shares.Select(row => row[chosen[c]]).ToArray();
                AddYearSeries(plot, years, shares, palette.GetColor(c), legendTexts[c]);
            }

            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                LabelFormatter = year => year.ToString("0", CultureInfo.InvariantCulture),
            };
            plot.XLabel("year");
            top = table.Shares.SelectMany(row => chosen.Select(t => row[t])).DefaultIfEmpty(0).Max();
            tickTexts = [];
        }
        else
        {
            var group = chosen.Count + 1;
            for (var c = 0; c < chosen.Count; c++)
            {
                var bars = plot.Add.Bars(table.Shares.Select((_, i) => c + (i * (double)group)).ToArray(), table.Shares.Select(row => row[chosen[c]]).ToArray());
                bars.Color = palette.GetColor(c);
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = legendTexts[c], FillColor = palette.GetColor(c) });
            }

            var every = Math.Max(1, (int)Math.Ceiling(table.Rows.Count / (double)MaximumSourceLabels));
            var shown = table.Rows.Select((row, i) => (row, i)).Where(r => r.i % every == 0).ToArray();
            tickTexts = shown.Select(r => Shorten(r.row)).ToArray();
            plot.Axes.Bottom.SetTicks(shown.Select(r => (r.i * (double)group) + ((chosen.Count - 1) / 2.0)).ToArray(), tickTexts);
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.UpperLeft;
            plot.Axes.Bottom.MinimumSize = 170;
            plot.XLabel(every == 1 ? "source" : $"source (every {every.ToString(CultureInfo.InvariantCulture)}th labelled)");
            top = table.Shares.SelectMany(row => chosen.Select(t => row[t])).DefaultIfEmpty(0).Max();
        }

        plot.YLabel("share of topic mass");
        plot.Title("GovSearch topic trends");
        // A heading row: it says how to read the labels, and it takes the legend's first row, whose CJK glyphs
        // ScottPlot cuts at the top.
        plot.Legend.ManualItems.Insert(0, new LegendItem { LabelText = "topic: top words" });
        plot.ShowLegend(Edge.Right);

        var warning = ApplyFonts(plot, legendTexts, tickTexts);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, top > 0 ? top * 1.08 : 1);
        plot.RenderInMemory(Width, Height);
        return (plot, warning);
    }

    /// <summary>Adds one series over years (sorted): lines broken where years are further apart than
    /// <see cref="MaximumYearGap"/>, a point on each year, and its legend item.</summary>
    internal static void AddYearSeries(Plot plot, double[] years, double[] values, Color color, string label)
    {
        foreach (var (start, end) in Runs(years))
        {
            var line = plot.Add.Scatter(years[start..end], values[start..end], color);
            line.MarkerSize = 5;
            line.LineWidth = 2;
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, LineColor = color, LineWidth = 2, MarkerColor = color, MarkerShape = MarkerShape.FilledCircle, MarkerSize = 5 });
    }

    /// <summary>Consecutive index ranges [start, end) of <paramref name="years"/> (sorted) with no gap above <see cref="MaximumYearGap"/>.</summary>
    public static IEnumerable<(int Start, int End)> Runs(IReadOnlyList<double> years)
    {
        var start = 0;
        for (var i = 1; i <= years.Count; i++)
        {
            if (i == years.Count || years[i] - years[i - 1] > MaximumYearGap)
            {
                yield return (start, i);
                start = i;
            }
        }
    }

    private static string Shorten(string label) =>
        label.Length <= MaximumSourceLabelLength ? label : label[..(MaximumSourceLabelLength - 1)] + "…";

    /// <summary>
    /// Sets the chart's text in a family chosen from the labels' own text (the legend's topic labels, the source names
    /// under the bars): one that has all their characters. The CJK families also have Latin letters, so one family
    /// serves the whole chart.
    /// </summary>
    internal static string? ApplyFonts(Plot plot, IReadOnlyList<string> legendTexts, IReadOnlyList<string> tickTexts)
    {
        var family = ChartFonts.FamilyFor(string.Concat(legendTexts.Concat(tickTexts)));
        if (family is null)
        {
            return "no installed font can draw the Chinese labels, so the chart shows them as boxes; install a CJK font (on Debian: apt-get install fonts-noto-cjk).";
        }

        plot.Font.Set(family);
        plot.Legend.FontName = family;
        if (legendTexts.Any(text => text.Any(c => c >= '\u2E80')))
        {
            // ScottPlot places a legend label by the default font's height: a CJK family's taller glyphs rise above it,
            // and the legend's frame cuts the first label's top. Lowering the labels a little keeps them whole.
            foreach (var item in plot.Legend.ManualItems)
            {
                item.LabelStyle.OffsetY = 4;
            }
        }

        return null;
    }
}

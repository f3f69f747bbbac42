using System.Globalization;
using GovSearch.Analytics;
using ScottPlot;

namespace GovSearch.Cli;

/// <summary>Draws phrase usage as a PNG: one line per phrase over the years (occurrences per million characters), or
/// grouped bars per source or type, with a legend naming each phrase, in a font that has the labels' characters.</summary>
internal static class UsageChart
{
    /// <summary>Writes the chart; returns a warning when no installed font can draw a label, else <see langword="null"/>.</summary>
    public static string? Write(string file, UsageReport report)
    {
        var (plot, warning) = Build(report);
        plot.SavePng(file, TrendChart.Width, TrendChart.Height);
        return warning;
    }

    /// <summary>The chart, rendered once so its axis limits are final, and the font warning if any.</summary>
    public static (Plot Plot, string? Warning) Build(UsageReport report)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var legendTexts = report.Phrases.Select(p => p.Phrase.Trim()).ToArray();
        var top = report.Phrases.SelectMany(p => p.Rows).Select(r => r.PerMillionCharacters).DefaultIfEmpty(0).Max();
        string[] tickTexts = [];
        if (report.By == UsageDimension.Year)
        {
            for (var c = 0; c < report.Phrases.Count; c++)
            {
                var rows = report.Phrases[c].Rows;
                var years = rows.Select(r => double.Parse(r.Key, CultureInfo.InvariantCulture)).ToArray();
                var rates = rows.Select(r => r.PerMillionCharacters).ToArray();
                TrendChart.AddYearSeries(plot, years, rates, palette.GetColor(c), legendTexts[c]);
            }

            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                LabelFormatter = year => year.ToString("0", CultureInfo.InvariantCulture),
            };
            plot.XLabel("year");
        }
        else
        {
            var keys = report.Phrases[0].Rows.Select(r => r.Key).ToArray();
            var group = report.Phrases.Count + 1;
            for (var c = 0; c < report.Phrases.Count; c++)
            {
                var phrase = c;
                var bars = plot.Add.Bars(keys.Select((_, i) => phrase + (i * (double)group)).ToArray(), report.Phrases[c].Rows.Select(r => r.PerMillionCharacters).ToArray());
                bars.Color = palette.GetColor(c);
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = legendTexts[c], FillColor = palette.GetColor(c) });
            }

            var every = Math.Max(1, (int)Math.Ceiling(keys.Length / (double)TrendChart.MaximumSourceLabels));
            var shown = keys.Select((key, i) => (key, i)).Where(k => k.i % every == 0).ToArray();
            tickTexts = shown.Select(k => k.key.Length <= TrendChart.MaximumSourceLabelLength ? k.key : k.key[..(TrendChart.MaximumSourceLabelLength - 1)] + "…").ToArray();
            plot.Axes.Bottom.SetTicks(shown.Select(k => (k.i * (double)group) + ((report.Phrases.Count - 1) / 2.0)).ToArray(), tickTexts);
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.UpperLeft;
            plot.Axes.Bottom.MinimumSize = 170;
            var name = report.By == UsageDimension.Source ? "source" : "type";
            plot.XLabel(every == 1 ? name : $"{name} (every {every.ToString(CultureInfo.InvariantCulture)}th labelled)");
        }

        plot.YLabel("occurrences per million characters");
        plot.Title("GovSearch phrase usage");
        plot.ShowLegend(Edge.Right);
        var warning = TrendChart.ApplyFonts(plot, legendTexts, tickTexts);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, top > 0 ? top * 1.08 : 1);
        plot.RenderInMemory(TrendChart.Width, TrendChart.Height);
        return (plot, warning);
    }
}

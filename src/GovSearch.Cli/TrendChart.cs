using GovSearch.Topics;

namespace GovSearch.Cli;

/// <summary>Draws topic trends as a PNG with ScottPlot: lines over years, or bars per source.</summary>
/// <remarks>Chinese topic labels need a CJK font on the machine (for example Debian's fonts-noto-cjk); ScottPlot picks one when present.</remarks>
internal static class TrendChart
{
    public static void Write(string file, TopicTrendTable table, IReadOnlyList<TopicDescription> topics, IReadOnlyList<int> chosen, TrendDimension dimension)
    {
        var plot = new ScottPlot.Plot();
        plot.Font.Automatic();
        if (dimension == TrendDimension.Year)
        {
            var years = table.Rows.Select(r => double.Parse(r, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            foreach (var topic in chosen)
            {
                var line = plot.Add.Scatter(years, table.Shares.Select(row => row[topic]).ToArray());
                line.LegendText = $"{topic} {topics[topic].Label}";
            }

            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                LabelFormatter = year => year.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
            };
            plot.XLabel("year");
        }
        else
        {
            var position = 0.0;
            foreach (var topic in chosen)
            {
                var bars = plot.Add.Bars(table.Shares.Select((row, i) => position + (i * (chosen.Count + 1))).ToArray(), table.Shares.Select(row => row[topic]).ToArray());
                bars.LegendText = $"{topic} {topics[topic].Label}";
                position++;
            }

            plot.Axes.Bottom.SetTicks(table.Rows.Select((_, i) => (double)(i * (chosen.Count + 1))).ToArray(), table.Rows.ToArray());
            plot.XLabel("source");
        }

        plot.YLabel("share of topic mass");
        plot.Title("GovSearch topic trends");
        plot.ShowLegend();
        plot.SavePng(file, 1200, 700);
    }
}

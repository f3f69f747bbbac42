using System.CommandLine;
using System.Globalization;
using GovSearch.Topics;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch trends</c>: each topic's share per year or per source, as a table, JSON, CSV or a chart.</summary>
internal static class TrendsVerb
{
    public static Command Create(CliConsole console)
    {
        var by = new Option<string>("--by") { Description = "year or source.", DefaultValueFactory = _ => "year" };
        by.AcceptOnlyFromAmong("year", "source");
        var topic = new Option<int?>("--topic") { Description = "Only this topic." };
        var csv = new Option<bool>("--csv") { Description = "Print CSV: one row per year or source, one column per topic." };
        var plot = new Option<string?>("--plot") { Description = "Write a PNG chart to this file." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("trends", "Show how topics rise and fall over the years, or differ by source.") { by, topic, csv, plot, index, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            CommonOptions.RequireTopics(opened);
            var dimension = parse.GetValue(by) == "source" ? TrendDimension.Source : TrendDimension.Year;
            var topics = opened.GetTopics();
            var table = opened.GetTopicTrends(dimension);
            var chosen = parse.GetValue(topic) is { } only
                ? only >= 0 && only < topics.Count ? [only] : throw new ArgumentException($"--topic {only} does not exist; topics are 0 to {topics.Count - 1}.")
                : Enumerable.Range(0, topics.Count).ToArray();

            if (parse.GetValue(plot) is { } file)
            {
                if (TrendChart.Write(file, table, topics, chosen, dimension) is { } warning)
                {
                    console.Error.WriteLine($"govsearch: warning: {warning}");
                }

                console.Error.WriteLine($"govsearch: wrote {file}");
            }

            if (parse.GetValue(json))
            {
                Json.Write(console.Out, new
                {
                    by = parse.GetValue(by),
                    topics = chosen.Select(t => new { id = t, label = topics[t].Label }),
                    rows = table.Rows.Select((row, i) => new { row, documents = table.DocumentCounts[i], shares = chosen.Select(t => table.Shares[i][t]) }),
                });
            }
            else if (parse.GetValue(csv))
            {
                console.Out.WriteLine(string.Join(",", new[] { parse.GetValue(by)!, "documents" }.Concat(chosen.Select(t => Csv($"topic {t}: {topics[t].Label}")))));
                for (var i = 0; i < table.Rows.Count; i++)
                {
                    var row = i;
                    console.Out.WriteLine(string.Join(",", new[] { Csv(table.Rows[row]), table.DocumentCounts[row].ToString(CultureInfo.InvariantCulture) }
                        .Concat(chosen.Select(t => table.Shares[row][t].ToString("0.####", CultureInfo.InvariantCulture)))));
                }
            }
            else if (parse.GetValue(plot) is null)
            {
                var grid = new Table().AddColumn(parse.GetValue(by)!).AddColumn("docs");
                foreach (var t in chosen)
                {
                    grid.AddColumn(Markup.Escape($"{t} {topics[t].Label}"));
                }

                for (var i = 0; i < table.Rows.Count; i++)
                {
                    var row = i;
                    grid.AddRow(new[] { Markup.Escape(table.Rows[row]), table.DocumentCounts[row].ToString(CultureInfo.InvariantCulture) }
                        .Concat(chosen.Select(t => table.Shares[row][t].ToString("P0", CultureInfo.InvariantCulture))).ToArray());
                }

                console.Ansi(console.Out, console.OutIsTerminal).Write(grid);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

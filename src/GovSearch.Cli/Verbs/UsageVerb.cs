using System.CommandLine;
using System.Globalization;
using GovSearch.Analytics;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch usage PHRASE...</c>: how often phrases are used per year, source or type, as a table, CSV, JSON or a chart.</summary>
internal static class UsageVerb
{
    public static Command Create(CliConsole console)
    {
        var phrases = new Argument<string[]>("phrase")
        {
            Description = $"Phrases to count (1-{UsageOptions.MaximumPhrases}): Han characters are matched character for character, traditional or simplified; other phrases as words.",
            Arity = new ArgumentArity(1, UsageOptions.MaximumPhrases),
        };
        var by = new Option<string>("--by") { Description = "year, source or type.", DefaultValueFactory = _ => "year" };
        by.AcceptOnlyFromAmong("year", "source", "type");
        var csv = new Option<bool>("--csv") { Description = "Print CSV: one line per phrase and group." };
        var plot = new Option<string?>("--plot") { Description = "Write a PNG chart to this file: occurrences per million characters, one line or bar per phrase." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var filters = new SearchFilterOptions();
        var command = new Command("usage", "Count how often phrases (formulations) are used per year, source or type, per million characters, with their first and last use.")
        {
            phrases, by, csv, plot, index, json,
        };
        filters.AddTo(command, query: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new UsageOptions
            {
                By = parse.GetValue(by) switch { "source" => UsageDimension.Source, "type" => UsageDimension.DocType, _ => UsageDimension.Year },
                Filter = filters.Filter(parse),
            };
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var report = await opened.GetUsageAsync(parse.GetValue(phrases)!, options, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(plot) is { } file)
            {
                if (UsageChart.Write(file, report) is { } warning)
                {
                    console.Error.WriteLine($"govsearch: warning: {warning}");
                }

                console.Error.WriteLine($"govsearch: wrote {file}");
            }

            if (parse.GetValue(json))
            {
                Json.Write(console.Out, report);
            }
            else if (parse.GetValue(csv))
            {
                console.Out.WriteLine($"phrase,{parse.GetValue(by)},occurrences,documents,documentsInGroup,characters,perMillionCharacters");
                foreach (var usage in report.Phrases)
                {
                    foreach (var row in usage.Rows)
                    {
                        console.Out.WriteLine(string.Join(",", Csv(usage.Phrase), Csv(row.Key), Number(row.Occurrences), Number(row.Documents), Number(row.DocumentsInGroup),
                            Number(row.Characters), row.PerMillionCharacters.ToString("0.###", CultureInfo.InvariantCulture)));
                    }
                }
            }
            else if (parse.GetValue(plot) is null)
            {
                WriteTable(console, report, parse.GetValue(by)!);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(CliConsole console, UsageReport report, string by)
    {
        foreach (var usage in report.Phrases)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{usage.Phrase}: {usage.Occurrences:N0} occurrences in {usage.Documents:N0} documents, {usage.PerMillionCharacters:0.##} per million characters ({usage.Matching.ToString().ToLowerInvariant()})"));
            if (usage.FirstUse is { } first && usage.LastUse is { } last)
            {
                console.Out.WriteLine($"  first used {first.Date} in {first.Id} {first.Title}");
                console.Out.WriteLine($"  last used  {last.Date} in {last.Id} {last.Title}");
            }
        }

        var grid = new Table().AddColumn(by).AddColumn("docs").AddColumn("characters");
        foreach (var usage in report.Phrases)
        {
            grid.AddColumn(Markup.Escape(usage.Phrase.Trim())).AddColumn("per M");
        }

        var rows = report.Phrases[0].Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = i;
            grid.AddRow(new[] { Markup.Escape(rows[row].Key), Number(rows[row].DocumentsInGroup), Number(rows[row].Characters) }
                .Concat(report.Phrases.SelectMany(p => new[] { Number(p.Rows[row].Occurrences), p.Rows[row].PerMillionCharacters.ToString("0.##", CultureInfo.InvariantCulture) }))
                .ToArray());
        }

        console.Ansi(console.Out, console.OutIsTerminal).Write(grid);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

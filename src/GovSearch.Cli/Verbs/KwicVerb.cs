using System.CommandLine;
using System.Globalization;
using GovSearch.Analytics;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch kwic PHRASE</c>: concordance lines (keyword in context) with document, date and passage heading, oldest first.</summary>
internal static class KwicVerb
{
    public static Command Create(CliConsole console)
    {
        var phrase = new Argument<string>("phrase") { Description = "The phrase: Han characters are matched character for character, traditional or simplified; other phrases as words." };
        var width = new Option<int>("--width") { Description = $"Characters of context on each side (0-{ConcordanceOptions.MaximumWidth}).", DefaultValueFactory = _ => 30 };
        var limit = new Option<int>("--limit", "-n") { Description = $"How many lines to show, oldest first (1-{ConcordanceOptions.MaximumLinesAllowed}).", DefaultValueFactory = _ => 100 };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var filters = new SearchFilterOptions();
        var command = new Command("kwic", "Show a phrase in context (keyword in context), with document, date and passage heading, sorted by date.") { phrase, width, limit, index, json };
        filters.AddTo(command, query: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ConcordanceOptions { Width = parse.GetValue(width), MaximumLines = parse.GetValue(limit), Filter = filters.Filter(parse) };
            CheckRange(options.Width, 0, ConcordanceOptions.MaximumWidth, "--width");
            CheckRange(options.MaximumLines, 1, ConcordanceOptions.MaximumLinesAllowed, "--limit");
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var concordance = await opened.GetConcordanceAsync(parse.GetValue(phrase)!, options, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, concordance);
                return ExitCodes.Success;
            }

            foreach (var line in concordance.Lines)
            {
                var heading = line.Heading.Length > 0 ? $" {line.Heading}" : string.Empty;
                console.Out.WriteLine($"{line.Date?.ToString() ?? "undated",-10} {line.DocumentId}{heading} | {line.Left}[{line.Match}]{line.Right}");
            }

            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"govsearch: {concordance.Occurrences:N0} occurrences in {concordance.Documents:N0} documents; {concordance.Lines.Count:N0} shown, oldest first."));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Fails with the option's name and range (exit code 2) when a value is out of it.</summary>
    internal static void CheckRange(int value, int minimum, int maximum, string option)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{option} must be between {minimum:N0} and {maximum:N0} (it was {value})."));
        }
    }
}

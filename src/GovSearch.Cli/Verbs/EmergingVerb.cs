using System.CommandLine;
using System.Globalization;
using GovSearch.Analytics;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch emerging --year 2019</c>: the words and phrases whose use rose most in a year against the years before.</summary>
internal static class EmergingVerb
{
    public static Command Create(CliConsole console)
    {
        var year = new Option<int>("--year") { Description = "The year whose new wording to list.", Required = true };
        var since = new Option<int?>("--since") { Description = "Compare with the years from this one on (default: every earlier year)." };
        var limit = new Option<int>("--limit", "-n") { Description = $"How many terms to list (1-{EmergingTermsOptions.MaximumTermsAllowed}).", DefaultValueFactory = _ => 30 };
        var minimum = new Option<int>("--min-count") { Description = "The fewest uses in the year a term needs.", DefaultValueFactory = _ => 5 };
        var words = new Option<int>("--max-words") { Description = $"The longest phrases, in words (1-{EmergingTermsOptions.MaximumWordsAllowed}; 1 lists single words only).", DefaultValueFactory = _ => 3 };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var filters = new SearchFilterOptions();
        var command = new Command("emerging", "List the words and phrases whose use rose most in a year against the earlier years (log-likelihood), with their counts.")
        {
            year, since, limit, minimum, words, index, json,
        };
        filters.AddTo(command, query: false, dates: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(year);
            KwicVerb.CheckRange(target, 1, 9999, "--year");
            KwicVerb.CheckRange(parse.GetValue(limit), 1, EmergingTermsOptions.MaximumTermsAllowed, "--limit");
            KwicVerb.CheckRange(parse.GetValue(minimum), 1, 1_000_000, "--min-count");
            KwicVerb.CheckRange(parse.GetValue(words), 1, EmergingTermsOptions.MaximumWordsAllowed, "--max-words");
            if (parse.GetValue(since) is { } from)
            {
                KwicVerb.CheckRange(from, 1, target - 1, "--since");
            }

            var options = new EmergingTermsOptions
            {
                Year = target,
                MaximumTerms = parse.GetValue(limit),
                MinimumCount = parse.GetValue(minimum),
                MaximumWords = parse.GetValue(words),
                Filter = filters.Filter(parse) with { FromYear = parse.GetValue(since) },
            };
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var found = await opened.GetEmergingTermsAsync(options, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, found);
                return ExitCodes.Success;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{found.Year}: {found.Documents:N0} documents, {found.Characters:N0} characters; against {found.EarliestYear?.ToString(CultureInfo.InvariantCulture) ?? "no earlier year"}–{found.Year - 1}: {found.EarlierDocuments:N0} documents, {found.EarlierCharacters:N0} characters."));
            console.Out.WriteLine(found.Statistic);
            var grid = new Table().AddColumn("term").AddColumn("in year").AddColumn("before").AddColumn("per M").AddColumn("per M before").AddColumn("G²").AddColumn("docs");
            foreach (var term in found.Terms)
            {
                grid.AddRow(Markup.Escape(term.Text), N(term.Count), N(term.EarlierCount), F(term.PerMillionCharacters), F(term.EarlierPerMillionCharacters), F(term.LogLikelihood), N(term.Documents));
            }

            console.Ansi(console.Out, console.OutIsTerminal).Write(grid);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

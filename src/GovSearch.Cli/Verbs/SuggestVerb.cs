using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch suggest &lt;prefix&gt;</c>: completions of a prefix from titles, headings, formulations and terms.</summary>
internal static class SuggestVerb
{
    public static Command Create(CliConsole console)
    {
        var prefix = new Argument<string>("prefix") { Description = "What has been typed so far (Chinese, simplified or traditional, or English)." };
        var limit = new Option<int>("--limit", "-n") { Description = $"How many suggestions at most (1-{SuggestOptions.MaximumLimit}).", DefaultValueFactory = _ => 10 };
        limit.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > SuggestOptions.MaximumLimit)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--limit must be between 1 and {SuggestOptions.MaximumLimit} (it was {value})."));
            }
        });
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("suggest", "Complete a prefix from titles, passage headings, protected formulations and frequent terms.") { prefix, limit, index, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var typed = parse.GetValue(prefix)!;
            var suggestions = await opened.SuggestAsync(typed, new SuggestOptions { Limit = parse.GetValue(limit) }, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, new { Prefix = typed, Suggestions = suggestions });
                return ExitCodes.Success;
            }

            if (suggestions.Count == 0)
            {
                console.Error.WriteLine($"No suggestion starts with '{typed}'.");
                return ExitCodes.Success;
            }

            var ansi = console.Ansi(console.Out, console.OutIsTerminal);
            foreach (var suggestion in suggestions)
            {
                ansi.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Markup.Escape(suggestion.Text)}  [dim]{suggestion.Score:0.00} · {Describe(suggestion.Sources)} · {Plural.Of(suggestion.Documents, "document")}[/]"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The sources in words: "title, heading".</summary>
    private static string Describe(SuggestionSources sources) => string.Join(", ", new[]
    {
        (SuggestionSources.Title, "title"), (SuggestionSources.TitlePart, "title part"), (SuggestionSources.Heading, "heading"),
        (SuggestionSources.ProtectedTerm, "formulation"), (SuggestionSources.Phrase, "term"),
    }.Where(s => sources.HasFlag(s.Item1)).Select(s => s.Item2));
}

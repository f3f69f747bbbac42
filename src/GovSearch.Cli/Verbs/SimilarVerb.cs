using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch similar &lt;id&gt;</c>: the documents closest by topic.</summary>
internal static class SimilarVerb
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The document's id." };
        var limit = new Option<int>("--limit", "-n") { Description = "How many (1-1000).", DefaultValueFactory = _ => 10 };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("similar", "Find documents about the same topics as one document.") { id, limit, index, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            CommonOptions.RequireTopics(opened);
            var similar = await opened.SimilarAsync(parse.GetValue(id)!, parse.GetValue(limit), cancellationToken).ConfigureAwait(false)
                ?? throw UserMessages.NoDocument(parse.GetValue(id)!);
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, similar);
                return ExitCodes.Success;
            }

            var ansi = console.Ansi(console.Out, console.OutIsTerminal);
            foreach (var hit in similar)
            {
                var topics = string.Join(", ", hit.Topics.Select(t => $"{t.Label} {t.Weight.ToString("P0", CultureInfo.InvariantCulture)}"));
                ansi.MarkupLine($"[bold]{hit.Rank,3}. {Markup.Escape(hit.Title)}[/]  [dim]{Markup.Escape(hit.Id)} · cosine {hit.Score.ToString("F3", CultureInfo.InvariantCulture)} · {Markup.Escape(topics)}[/]");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

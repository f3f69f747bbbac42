using System.CommandLine;
using GovSearch.Citations;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch cites &lt;id&gt;</c>: the laws a document cites, with the citing passage and article.</summary>
internal static class CitesVerb
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The citing document's id." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("cites", "List what a document cites: each reference with its passage and article, and the version it resolves to.") { id, index, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var wanted = parse.GetValue(id)!;
            var citations = await opened.GetCitationsAsync(wanted, cancellationToken).ConfigureAwait(false)
                ?? throw UserMessages.NoDocument(wanted);
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, new { Id = wanted, Citations = citations });
                return ExitCodes.Success;
            }

            var ansi = console.Ansi(console.Out, console.OutIsTerminal);
            var resolved = citations.Count(c => c.ResolvedId is not null);
            ansi.MarkupLine(Markup.Escape($"{wanted} has {Plural.Of(citations.Count, "reference")} to {Plural.Of(citations.Select(c => c.Key).Distinct().Count(), "law")}; {resolved} resolved in the index."));
            foreach (var c in citations)
            {
                ansi.WriteLine();
                var target = c.ResolvedId is null ? "not in the index" : $"→ {c.ResolvedId} ({c.ResolvedDate?.ToString() ?? "undated"})";
                ansi.MarkupLine($"[bold]{Markup.Escape(Written(c))}[/]  [dim]{Markup.Escape(target)}[/]");
                if (c.CitingHeading.Length > 0)
                {
                    ansi.MarkupLine($"  [dim]in {Markup.Escape(c.CitingHeading)}[/]");
                }

                ansi.WriteLine("  " + c.Context);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The reference as a reader writes it: 《title》 and article for Chinese, the title and article for English.</summary>
    internal static string Written(Citation c)
    {
        var chinese = c.Title.Any(ch => ch >= '\u3400');
        var title = chinese ? $"《{c.Title}》" : c.Title;
        return c.Article.Length == 0 ? title : chinese ? title + c.Article : $"{title}, {c.Article}";
    }
}

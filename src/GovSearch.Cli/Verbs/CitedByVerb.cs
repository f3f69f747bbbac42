using System.CommandLine;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch cited-by &lt;id&gt;</c>: the documents that cite a document, with counts.</summary>
internal static class CitedByVerb
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The cited document's id." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit", "-n") { Description = "How many citing documents to list (1 or more).", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--limit must be 1 or more.");
            }
        });
        var command = new Command("cited-by", "List the documents that cite a document (their references resolving to this version), most references first.") { id, index, json, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var wanted = parse.GetValue(id)!;
            var citing = await opened.GetCitedByAsync(wanted, cancellationToken).ConfigureAwait(false)
                ?? throw UserMessages.NoDocument(wanted);
            var shown = citing.Take(parse.GetValue(limit)).ToList();
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, new
                {
                    Id = wanted,
                    CitingDocuments = citing.Count,
                    References = citing.Sum(c => c.Citations.Count),
                    CitedBy = shown.Select(c => new { c.Id, c.Title, c.Date, c.DocType, References = c.Citations.Count, Articles = c.Citations.Select(r => r.Article).Where(a => a.Length > 0).Distinct().ToList() }),
                });
                return ExitCodes.Success;
            }

            var ansi = console.Ansi(console.Out, console.OutIsTerminal);
            ansi.MarkupLine(Markup.Escape($"{wanted} is cited by {Plural.Of(citing.Count, "document")} ({Plural.Of(citing.Sum(c => c.Citations.Count), "reference")}); showing {shown.Count}."));
            foreach (var c in shown)
            {
                var articles = c.Citations.Select(r => r.Article).Where(a => a.Length > 0).Distinct().Take(5).ToList();
                var facts = string.Join(" · ", new[] { c.Date?.ToString(), c.DocType, c.Id }.Where(f => !string.IsNullOrEmpty(f)));
                ansi.MarkupLine($"{c.Citations.Count,4}  [bold]{Markup.Escape(c.Title)}[/]  [dim]{Markup.Escape(facts)}[/]");
                if (articles.Count > 0)
                {
                    ansi.MarkupLine($"      [dim]{Markup.Escape(string.Join("、", articles))}[/]");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

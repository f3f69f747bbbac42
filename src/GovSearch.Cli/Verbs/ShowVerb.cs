using System.CommandLine;
using GovSearch.Indexing;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch show &lt;id&gt;</c>: one document with its passages.</summary>
internal static class ShowVerb
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The document's id." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a document and its passages.") { id, index, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var wanted = parse.GetValue(id)!;
            var stored = await opened.GetAsync(wanted, cancellationToken).ConfigureAwait(false)
                ?? throw UserMessages.NoDocument(wanted);
            var versions = await opened.GetVersionsAsync(wanted, cancellationToken).ConfigureAwait(false) ?? [];
            var others = versions.Where(v => v.Id != wanted).ToList();
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, new
                {
                    stored.Document,
                    OtherVersions = others,
                    Passages = stored.Passages.Select(p => new { p.Number, p.Start, p.Length, p.Heading, Text = p.TextOf(stored.Document.Text) }),
                });
                return ExitCodes.Success;
            }

            Print(console, stored, others);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(CliConsole console, IndexedDocument stored, IReadOnlyList<GovSearch.LawVersion> others)
    {
        var ansi = console.Ansi(console.Out, console.OutIsTerminal);
        var document = stored.Document;
        ansi.MarkupLine($"[bold]{Markup.Escape(document.Title)}[/]");
        var facts = new[] { ("id", document.Id), ("date", document.Date?.ToString()), ("language", document.Language), ("type", document.DocType), ("source", document.Source) }
            .Concat(document.Metadata.Select(m => (m.Key, (string?)m.Value)));
        foreach (var (name, value) in facts.Where(f => !string.IsNullOrEmpty(f.Item2)))
        {
            ansi.MarkupLine($"[dim]{Markup.Escape(name),-10}[/]{Markup.Escape(value!)}");
        }

        foreach (var version in others)
        {
            var note = version.IsCurrent ? " (current)" : string.Empty;
            ansi.MarkupLine($"[dim]{"version",-10}[/]{Markup.Escape($"{version.Date?.ToString() ?? "undated"} {version.Id}{note}")}");
        }

        foreach (var passage in stored.Passages)
        {
            ansi.WriteLine();
            ansi.MarkupLine($"[dim]#{passage.Number} {Markup.Escape(passage.Heading)} [[{passage.Start}..{passage.End})[/]");
            ansi.WriteLine(passage.TextOf(document.Text));
        }
    }
}

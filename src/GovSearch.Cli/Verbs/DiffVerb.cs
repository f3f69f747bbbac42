using System.CommandLine;
using System.Text;
using GovSearch.Versions;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch diff &lt;old-id&gt; &lt;new-id&gt;</c>: what changed between two versions, article by article.</summary>
internal static class DiffVerb
{
    public static Command Create(CliConsole console)
    {
        var oldId = new Argument<string>("old-id") { Description = "The older version's id." };
        var newId = new Argument<string>("new-id") { Description = "The newer version's id." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("diff", "Show what changed between two versions of a law, article by article: added, removed, amended (changed words marked [-deleted-]{+inserted+}) and renumbered.")
        {
            oldId, newId, index, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var older = parse.GetValue(oldId)!;
            var newer = parse.GetValue(newId)!;
            var diff = await opened.DiffAsync(older, newer, null, cancellationToken).ConfigureAwait(false);
            if (diff is null)
            {
                var missing = await opened.GetAsync(older, cancellationToken).ConfigureAwait(false) is null ? older : newer;
                throw UserMessages.NoDocument(missing);
            }

            if (parse.GetValue(json))
            {
                Json.Write(console.Out, diff);
                return ExitCodes.Success;
            }

            var ansi = console.Ansi(console.Out, console.OutIsTerminal);
            var counts = diff.Changes.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
            ansi.MarkupLine(Markup.Escape(
                $"{older} ({diff.OldArticles} articles) → {newer} ({diff.NewArticles} articles): {counts.GetValueOrDefault(ArticleChangeKind.Amended)} amended, "
                + $"{counts.GetValueOrDefault(ArticleChangeKind.Added)} added, {counts.GetValueOrDefault(ArticleChangeKind.Removed)} removed, "
                + $"{counts.GetValueOrDefault(ArticleChangeKind.Renumbered)} renumbered, {diff.Unchanged} unchanged."));
            foreach (var change in diff.Changes)
            {
                ansi.WriteLine();
                var number = change.Kind switch
                {
                    ArticleChangeKind.Added => change.NewNumber,
                    ArticleChangeKind.Removed => change.OldNumber,
                    _ => change.OldNumber == change.NewNumber ? change.NewNumber : $"{change.OldNumber} → {change.NewNumber}",
                };
                ansi.MarkupLine($"[bold]{Markup.Escape(change.Kind.ToString().ToLowerInvariant())}[/] {Markup.Escape(number ?? string.Empty)}");
                var body = change.Kind switch
                {
                    ArticleChangeKind.Added => "{+" + change.NewText + "+}",
                    ArticleChangeKind.Removed => "[-" + change.OldText + "-]",
                    ArticleChangeKind.Amended => Marked(change.Segments),
                    _ => change.NewText ?? string.Empty,
                };
                ansi.WriteLine("  " + body.Replace("\n", "\n  ", StringComparison.Ordinal));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Amended words in the notation of git's word diff: [-deleted-] and {+inserted+}.</summary>
    internal static string Marked(IReadOnlyList<DiffSegment> segments)
    {
        var builder = new StringBuilder();
        foreach (var s in segments)
        {
            builder.Append(s.Kind switch
            {
                DiffSegmentKind.Inserted => "{+" + s.Text + "+}",
                DiffSegmentKind.Deleted => "[-" + s.Text + "-]",
                _ => s.Text,
            });
        }

        return builder.ToString();
    }
}

using System.CommandLine;
using System.Globalization;
using GovSearch.Indexing;
using GovSearch.Storage;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch check</c>: finds damaged segments; with <c>--repair</c>, drops them after saying what is lost.</summary>
internal static class CheckVerb
{
    /// <summary>How many lost ids are listed by name before the rest are counted.</summary>
    private const int IdsShown = 20;

    public static Command Create(CliConsole console)
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var repair = new Option<bool>("--repair") { Description = "Drop the damaged segments and their documents (after saying which), keeping every healthy one." };
        var yes = new Option<bool>("--yes", "-y") { Description = "With --repair: do not ask for confirmation (needed when standard input is not a terminal)." };
        var command = new Command("check", "Check the index for damaged files; exit 0 when healthy, 4 when damaged.") { index, json, repair, yes };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = CommonOptions.ExplicitIndex(parse.GetValue(index)) ?? await DefaultIndex.EnsureAsync(cancellationToken).ConfigureAwait(false);
            var asJson = parse.GetValue(json);
            var report = await GovSearchIndex.CheckAsync(path, cancellationToken).ConfigureAwait(false);
            if (!parse.GetValue(repair) || !report.CanRepair)
            {
                Report(console, report, asJson, repairing: parse.GetValue(repair));
                return report.IsHealthy ? ExitCodes.Success : ExitCodes.Index;
            }

            if (!asJson)
            {
                PrintReport(console, report);
                PrintLoss(console, report);
            }

            if (!parse.GetValue(yes))
            {
                if (console.In is null || !console.InIsTerminal)
                {
                    console.Error.WriteLine("govsearch: repair needs confirmation, and standard input is not a terminal; nothing was changed. Run again with --yes to drop the segments listed.");
                    return ExitCodes.Usage;
                }

                console.Error.Write("Drop these segments and their documents? [y/N] ");
                var answer = (await console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim();
                if (!string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) && !string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase))
                {
                    console.Error.WriteLine("govsearch: nothing was changed; the index is still damaged.");
                    return ExitCodes.Index;
                }
            }

            var result = await GovSearchIndex.RepairAsync(path, cancellationToken).ConfigureAwait(false);
            if (asJson)
            {
                Json.Write(console.Out, new { check = Shape(report), repair = result });
                return ExitCodes.Success;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Repaired: dropped {Segments(result.DroppedSegments.Count)} ({string.Join(", ", result.DroppedSegments.Select(s => s.Name))}) with {Plural.Of(result.DocumentsLost, "document")}. The index now holds {Plural.Of(result.DocumentsKept, "document")}."));
            if (result.TopicModelRemoved)
            {
                console.Out.WriteLine("The topic model was trained on documents that are gone and was removed; topics and hybrid search are refused until you retrain: govsearch index ... --topics N.");
            }

            console.Out.WriteLine("Re-index the lost documents from your sources to get them back (govsearch index updates by id).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Report(CliConsole console, IndexCheckReport report, bool asJson, bool repairing)
    {
        if (asJson)
        {
            Json.Write(console.Out, Shape(report));
            return;
        }

        PrintReport(console, report);
        if (report.IsHealthy)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"The index is healthy: {Segments(report.Segments.Count)}, {Plural.Of(report.Documents, "document")}.{(repairing ? " Nothing to repair." : string.Empty)}"));
        }
        else if (report.Problem is not null)
        {
            console.Out.WriteLine($"The index is damaged: {report.Problem}");
            console.Out.WriteLine("Dropping segments cannot repair this; rebuild the index from your documents (govsearch index ... --rebuild).");
        }
        else
        {
            PrintLoss(console, report);
            console.Out.WriteLine("Run 'govsearch check --repair' to drop the damaged segments and keep the rest, or rebuild the index.");
        }
    }

    private static void PrintReport(CliConsole console, IndexCheckReport report)
    {
        console.Out.WriteLine($"index     {report.Path}");
        if (report.Segments.Count == 0 && report.Problem is not null)
        {
            return;
        }

        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"segments  {report.Segments.Count} ({Plural.Of(report.Documents, "document")})"));
        foreach (var segment in report.Segments)
        {
            var state = segment.Problem is null ? "ok" : "DAMAGED: " + segment.Problem;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {segment.Name,-8} {segment.Documents,8:N0} {Plural.Noun(segment.Documents, "document")}  {state}"));
        }
    }

    private static void PrintLoss(CliConsole console, IndexCheckReport report)
    {
        var broken = report.Segments.Where(s => s.IsBroken).ToList();
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"The index is damaged: {Segments(broken.Count)} ({string.Join(", ", broken.Select(s => s.Name))}) with {Plural.Of(report.DocumentsLost, "document")} cannot be trusted. A repair drops them and keeps the other {Plural.Of(report.Documents - report.DocumentsLost, "document")}; the topic model, if any, must then be retrained."));
        foreach (var segment in broken)
        {
            if (segment.ReadableIds.Count == 0)
            {
                console.Out.WriteLine($"  {segment.Name}: the ids of its documents cannot be read.");
                continue;
            }

            var shown = string.Join(", ", segment.ReadableIds.Take(IdsShown));
            var more = segment.ReadableIds.Count > IdsShown ? $" and {segment.ReadableIds.Count - IdsShown} more" : string.Empty;
            var unread = segment.Documents - segment.ReadableIds.Count;
            var note = unread > 0 ? $" ({unread} more cannot be read)" : string.Empty;
            console.Out.WriteLine($"  {segment.Name} lost ids: {shown}{more}{note}");
        }
    }

    private static string Segments(int count) => Plural.Of(count, "segment");

    /// <summary>The --json schema of a check.</summary>
    private static object Shape(IndexCheckReport report) => new
    {
        report.Path,
        Healthy = report.IsHealthy,
        report.CanRepair,
        report.Problem,
        report.Documents,
        report.DocumentsLost,
        Segments = report.Segments.Select(s => new { s.Name, s.Documents, Damaged = s.IsBroken, s.Problem, LostIds = s.ReadableIds }),
    };
}

using System.CommandLine;
using System.Globalization;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch stats</c>: documents, passages, languages, size on disk.</summary>
internal static class StatsVerb
{
    public static Command Create(CliConsole console)
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Show what the index holds.") { index, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            var statistics = opened.GetStatistics();
            var topics = opened.TopicStatus;
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, new { statistics, topics });
                return ExitCodes.Success;
            }

            var topicState = topics.IsTrained
                ? string.Create(CultureInfo.InvariantCulture, $"{Plural.Of(topics.Options!.NumberOfTopics, "topic")}; {Plural.Of(topics.TrainedDocuments, "document")} trained, {topics.InferredDocuments:N0} inferred since ({topics.Staleness:P1} stale)")
                : topics.Problem ?? "none (train with: govsearch index ... --topics N)";

            var lines = new[]
            {
                ("index", statistics.Path ?? "(in memory)"),
                ("documents", statistics.Documents.ToString("N0", CultureInfo.InvariantCulture)),
                ("passages", statistics.Passages.ToString("N0", CultureInfo.InvariantCulture)),
                ("languages", string.Join(", ", statistics.Languages.Select(l => $"{l.Value} {l.Count}"))),
                ("types", string.Join(", ", statistics.DocTypes.Select(l => $"{l.Value} {l.Count}"))),
                ("size", (statistics.SizeOnDiskBytes / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " MB"),
                ("schema", statistics.SchemaVersion.ToString(CultureInfo.InvariantCulture)),
                ("topics", topicState),
                ("user dict", statistics.UserDictionaryHash is null
                    ? "none (add one with: govsearch index --rebuild --user-dict FILE ...)"
                    : string.Create(CultureInfo.InvariantCulture, $"{Plural.Of(statistics.UserDictionaryWords, "word")} (hash {statistics.UserDictionaryHash})")),
            };
            foreach (var (name, value) in lines)
            {
                console.Out.WriteLine($"{name,-10} {value}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace GovSearch.Cli.Verbs;

/// <summary><c>govsearch topics</c>: each topic's label, weight and top words.</summary>
internal static class TopicsVerb
{
    public static Command Create(CliConsole console)
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("topics", "List the topics of the index's topic model.") { index, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await CommonOptions.OpenForReadingAsync(parse.GetValue(index), cancellationToken).ConfigureAwait(false);
            CommonOptions.RequireTopics(opened);
            var topics = opened.GetTopics();
            if (parse.GetValue(json))
            {
                Json.Write(console.Out, new { status = opened.TopicStatus, topics });
                return ExitCodes.Success;
            }

            var status = opened.TopicStatus;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Plural.Of(topics.Count, "topic")} from {Plural.Of(status.TrainedDocuments, "document")}; {status.InferredDocuments:N0} added since ({status.Staleness:P1} stale)."));
            var table = new Table().AddColumns("topic", "weight", "label", "top words");
            foreach (var topic in topics)
            {
                table.AddRow(
                    topic.Id.ToString(CultureInfo.InvariantCulture),
                    topic.Weight.ToString("P1", CultureInfo.InvariantCulture),
                    Markup.Escape(topic.Label) + (topic.TranslatedLabel is { } translated ? "\n[dim](translated: " + Markup.Escape(translated) + ")[/]" : string.Empty),
                    Markup.Escape(string.Join(" ", topic.TopWords.Select(w => w.Word))));
            }

            console.Ansi(console.Out, console.OutIsTerminal).Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.Text.Json;
using GovSearch.CrossLingual;

namespace GovSearch.Topics;

/// <summary>
/// Reads the aligned texts of <see cref="TopicModelOptions.ParallelTextFiles"/>: a <c>.jsonl</c> file in the corpus
/// schema, whose <c>zh</c> and <c>en</c> records with the same <c>parallel_id</c> are a pair, or a <c>chinese TAB
/// english</c> text (<see cref="ParallelTextFile"/>).
/// </summary>
internal static class TopicParallelText
{
    /// <summary>The (Chinese, English) texts of a file's pairs, in the order of their first records; a JSONL record's
    /// title, when it has one, opens its text.</summary>
    /// <exception cref="TranslationFileException">The file is missing, unreadable, malformed or has no pair; the message
    /// names the file and line.</exception>
    public static IReadOnlyList<(string Chinese, string English)> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return ParallelTextFile.Load(path).Select(p => (p.Chinese, p.English)).ToList();
        }

        using var reader = UserFile.Open(path, "parallel text");
        var order = new List<string>();
        var sides = new Dictionary<string, (string? Chinese, string? English, int Line)>(StringComparer.Ordinal);
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (language, parallelId, text) = Record(path, number, line);
            if (language is not ("zh" or "en"))
            {
                continue;
            }

            if (!sides.TryGetValue(parallelId, out var pair))
            {
                order.Add(parallelId);
                pair = (null, null, number);
            }

            if ((language == "zh" ? pair.Chinese : pair.English) is not null)
            {
                throw new TranslationFileException(path, number, $"a second '{language}' record for parallel_id '{parallelId}' (the first pair of it starts on line {pair.Line}); each parallel_id pairs one 'zh' and one 'en' record.");
            }

            sides[parallelId] = language == "zh" ? pair with { Chinese = text } : pair with { English = text };
        }

        var pairs = order
            .Select(id => sides[id])
            .Where(p => p.Chinese is not null && p.English is not null)
            .Select(p => (p.Chinese!, p.English!))
            .ToList();
        return pairs.Count > 0 ? pairs : throw new TranslationFileException(path, 0, "the parallel text has no pairs: no 'zh' and 'en' records share a parallel_id.");
    }

    private static (string Language, string ParallelId, string Text) Record(string path, int number, string line)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new TranslationFileException(path, number, $"not a JSON object: {e.Message}", e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TranslationFileException(path, number, "expected a JSON object with lang, text and parallel_id.");
        }

        var language = Text(root, "lang", required: true)!;
        var parallelId = Text(root, "parallel_id", required: true)!;
        var text = Text(root, "text", required: true)!;
        var title = Text(root, "title", required: false);
        return (language, parallelId, string.IsNullOrWhiteSpace(title) ? text : title + "\n" + text);

        string? Text(JsonElement record, string name, bool required)
        {
            if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return required ? throw new TranslationFileException(path, number, $"the record has no '{name}'.") : null;
            }

            return value.ValueKind == JsonValueKind.String && (!required || value.GetString()!.Trim().Length > 0)
                ? value.GetString()
                : throw new TranslationFileException(path, number, $"'{name}' must be a non-empty string.");
        }
    }
}

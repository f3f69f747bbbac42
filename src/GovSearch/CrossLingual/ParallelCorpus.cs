using System.Globalization;
using System.Text.Json;

namespace GovSearch.CrossLingual;

/// <summary>
/// Reads the aligned text of a corpus folder: the work reports that exist in both languages in <c>docs.jsonl</c>
/// (<c>parallel_id</c> <c>gwr-YYYY</c>), and the article-aligned units of <c>parallel.jsonl</c> (the PRC
/// Constitution and the UDHR, one article per unit).
/// </summary>
/// <remarks>
/// The whole constitution and UDHR of <c>docs.jsonl</c> are skipped, since <c>parallel.jsonl</c> holds the same
/// texts already aligned by article; traditional-Chinese units are skipped too, as the analyzer would turn them into
/// the simplified units' terms and count them twice.
/// </remarks>
internal static class ParallelCorpus
{
    private const string ReportPrefix = "gwr-";

    /// <summary>The work reports of <c>docs.jsonl</c> found in both Chinese and English, by year.</summary>
    /// <exception cref="FileNotFoundException">The folder has no <c>docs.jsonl</c>.</exception>
    public static IReadOnlyList<ParallelDocument> ReadReports(string corpusFolder)
    {
        var sides = new Dictionary<string, (string? Zh, string? En)>(StringComparer.Ordinal);
        foreach (var (parallelId, lang, text) in Read(Path.Combine(corpusFolder, "docs.jsonl")))
        {
            if (!parallelId.StartsWith(ReportPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var current = sides.GetValueOrDefault(parallelId);
            sides[parallelId] = lang switch
            {
                "zh" => current with { Zh = text },
                "en" => current with { En = text },
                _ => current,
            };
        }

        return sides
            .Where(s => s.Value.Zh is not null && s.Value.En is not null)
            .Select(s => new ParallelDocument(s.Key, YearOf(s.Key), s.Value.Zh!, s.Value.En!))
            .OrderBy(d => d.ParallelId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The aligned units of <c>parallel.jsonl</c> that have both a Chinese and an English side.</summary>
    /// <exception cref="FileNotFoundException">The folder has no <c>parallel.jsonl</c>.</exception>
    public static IReadOnlyList<AlignedPair> ReadUnits(string corpusFolder)
    {
        var sides = new Dictionary<string, (string? Zh, string? En)>(StringComparer.Ordinal);
        foreach (var (parallelId, lang, text) in Read(Path.Combine(corpusFolder, "parallel.jsonl")))
        {
            var current = sides.GetValueOrDefault(parallelId);
            sides[parallelId] = lang switch
            {
                "zh" => current with { Zh = text },
                "en" => current with { En = text },
                _ => current,
            };
        }

        return sides
            .Where(s => s.Value.Zh is not null && s.Value.En is not null)
            .Select(s => new AlignedPair(s.Key, s.Value.Zh!, s.Value.En!))
            .OrderBy(p => p.Source, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The training pairs of a corpus: the sentence-aligned work reports, except those of <paramref name="holdOutYears"/>,
    /// then the units of <c>parallel.jsonl</c>, each aligned by line and sentence the same way (an article's clauses
    /// are lines on both sides).
    /// </summary>
    public static IReadOnlyList<AlignedPair> TrainingPairs(string corpusFolder, IReadOnlySet<int> holdOutYears)
    {
        ArgumentNullException.ThrowIfNull(holdOutYears);
        var pairs = new List<AlignedPair>();
        foreach (var report in ReadReports(corpusFolder))
        {
            if (report.Year is not { } year || !holdOutYears.Contains(year))
            {
                pairs.AddRange(ReportAligner.Align(report.ParallelId, report.Chinese, report.English));
            }
        }

        foreach (var unit in ReadUnits(corpusFolder))
        {
            pairs.AddRange(ReportAligner.Align(unit.Source, unit.Chinese, unit.English));
        }

        return pairs;
    }

    private static int? YearOf(string parallelId) =>
        int.TryParse(parallelId.AsSpan(ReportPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static IEnumerable<(string ParallelId, string Lang, string Text)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The corpus folder has no {Path.GetFileName(path)}; expected it at '{path}'.", path);
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.Contains("\"parallel_id\": null", StringComparison.Ordinal))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("parallel_id", out var id) && id.ValueKind == JsonValueKind.String
                && root.TryGetProperty("lang", out var lang) && root.TryGetProperty("text", out var text))
            {
                yield return (id.GetString()!, lang.GetString() ?? "", text.GetString() ?? "");
            }
        }
    }
}

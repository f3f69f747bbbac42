using System.Text.RegularExpressions;

namespace GovSearch.CrossLingual;

/// <summary>
/// A sanity check of a translation table on reports it was not trained on: each English section, translated term by
/// term into a weighted bag of Chinese terms, should rank its own Chinese section first.
/// </summary>
/// <remarks>
/// A section is a run of aligned paragraphs from one heading to the next: a top-level heading (一、) or a numbered
/// sub-heading (（一）), recognised on the Chinese side. Each English term e contributes t(f | e) to the query weight of
/// each of its Chinese translations f (a phrase target contributes to each of its terms). Chinese sections are ranked
/// by BM25 (k1 1.2, b 0.75) with those weights, idf from the candidate sections; ties go to the earlier section.
/// </remarks>
internal static partial class ParallelRetrievalCheck
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Runs the check over the given reports.</summary>
    public static RetrievalCheckResult Run(IReadOnlyList<ParallelDocument> reports, TranslationTable table, TranslationTokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var sections = new List<(int Report, IReadOnlyList<string> Zh, IReadOnlyList<string> En)>();
        for (var r = 0; r < reports.Count; r++)
        {
            foreach (var (zh, en) in Sections(reports[r]))
            {
                sections.Add((r, tokenizer.Tokenize(zh), tokenizer.Tokenize(en)));
            }
        }

        var within = 0;
        var among = 0;
        for (var s = 0; s < sections.Count; s++)
        {
            var query = Translate(sections[s].En, table);
            if (Best(query, sections, _ => true) == s)
            {
                among++;
            }

            var report = sections[s].Report;
            if (Best(query, sections, k => sections[k].Report == report) == s)
            {
                within++;
            }
        }

        return new RetrievalCheckResult(sections.Count, within, among);
    }

    /// <summary>The sections of a report: its aligned paragraphs grouped from one Chinese heading to the next.</summary>
    internal static IReadOnlyList<(string Chinese, string English)> Sections(ParallelDocument report)
    {
        var sections = new List<(List<string> Zh, List<string> En)>();
        foreach (var (zh, en) in ReportAligner.AlignParagraphs(report.Chinese, report.English))
        {
            if (sections.Count == 0 || Heading().IsMatch(zh))
            {
                sections.Add(([], []));
            }

            sections[^1].Zh.Add(zh);
            sections[^1].En.Add(en);
        }

        return sections.Select(s => (string.Join("\n", s.Zh), string.Join("\n", s.En))).ToList();
    }

    private static Dictionary<string, double> Translate(IReadOnlyList<string> english, TranslationTable table)
    {
        var query = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in english)
        {
            foreach (var translation in table.Translate(TranslationDirection.EnglishToChinese, term))
            {
                foreach (var target in translation.Terms)
                {
                    query[target] = query.GetValueOrDefault(target) + translation.Probability;
                }
            }
        }

        return query;
    }

    private static int Best(
        Dictionary<string, double> query, List<(int Report, IReadOnlyList<string> Zh, IReadOnlyList<string> En)> sections, Func<int, bool> candidate)
    {
        var candidates = Enumerable.Range(0, sections.Count).Where(candidate).ToList();
        var frequencies = candidates.Select(k => sections[k].Zh.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)).ToList();
        var averageLength = Math.Max(1, candidates.Average(k => (double)sections[k].Zh.Count));
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in frequencies.SelectMany(f => f.Keys))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var c = 0; c < candidates.Count; c++)
        {
            var length = sections[candidates[c]].Zh.Count;
            var score = 0.0;
            foreach (var (term, weight) in query)
            {
                if (!frequencies[c].TryGetValue(term, out var tf))
                {
                    continue;
                }

                var df = documentFrequency[term];
                var idf = Math.Log(1 + ((candidates.Count - df + 0.5) / (df + 0.5)));
                score += weight * idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * length / averageLength))));
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = candidates[c];
            }
        }

        return best;
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")]
    private static partial Regex Heading();
}

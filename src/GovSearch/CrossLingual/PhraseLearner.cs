namespace GovSearch.CrossLingual;

/// <summary>
/// Finds phrase pairs that the aligned text always translates the same way, such as institution names
/// (全国 人民 代表大会 ↔ nation peopl congress) and slogans (一带一路 ↔ belt road initi), which word-by-word
/// translation breaks apart.
/// </summary>
/// <remarks>
/// <para>Candidates are runs of 1 to 3 Chinese terms against runs of 1 to 4 English terms, at least one side of two
/// terms or more, each side found in at least <see cref="TranslationLearningOptions.MinimumPhraseCount"/> aligned
/// pairs. A candidate is kept when the two sides share at least
/// <see cref="TranslationLearningOptions.MinimumPhraseConsistency"/> of the pairs of each: wherever one occurs the
/// other almost always does too.</para>
/// <para>The word table must back the pair: at least half the terms of each side (rounded up) must be a word
/// translation of some term of the other side, in either direction. That drops runs that merely recur together in
/// the reports' set formulas (代表 国务院 大会 against committe chines peopl polit, from the opening line) though
/// the words do not translate each other.</para>
/// <para>A run is dropped when a longer run holding it occurs in as many pairs (全国 人民 inside 全国 人民 代表大会),
/// so only the whole name is kept. Each phrase keeps its one best partner (highest Dice coefficient, then the longer,
/// then ordinal order), with weight 1.</para>
/// </remarks>
internal static class PhraseLearner
{
    private const int MaximumChineseTerms = 3;
    private const int MaximumEnglishTerms = 4;

    /// <summary>The phrase entries of both directions: English to Chinese, then Chinese to English.</summary>
    public static (Dictionary<string, IReadOnlyList<TermTranslation>> EnglishToChinese, Dictionary<string, IReadOnlyList<TermTranslation>> ChineseToEnglish) Learn(
        IReadOnlyList<(IReadOnlyList<string> Zh, IReadOnlyList<string> En)> pairs, TranslationLearningOptions options, Func<string, string, bool> linked)
    {
        ArgumentNullException.ThrowIfNull(linked);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(options);
        var zhGrams = pairs.Select(p => Grams(p.Zh, MaximumChineseTerms)).ToList();
        var enGrams = pairs.Select(p => Grams(p.En, MaximumEnglishTerms)).ToList();
        var zhCounts = Count(zhGrams);
        var enCounts = Count(enGrams);
        var zhKept = Frequent(zhCounts, options.MinimumPhraseCount);
        var enKept = Frequent(enCounts, options.MinimumPhraseCount);

        var together = new Dictionary<(string Zh, string En), int>();
        for (var p = 0; p < pairs.Count; p++)
        {
            var zh = zhGrams[p].Where(zhKept.Contains).ToList();
            var en = enGrams[p].Where(enKept.Contains).ToList();
            foreach (var z in zh)
            {
                var zhSingle = !z.Contains(' ', StringComparison.Ordinal);
                foreach (var e in en)
                {
                    if (zhSingle && !e.Contains(' ', StringComparison.Ordinal))
                    {
                        continue;
                    }

                    together[(z, e)] = together.GetValueOrDefault((z, e)) + 1;
                }
            }
        }

        var consistent = together
            .Where(t => t.Value >= options.MinimumPhraseConsistency * zhCounts[t.Key.Zh] && t.Value >= options.MinimumPhraseConsistency * enCounts[t.Key.En])
            .Where(t => Backed(t.Key.Zh.Split(' '), t.Key.En.Split(' '), linked))
            .Select(t => (t.Key.Zh, t.Key.En, Dice: 2.0 * t.Value / (zhCounts[t.Key.Zh] + enCounts[t.Key.En])))
            .ToList();
        return (Best(consistent, c => c.En, c => c.Zh), Best(consistent, c => c.Zh, c => c.En));
    }

    private static Dictionary<string, IReadOnlyList<TermTranslation>> Best(
        List<(string Zh, string En, double Dice)> candidates, Func<(string Zh, string En, double Dice), string> source, Func<(string Zh, string En, double Dice), string> target) =>
        candidates
            .GroupBy(source, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<TermTranslation>)[new TermTranslation(
                    g.OrderByDescending(c => c.Dice).ThenByDescending(c => target(c).Length).ThenBy(target, StringComparer.Ordinal).Select(target).First(), 1)],
                StringComparer.Ordinal);

    /// <summary>Whether at least half the terms of each side translate a term of the other side.</summary>
    private static bool Backed(string[] zh, string[] en, Func<string, string, bool> linked)
    {
        var zhLinked = zh.Count(z => en.Any(e => linked(z, e)));
        var enLinked = en.Count(e => zh.Any(z => linked(z, e)));
        return 2 * zhLinked >= zh.Length && 2 * enLinked >= en.Length;
    }

    /// <summary>The distinct runs of 1 to <paramref name="maximum"/> terms of a side, each written with single spaces.</summary>
    private static HashSet<string> Grams(IReadOnlyList<string> terms, int maximum)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < terms.Count; start++)
        {
            for (var length = 1; length <= maximum && start + length <= terms.Count; length++)
            {
                grams.Add(string.Join(' ', terms.Skip(start).Take(length)));
            }
        }

        return grams;
    }

    private static Dictionary<string, int> Count(List<HashSet<string>> grams)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var gram in grams.SelectMany(g => g))
        {
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }

    /// <summary>The runs found often enough, less those that a run one term longer holds as often (not maximal).</summary>
    private static HashSet<string> Frequent(Dictionary<string, int> counts, int minimum)
    {
        var kept = counts.Where(c => c.Value >= minimum).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (gram, count) in counts)
        {
            if (count < minimum || !gram.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            // The two runs one term shorter are not maximal when they occur no more often than this one.
            var head = gram[..gram.LastIndexOf(' ')];
            var tail = gram[(gram.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            foreach (var part in new[] { head, tail })
            {
                if (part.Contains(' ', StringComparison.Ordinal) && counts[part] == count)
                {
                    kept.Remove(part);
                }
            }
        }

        return kept;
    }
}

namespace GovSearch.CrossLingual;

/// <summary>
/// Learns a <see cref="TranslationTable"/> from aligned pairs: IBM Model 1 in both directions, symmetrised by the
/// geometric mean of the two probabilities, pruned to the best few targets per source term, with weights renormalised
/// to sum to 1; then the phrase pairs of <see cref="PhraseLearner"/>. Source and target terms alike must occur in
/// <see cref="TranslationLearningOptions.MinimumSourceCount"/> pairs: a word seen once or twice gets a high backward
/// probability from any word of its sentence, and the geometric mean would let it through (职务 → malfeas).
/// </summary>
/// <remarks>
/// The geometric mean keeps a pair only when each word is a likely translation of the other, which drops the
/// frequent words that one direction's model spreads over every sentence (the "garbage collector" effect of Model 1).
/// A phrase source (several terms) gets its phrase target alone, with weight 1. A single-term source with both word
/// translations and a phrase target (一带一路 → belt road initi) gets the phrase at weight 0.5 and its word
/// translations at half their weights, so a query still matches text that words the name differently.
/// Deterministic: the same pairs and options give the same table.
/// </remarks>
internal static class TranslationLearner
{
    /// <summary>Learns a table from aligned pairs.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static TranslationTable Learn(IReadOnlyList<AlignedPair> pairs, TranslationTokenizer tokenizer, TranslationLearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var tokenized = pairs.Select(p => (Zh: tokenizer.Tokenize(p.Chinese), En: tokenizer.Tokenize(p.English))).ToList();
        return Learn(tokenized, options);
    }

    /// <summary>Learns a table from pairs already turned into terms.</summary>
    public static TranslationTable Learn(IReadOnlyList<(IReadOnlyList<string> Zh, IReadOnlyList<string> En)> pairs, TranslationLearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var englishToChinese = IbmModel1.Train(pairs.Select(p => (p.En, p.Zh)).ToList(), options.Iterations);
        var chineseToEnglish = IbmModel1.Train(pairs.Select(p => (p.Zh, p.En)).ToList(), options.Iterations);
        var zhCounts = PairCounts(pairs.Select(p => p.Zh));
        var enCounts = PairCounts(pairs.Select(p => p.En));
        var englishWords = Symmetrise(englishToChinese, chineseToEnglish, enCounts, zhCounts, options);
        var chineseWords = Symmetrise(chineseToEnglish, englishToChinese, zhCounts, enCounts, options);
        bool Linked(string zh, string en) =>
            (chineseWords.TryGetValue(zh, out var english) && english.Any(t => t.Target == en))
            || (englishWords.TryGetValue(en, out var chinese) && chinese.Any(t => t.Target == zh));
        var (englishPhrases, chinesePhrases) = PhraseLearner.Learn(pairs, options, Linked);
        return new TranslationTable(Merge(englishWords, englishPhrases), Merge(chineseWords, chinesePhrases));
    }

    private static Dictionary<string, IReadOnlyList<TermTranslation>> Merge(
        Dictionary<string, IReadOnlyList<TermTranslation>> words, Dictionary<string, IReadOnlyList<TermTranslation>> phrases)
    {
        foreach (var (source, phrase) in phrases)
        {
            words[source] = words.TryGetValue(source, out var translations)
                ? [.. phrase.Select(p => p with { Probability = 0.5 }), .. translations.Where(t => t.Target != phrase[0].Target).Select(t => t with { Probability = Math.Round(t.Probability / 2, 4) }).Where(t => t.Probability > 0)]
                : phrase;
        }

        return words;
    }

    private static Dictionary<string, IReadOnlyList<TermTranslation>> Symmetrise(
        IbmModel1 forward, IbmModel1 backward, Dictionary<string, int> sourceCounts, Dictionary<string, int> targetCounts, TranslationLearningOptions options)
    {
        var entries = new Dictionary<string, IReadOnlyList<TermTranslation>>(StringComparer.Ordinal);
        foreach (var source in forward.SourceWords)
        {
            if (source == IbmModel1.Null || sourceCounts.GetValueOrDefault(source) < options.MinimumSourceCount)
            {
                continue;
            }

            var kept = forward.Translations(source)
                .Where(t => targetCounts.GetValueOrDefault(t.Key) >= options.MinimumSourceCount)
                .Select(t => new TermTranslation(t.Key, Math.Sqrt(t.Value * backward.Probability(t.Key, source))))
                .Where(t => t.Probability >= options.MinimumScore)
                .OrderByDescending(t => t.Probability)
                .ThenBy(t => t.Target, StringComparer.Ordinal)
                .Take(options.MaximumTranslations)
                .ToList();
            if (kept.Count == 0)
            {
                continue;
            }

            var total = kept.Sum(t => t.Probability);
            entries.Add(source, kept.Select(t => t with { Probability = Math.Round(t.Probability / total, 4) }).Where(t => t.Probability > 0).ToList());
        }

        return entries;
    }

    /// <summary>In how many pairs each term occurs.</summary>
    private static Dictionary<string, int> PairCounts(IEnumerable<IReadOnlyList<string>> sides)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var side in sides)
        {
            foreach (var term in side.Distinct(StringComparer.Ordinal))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        return counts;
    }
}

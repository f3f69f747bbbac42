namespace GovSearch.CrossLingual;

/// <summary>
/// The translation knowledge one index searches with: the learned table (shipped, plus what a user's parallel text
/// teaches) and the glossary table (shipped, with a user's glossary entries replacing the shipped ones they share a
/// source with), merged per lookup by the glossary's weight.
/// </summary>
/// <remarks>
/// When both tables translate a source, the glossary targets share <c>glossaryWeight</c> and the learned targets the
/// rest (a target in both gets both shares); when only one does, its targets keep their weights. A glossary weight of
/// 0 leaves the glossary out. Safe for concurrent use once built.
/// </remarks>
internal sealed class Translator
{
    /// <summary>The longest source looked up, in terms, whatever the tables hold.</summary>
    public const int MaximumPhraseTerms = 12;

    private readonly TranslationTable _learned;
    private readonly TranslationTable _glossary;

    /// <summary>Creates a translator from its two tables and the glossary's Chinese terms to find in raw query text.</summary>
    public Translator(TranslationTable learned, TranslationTable glossary, GlossaryPhrases? phrases = null)
    {
        _learned = learned ?? throw new ArgumentNullException(nameof(learned));
        _glossary = glossary ?? throw new ArgumentNullException(nameof(glossary));
        Phrases = phrases ?? GlossaryPhrases.None;
        LongestSource = Math.Min(MaximumPhraseTerms, new[] { _learned, _glossary }
            .SelectMany(t => new[] { TranslationDirection.EnglishToChinese, TranslationDirection.ChineseToEnglish }.SelectMany(t.Sources))
            .Select(s => s.Count(c => c == ' ') + 1)
            .DefaultIfEmpty(1)
            .Max());
    }

    /// <summary>The most terms of any source phrase either table holds (at most <see cref="MaximumPhraseTerms"/>).</summary>
    public int LongestSource { get; }

    /// <summary>The glossary's Chinese terms, found in a query's raw text before segmentation.</summary>
    public GlossaryPhrases Phrases { get; }

    /// <summary>The glossary part, for tests and explanations.</summary>
    public TranslationTable Glossary => _glossary;

    /// <summary>The glossary entries the translator was built from: the shipped ones, then the user's files' in order
    /// (empty for a translator made from its tables).</summary>
    public IReadOnlyList<GlossaryEntry> GlossaryEntries { get; private init; } = [];

    /// <summary>The learned part, for tests and explanations.</summary>
    public TranslationTable Learned => _learned;

    /// <summary>
    /// Builds the translator of an index: the shipped tables, the user's parallel text learned and merged into the
    /// learned table, and the user's glossary entries compiled over the shipped glossary.
    /// </summary>
    /// <param name="analyze">The index's query analyzer: text to terms with positions.</param>
    /// <param name="analysis">The index's analysis settings, for learning from parallel text.</param>
    /// <param name="glossaryFiles">The user's glossary files, in order (a later file's source replaces an earlier one's).</param>
    /// <param name="parallelTextFiles">The user's parallel text files.</param>
    /// <exception cref="TranslationFileException">A user file is missing or malformed.</exception>
    public static Translator Build(
        Func<string, List<(string Term, int Position)>> analyze, AnalysisOptions analysis, IReadOnlyList<string> glossaryFiles, IReadOnlyList<string> parallelTextFiles)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(glossaryFiles);
        ArgumentNullException.ThrowIfNull(parallelTextFiles);
        var user = glossaryFiles.SelectMany(GlossaryFile.Load).ToList();
        var glossary = GlossaryTable.Compile(GlossaryFile.LoadShipped(), user, analyze);
        List<GlossaryEntry> entries = [.. GlossaryFile.LoadShipped(), .. user];
        var phrases = new GlossaryPhrases(GlossaryTable.ChineseKeys(entries, analyze));
        var learned = TranslationTable.LoadShipped();
        if (parallelTextFiles.Count > 0)
        {
            var pairs = parallelTextFiles.SelectMany(ParallelTextFile.Load).ToList();
            using var tokenizer = new TranslationTokenizer(analysis);
            learned = Mix(learned, TranslationLearner.Learn(pairs, tokenizer, new TranslationLearningOptions()));
        }

        return new Translator(learned, glossary, phrases) { GlossaryEntries = entries };
    }

    /// <summary>
    /// The translations of a source term or phrase, best first; empty when neither table has it.
    /// </summary>
    /// <param name="direction">The direction.</param>
    /// <param name="source">The source terms, separated by one space.</param>
    /// <param name="glossaryWeight">The glossary's share, 0 to 1, when both tables translate the source.</param>
    public IReadOnlyList<TermTranslation> Translate(TranslationDirection direction, string source, double glossaryWeight)
    {
        var learned = _learned.Translate(direction, source);
        var glossary = glossaryWeight > 0 ? _glossary.Translate(direction, source) : [];
        if (glossary.Count == 0)
        {
            return learned;
        }

        if (learned.Count == 0 || glossaryWeight >= 1)
        {
            return glossary;
        }

        return Combine(glossary, glossaryWeight, learned, 1 - glossaryWeight);
    }

    /// <summary>The learned table with a user's table mixed in: a source both hold gets half of each; others keep their own.</summary>
    internal static TranslationTable Mix(TranslationTable shipped, TranslationTable user)
    {
        var directions = new Dictionary<string, IReadOnlyList<TermTranslation>>[2];
        foreach (var direction in new[] { TranslationDirection.EnglishToChinese, TranslationDirection.ChineseToEnglish })
        {
            var entries = shipped.Sources(direction).ToDictionary(s => s, s => shipped.Translate(direction, s), StringComparer.Ordinal);
            foreach (var source in user.Sources(direction))
            {
                var learned = user.Translate(direction, source);
                entries[source] = entries.TryGetValue(source, out var existing) ? Combine(learned, 0.5, existing, 0.5) : learned;
            }

            directions[(int)direction] = entries;
        }

        return new TranslationTable(directions[0], directions[1]);
    }

    private static List<TermTranslation> Combine(IReadOnlyList<TermTranslation> first, double firstShare, IReadOnlyList<TermTranslation> second, double secondShare)
    {
        var combined = new List<TermTranslation>();
        foreach (var (targets, share) in new[] { (first, firstShare), (second, secondShare) })
        {
            foreach (var target in targets)
            {
                var index = combined.FindIndex(t => t.Target == target.Target);
                var weight = target.Probability * share;
                if (index < 0)
                {
                    combined.Add(target with { Probability = weight });
                }
                else
                {
                    combined[index] = combined[index] with { Probability = combined[index].Probability + weight };
                }
            }
        }

        return combined.Where(t => t.Probability > 0).OrderByDescending(t => t.Probability).ThenBy(t => t.Target, StringComparer.Ordinal).ToList();
    }
}

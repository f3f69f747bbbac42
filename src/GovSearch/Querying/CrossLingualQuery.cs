using GovSearch.CrossLingual;
using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>
/// The translated side of a cross-lingual search: each source term or phrase of the query's positive clauses becomes
/// one synonym group over its target terms, from the learned table and the glossary (<see cref="Translator"/>).
/// </summary>
/// <remarks>
/// <para>The group is a Lucene <see cref="BooleanQuery"/> of SHOULD clauses, one per target, each boosted by its
/// translation probability: a simple approximation of a probabilistic structured query (PSQ), which would instead
/// sum the targets' term frequencies and document frequencies into one pseudo-term before BM25. Single targets are
/// term queries, phrase targets exact phrases; both match in the title (boosted by <see cref="SearchOptions.TitleBoost"/>)
/// or the text, as the word clauses do.</para>
/// <para>The direction is chosen per analyzed term by script: a term with a Han character translates Chinese to
/// English, any other English to Chinese, so a mixed query such as <c>ESG 信息披露</c> translates each part its own
/// way. Within a run of words (<see cref="Runs"/>) the longest sequence of consecutive terms that a table holds as a
/// phrase wins over its single terms; before segmentation, the glossary's longer Chinese terms are found in the raw
/// text and translated whole (<see cref="GlossaryPhrases"/>). Terms the tables lack are dropped from the translated
/// side, except numbers, which translate as themselves. The groups are always OR-ed.</para>
/// </remarks>
internal static class CrossLingualQuery
{
    /// <summary>
    /// Builds the translated query of the positive clauses, or <see langword="null"/> when no term has a translation.
    /// </summary>
    /// <param name="parsed">The parsed query.</param>
    /// <param name="analyze">The query analyzer: text to terms with positions.</param>
    /// <param name="translator">The index's translation tables.</param>
    /// <param name="options">The options (title boost, glossary weight).</param>
    /// <param name="translations">Receives each translation used, in query order.</param>
    public static Query? Build(
        ParsedQuery parsed, Func<string, List<(string Term, int Position)>> analyze, Translator translator, SearchOptions options, List<QueryTranslation> translations)
    {
        var translated = new BooleanQuery(disableCoord: true);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in Runs(parsed, analyze, translator.Phrases))
        {
            for (var start = 0; start < run.Count;)
            {
                var (length, targets) = run[start].Whole
                    ? (1, translator.Translate(DirectionOf(run[start].Term), run[start].Term, options.GlossaryWeight))
                    : Longest(translator, options.GlossaryWeight, run, start);
                var source = string.Join(' ', run.Skip(start).Take(length).Select(t => t.Term));
                start += length;
                if (targets.Count == 0 && IsNumber(source))
                {
                    // Numbers (years, article numbers) are written the same way in both languages.
                    targets = [new TermTranslation(source, 1)];
                }

                if (targets.Count == 0 || !seen.Add(source))
                {
                    continue;
                }

                var group = new BooleanQuery(disableCoord: true);
                foreach (var target in targets)
                {
                    var query = InTitleOrText(target, options.TitleBoost);
                    query.Boost = (float)target.Probability;
                    group.Add(query, Occur.SHOULD);
                    translations.Add(new QueryTranslation(source, target.Target, target.Probability));
                }

                translated.Add(group, Occur.SHOULD);
            }
        }

        return translated.Clauses.Count == 0 ? null : translated;
    }

    /// <summary>
    /// The runs of terms phrases are looked up in: the terms of consecutive positive groups of one clause each (the
    /// words of <c>rule of law</c>, quoted or not, form one run), and each clause of an OR group on its own. An
    /// exclusion or an OR group ends a run. A glossary term found in a clause's raw text (<see cref="GlossaryPhrases"/>)
    /// comes as one whole item, its lookup key, instead of its analyzed terms.
    /// </summary>
    private static IEnumerable<List<(string Term, bool Whole)>> Runs(ParsedQuery parsed, Func<string, List<(string Term, int Position)>> analyze, GlossaryPhrases phrases)
    {
        var run = new List<(string Term, bool Whole)>();
        foreach (var group in parsed.Groups)
        {
            if (group.Count == 1 && !group[0].Negated)
            {
                run.AddRange(Terms(group[0]));
                continue;
            }

            if (run.Count > 0)
            {
                yield return run;
                run = [];
            }

            foreach (var clause in group.Where(c => !c.Negated))
            {
                yield return Terms(clause);
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }

        List<(string Term, bool Whole)> Terms(QueryClause clause) => phrases.Split(clause.Text)
            .SelectMany(piece => piece.Key is { } key
                ? [(key, true)]
                : analyze(piece.Text).DistinctBy(t => t.Position).Select(t => (t.Term, false)))
            .ToList();
    }

    /// <summary>
    /// Joins the query as written and its translation by the mode: Off keeps the original, Only the translation (and the
    /// original's exclusions), Auto either, each side calibrated by its own top score.
    /// </summary>
    /// <remarks>
    /// In Auto mode each side's best score among the documents the filters keep is found first, and the side is boosted
    /// by its inverse, so each side's best document would score 1. Raw BM25 scores of the two sides are not comparable
    /// (the original matches its words exactly, the translation through weighted synonyms, and the two languages'
    /// documents differ in length and term statistics), so without this the side in the query's own language would
    /// fill the first page. But a tie of the two best documents is unfair too: it interleaves weak other-language hits
    /// with strong own-language ones. So each side's best score is also divided by its <see cref="QueryBound"/> (the
    /// score of a document matching every clause): the side that its best document matches more completely keeps 1,
    /// and the other is scaled by the ratio (<see cref="Shares"/>): score = a · original / max original + w · b ·
    /// translated / max translated, with w = <see cref="SearchOptions.CrossLingualWeight"/> and one of a, b equal to 1.
    /// A Chinese question about Chinese law then keeps its Chinese hits first, and an English question about Chinese
    /// law, which the English documents match only by its common words, gets the Chinese hits first. The two sides are
    /// scored once each, and the blend replays their scores (<see cref="CalibratedQuery"/>) rather than scoring them again.
    /// </remarks>
    /// <param name="original">The query as written, without filters.</param>
    /// <param name="translated">The translated query, or <see langword="null"/> when nothing translated.</param>
    /// <param name="hasPositive">Whether the original has positive clauses (a filter-only query keeps matching all documents).</param>
    /// <param name="options">The options.</param>
    /// <param name="reader">The snapshot the query will run on, for the sides' top scores.</param>
    /// <param name="filter">The filters the query will run under, or <see langword="null"/>.</param>
    /// <param name="searcher">The searcher of that snapshot, whose cached term contexts the two sides reuse, or
    /// <see langword="null"/> for a new one.</param>
    public static Query Combine(BooleanQuery original, Query? translated, bool hasPositive, SearchOptions options, IndexReader reader, Query? filter, IndexSearcher? searcher = null)
    {
        if (options.CrossLingual == CrossLingualMode.Off || !hasPositive)
        {
            return original;
        }

        var exclusions = original.Clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => c.Query).ToList();
        var combined = new BooleanQuery(disableCoord: true);
        if (options.CrossLingual == CrossLingualMode.Only)
        {
            if (translated is not null)
            {
                combined.Add(translated, Occur.SHOULD);
            }
        }
        else if (translated is null)
        {
            return original;
        }
        else
        {
            // Both sides are scored once; the calibrated blend replays their scores (CalibratedQuery).
            searcher ??= Indexing.BM25SearcherFactory.Create(reader);
            var sides = CalibratedQuery.Score(searcher, original, translated, exclusions, filter);
            var originalTop = sides.OriginalTop;
            var translatedTop = sides.TranslatedTop;
            var (originalShare, translatedShare) = Shares(
                originalTop, QueryBound.Of(original, searcher), translatedTop, TranslatedBound(translated, searcher));
            sides.Calibrate(
                (float)((originalTop > 0 ? 1 / originalTop : 1) * originalShare),
                (float)((translatedTop > 0 ? options.CrossLingualWeight / translatedTop : options.CrossLingualWeight) * translatedShare));
            return sides;
        }

        if (combined.Clauses.Count == 0)
        {
            // Only, and nothing translated: nothing matches.
            return combined;
        }

        foreach (var exclusion in exclusions)
        {
            combined.Add(exclusion, Occur.MUST_NOT);
        }

        return combined;
    }

    /// <summary>
    /// What each side's best document scores after calibration: the side whose best document matches it more
    /// completely (its best score over its <see cref="QueryBound"/>) keeps 1, the other gets the ratio of the two.
    /// </summary>
    internal static (double Original, double Translated) Shares(double originalTop, double originalBound, double translatedTop, double translatedBound)
    {
        var original = originalBound > 0 ? originalTop / originalBound : 0;
        var translated = translatedBound > 0 ? translatedTop / translatedBound : 0;
        if (original <= 0 || translated <= 0)
        {
            return (1, 1);
        }

        return (Math.Min(1, original / translated), Math.Min(1, translated / original));
    }

    /// <summary>The bound of the translated side (<see cref="QueryBound"/>): each synonym group counts its best target alone.</summary>
    private static double TranslatedBound(Query translated, IndexSearcher searcher) =>
        translated is BooleanQuery groups
            ? groups.Boost * groups.Clauses.Where(c => c.Occur != Occur.MUST_NOT).Sum(c => c.Query is BooleanQuery group
                ? group.Boost * group.Clauses.Select(t => QueryBound.Of(t.Query, searcher)).DefaultIfEmpty(0).Max()
                : QueryBound.Of(c.Query, searcher))
            : QueryBound.Of(translated, searcher);

    /// <summary>
    /// The longest run of terms from <paramref name="start"/> the tables translate (1 when none does), with its targets;
    /// a run stops before a whole glossary item.
    /// </summary>
    private static (int Length, IReadOnlyList<TermTranslation> Targets) Longest(Translator translator, double glossaryWeight, List<(string Term, bool Whole)> terms, int start)
    {
        var available = terms.Skip(start).TakeWhile(t => !t.Whole).Count();
        for (var length = Math.Min(translator.LongestSource, available); length >= 1; length--)
        {
            var source = string.Join(' ', terms.Skip(start).Take(length).Select(t => t.Term));
            var targets = translator.Translate(DirectionOf(source), source, glossaryWeight);
            if (targets.Count > 0)
            {
                return (length, targets);
            }
        }

        return (1, []);
    }

    private static bool IsNumber(string source) => source.Length > 0 && source.All(char.IsAsciiDigit);

    private static TranslationDirection DirectionOf(string source) =>
        source.Any(Analysis.CharClass.IsHan) ? TranslationDirection.ChineseToEnglish : TranslationDirection.EnglishToChinese;

    private static Query InTitleOrText(TermTranslation target, float titleBoost)
    {
        var terms = target.Terms;
        var text = Make(FieldNames.Text);
        if (titleBoost <= 0)
        {
            return text;
        }

        var title = Make(FieldNames.Title);
        title.Boost = titleBoost;
        return new BooleanQuery(disableCoord: true) { { title, Occur.SHOULD }, { text, Occur.SHOULD } };

        Query Make(string field)
        {
            if (terms.Count == 1)
            {
                return new TermQuery(new Term(field, terms[0]));
            }

            var phrase = new PhraseQuery();
            for (var i = 0; i < terms.Count; i++)
            {
                phrase.Add(new Term(field, terms[i]), target.Positions?[i] ?? i);
            }

            return phrase;
        }
    }
}

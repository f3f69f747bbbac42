using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSearch.Querying;

/// <summary>
/// The two sides of a cross-lingual Auto search scored once: every document either side matches (under the
/// exclusions and filters), with its score on each side, gathered in one pass per side; then each side's best score
/// sets its calibration (<see cref="CrossLingualQuery"/>) and the query replays the documents with their blended scores,
/// a · original + b · translated, without scoring either side again.
/// </summary>
/// <remarks>
/// <para>Before, Auto ran each side alone for its best score and then the calibrated disjunction of both over the whole
/// index: every matching document was scored twice. The blend is the same sum that disjunction computed (a Boolean
/// query of two SHOULD clauses without coord adds its clauses' boosted scores), so the ranking is the same; only the
/// last bits of a score may differ, as Lucene applies a boost inside each term's weight rather than to the side's sum.</para>
/// <para>The query belongs to the snapshot it was built on: a searcher of another reader gets an error. It matches the
/// documents it holds, in doc id order, and honours the accepted documents it is given (a filter wrapped around it).</para>
/// </remarks>
internal sealed class CalibratedQuery : Query
{
    private readonly IndexReader _reader;
    private readonly Side _original;
    private readonly Side _translated;
    private readonly (int[] Docs, float[] Original, float[] Translated)[] _leaves;

    private CalibratedQuery(IndexReader reader, Side original, Side translated, (int[] Docs, float[] Original, float[] Translated)[] leaves)
    {
        _reader = reader;
        _original = original;
        _translated = translated;
        _leaves = leaves;
    }

    /// <summary>The best score of the original side among the documents the exclusions and filters keep; 0 when none matches.</summary>
    public float OriginalTop => _original.Top;

    /// <summary>The best score of the translated side among the documents the exclusions and filters keep; 0 when none matches.</summary>
    public float TranslatedTop => _translated.Top;

    /// <summary>The factor of the original side's scores in the blend; 1 until <see cref="Calibrate"/>.</summary>
    public float OriginalBoost { get; private set; } = 1;

    /// <summary>The factor of the translated side's scores in the blend; 1 until <see cref="Calibrate"/>.</summary>
    public float TranslatedBoost { get; private set; } = 1;

    /// <summary>
    /// Scores both sides over the snapshot of <paramref name="searcher"/>, each as a required clause with the
    /// exclusions, under the filter.
    /// </summary>
    public static CalibratedQuery Score(IndexSearcher searcher, Query original, Query translated, IReadOnlyList<Query> exclusions, Query? filter)
    {
        var originalSide = Side.Of(searcher, original, exclusions, filter);
        var translatedSide = Side.Of(searcher, translated, exclusions, filter);
        var leaves = searcher.IndexReader.Leaves;
        var merged = new (int[], float[], float[])[leaves.Count];
        var originalTop = 0f;
        var translatedTop = 0f;
        for (var l = 0; l < leaves.Count; l++)
        {
            var (a, aScores) = originalSide.Collect(leaves[l]);
            var (b, bScores) = translatedSide.Collect(leaves[l]);
            var docs = new List<int>(a.Count + b.Count);
            var first = new List<float>(a.Count + b.Count);
            var second = new List<float>(a.Count + b.Count);
            int i = 0, j = 0;
            while (i < a.Count || j < b.Count)
            {
                var doc = Math.Min(i < a.Count ? a[i] : int.MaxValue, j < b.Count ? b[j] : int.MaxValue);
                var x = i < a.Count && a[i] == doc ? aScores[i++] : 0f;
                var y = j < b.Count && b[j] == doc ? bScores[j++] : 0f;
                docs.Add(doc);
                first.Add(x);
                second.Add(y);
                originalTop = Math.Max(originalTop, x);
                translatedTop = Math.Max(translatedTop, y);
            }

            merged[l] = ([.. docs], [.. first], [.. second]);
        }

        originalSide.Top = originalTop;
        translatedSide.Top = translatedTop;
        return new CalibratedQuery(searcher.IndexReader, originalSide, translatedSide, merged);
    }

    /// <summary>Sets the factors of the two sides' scores in the blend.</summary>
    public void Calibrate(float originalBoost, float translatedBoost)
    {
        OriginalBoost = originalBoost;
        TranslatedBoost = translatedBoost;
    }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher)
    {
        if (!ReferenceEquals(searcher.IndexReader, _reader))
        {
            throw new InvalidOperationException("A calibrated cross-lingual query runs only on the snapshot it was scored on.");
        }

        return new CalibratedWeight(this);
    }

    /// <inheritdoc />
    public override string ToString(string field) => string.Create(CultureInfo.InvariantCulture,
        $"calibrated({OriginalBoost} × ({_original.Query.ToString(field)}) + {TranslatedBoost} × ({_translated.Query.ToString(field)}))")
        + ToStringUtils.Boost(Boost);

    /// <inheritdoc />
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>One side: its query with the exclusions and filter, its normalized weight, and its best score.</summary>
    private sealed class Side(Query query, Weight weight)
    {
        public Query Query { get; } = query;

        public Weight Weight { get; } = weight;

        public float Top { get; set; }

        public static Side Of(IndexSearcher searcher, Query side, IReadOnlyList<Query> exclusions, Query? filter)
        {
            var probe = new BooleanQuery(disableCoord: true) { { side, Occur.MUST } };
            foreach (var exclusion in exclusions)
            {
                probe.Add(exclusion, Occur.MUST_NOT);
            }

            var query = TermContexts.Attach(filter is null ? probe : new FilteredQuery(probe, new QueryWrapperFilter(filter)), searcher);
            return new Side(side, searcher.CreateNormalizedWeight(query));
        }

        /// <summary>The side's live matching documents of one segment, in order, with their scores.</summary>
        public (List<int> Docs, List<float> Scores) Collect(AtomicReaderContext leaf)
        {
            var docs = new List<int>();
            var scores = new List<float>();
            var scorer = Weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                return (docs, scores);
            }

            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                docs.Add(doc);
                scores.Add(scorer.GetScore());
            }

            return (docs, scores);
        }
    }

    private sealed class CalibratedWeight(CalibratedQuery query) : Weight
    {
        private float _boost = 1;

        public override Query Query => query;

        public override float GetValueForNormalization() => query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => _boost = query.Boost * topLevelBoost;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var (docs, original, translated) = query._leaves[context.Ord];
            return docs.Length == 0 ? null : new ReplayScorer(this, docs, original, translated, query.OriginalBoost, query.TranslatedBoost, _boost, acceptDocs);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var (docs, original, translated) = query._leaves[context.Ord];
            var at = Array.BinarySearch(docs, doc);
            if (at < 0 || (context.AtomicReader.LiveDocs is { } live && !live.Get(doc)))
            {
                return new Explanation(0, "no matching side (cross-lingual Auto)");
            }

            var score = Blend(original[at], translated[at], query.OriginalBoost, query.TranslatedBoost, _boost);
            var result = new ComplexExplanation(true, score, "cross-lingual Auto: the sum of each side's score times its calibration");
            Add(result, "original", original[at], query.OriginalBoost, query._original, context, doc);
            Add(result, "translated", translated[at], query.TranslatedBoost, query._translated, context, doc);
            return result;
        }

        private static void Add(ComplexExplanation result, string name, float score, float factor, Side side, AtomicReaderContext context, int doc)
        {
            if (score <= 0)
            {
                return;
            }

            var part = new Explanation(score * factor, string.Create(CultureInfo.InvariantCulture, $"{name} side, calibrated: its score times {factor}"));
            part.AddDetail(side.Weight.Explain(context, doc));
            result.AddDetail(part);
        }
    }

    /// <summary>The blended score: the same sum the calibrated disjunction of the two sides adds up.</summary>
    private static float Blend(float original, float translated, float originalBoost, float translatedBoost, float boost) =>
        ((original * originalBoost) + (translated * translatedBoost)) * boost;

    private sealed class ReplayScorer(
        Weight weight, int[] docs, float[] original, float[] translated, float originalBoost, float translatedBoost, float boost, IBits? acceptDocs)
        : Scorer(weight)
    {
        private int _at = -1;

        public override int DocID => _at < 0 ? -1 : _at < docs.Length ? docs[_at] : NO_MORE_DOCS;

        public override int Freq => 1;

        public override float GetScore() => Blend(original[_at], translated[_at], originalBoost, translatedBoost, boost);

        public override int NextDoc()
        {
            while (++_at < docs.Length)
            {
                if (acceptDocs is null || acceptDocs.Get(docs[_at]))
                {
                    return docs[_at];
                }
            }

            return NO_MORE_DOCS;
        }

        public override int Advance(int target)
        {
            var from = Math.Max(_at + 1, 0);
            if (from >= docs.Length)
            {
                _at = docs.Length;
                return NO_MORE_DOCS;
            }

            var found = Array.BinarySearch(docs, from, docs.Length - from, target);
            _at = (found >= 0 ? found : ~found) - 1;
            return NextDoc();
        }

        public override long GetCost() => docs.Length;
    }
}

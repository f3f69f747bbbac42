using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace GovSearch.Querying.Proximity;

/// <summary>
/// The weight of a <see cref="SnapshotSloppyPhraseQuery"/>: the same statistics as Lucene's phrase weight (the
/// similarity's weight over the terms' statistics and the field's), from the contexts the query carries.
/// </summary>
internal sealed class SloppyPhraseWeight : Weight
{
    private readonly SnapshotSloppyPhraseQuery _query;
    private readonly Similarity _similarity;
    private readonly Similarity.SimWeight _stats;
    private readonly TermContext[] _contexts;

    public SloppyPhraseWeight(SnapshotSloppyPhraseQuery query, IndexSearcher searcher)
    {
        _query = query;
        _similarity = searcher.Similarity;
        var top = searcher.TopReaderContext;
        _contexts = new TermContext[query.Terms.Length];
        var statistics = new TermStatistics[query.Terms.Length];
        for (var i = 0; i < query.Terms.Length; i++)
        {
            // A context of another snapshot would point at other segments' term states.
            var context = query.Contexts[i];
            _contexts[i] = ReferenceEquals(context.TopReaderContext, top) ? context : TermContext.Build(top, query.Terms[i]);
            statistics[i] = searcher.TermStatistics(query.Terms[i], _contexts[i]);
        }

        _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Field), statistics);
    }

    /// <inheritdoc />
    public override Query Query => _query;

    /// <inheritdoc />
    public override float GetValueForNormalization() => _stats.GetValueForNormalization();

    /// <inheritdoc />
    public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

    /// <inheritdoc />
    public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
    {
        var terms = context.AtomicReader.GetTerms(_query.Field);
        if (terms is null)
        {
            return null;
        }

        var enumerator = terms.GetEnumerator();
        var postings = new DocsAndPositionsEnum[_query.Terms.Length];
        for (var i = 0; i < postings.Length; i++)
        {
            var state = _contexts[i].Get(context.Ord);
            if (state is null)
            {
                return null;
            }

            enumerator.SeekExact(_query.Terms[i].Bytes, state);
            postings[i] = enumerator.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"The field '{_query.Field}' holds no positions; a phrase cannot be matched in it.");
        }

        return new SloppyWindowScorer(this, postings, _query.Positions, _query.Slop, _similarity.GetSimScorer(_stats, context));
    }

    /// <inheritdoc />
    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        if (GetScorer(context, context.AtomicReader.LiveDocs) is SloppyWindowScorer scorer && scorer.Advance(doc) == doc)
        {
            var freq = scorer.SloppyFreq;
            var explanation = _similarity.GetSimScorer(_stats, context).Explain(doc, new Explanation(freq, "phraseFreq=" + freq));
            var result = new ComplexExplanation
            {
                Description = $"weight({_query} in {doc}) [{_similarity.GetType().Name}], result of:",
                Value = explanation.Value,
                Match = true,
            };
            result.AddDetail(explanation);
            return result;
        }

        return new ComplexExplanation(false, 0f, "no matching term");
    }
}

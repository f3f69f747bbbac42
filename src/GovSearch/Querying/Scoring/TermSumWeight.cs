using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSearch.Querying.Scoring;

/// <summary>
/// The weight of a <see cref="TermSumQuery"/>: its terms' weights, normalized with the product of the boosts above them as
/// Lucene's Boolean weights normalize them, and its levels as nodes for <see cref="TermSumScorer"/>.
/// </summary>
/// <remarks>A level of one clause is that clause with the level's boost times its own, as <see cref="BooleanQuery.Rewrite"/>
/// makes it.</remarks>
internal sealed class TermSumWeight : Weight
{
    private readonly TermSumQuery _query;
    private readonly List<Weight> _leaves = [];

    /// <summary>Each level's clauses: a leaf index (0 or more), or the bitwise complement of a node index.</summary>
    private readonly List<int[]> _nodes = [];

    /// <summary>Each level's boost and the weights of its clauses, for normalization.</summary>
    private readonly List<(float Boost, int[] Clauses)> _levels = [];

    public TermSumWeight(TermSumQuery query, IndexSearcher searcher)
    {
        _query = query;
        var root = Add(query.Boolean, query.Boost, searcher);
        if (root >= 0)
        {
            // One clause in all: a level over that one term.
            _nodes.Add([root]);
            _levels.Add((1, [root]));
            Root = _nodes.Count - 1;
        }
        else
        {
            Root = ~root;
        }
    }

    /// <summary>The node of the whole query.</summary>
    public int Root { get; }

    public override Query Query => _query;

    public override float GetValueForNormalization() => Value(~Root);

    public override void Normalize(float queryNorm, float topLevelBoost) => Normalize(~Root, queryNorm, topLevelBoost);

    public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
    {
        var scorers = new Scorer?[_leaves.Count];
        var any = false;
        for (var i = 0; i < scorers.Length; i++)
        {
            scorers[i] = _leaves[i].GetScorer(context, acceptDocs);
            any |= scorers[i] is not null;
        }

        return any ? new TermSumScorer(this, scorers, _nodes, Root) : null;
    }

    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
        if (scorer is null || scorer.Advance(doc) != doc)
        {
            return new ComplexExplanation(false, 0, "no matching term");
        }

        var result = new ComplexExplanation(true, scorer.GetScore(), "sum of:");
        for (var i = 0; i < _leaves.Count; i++)
        {
            if (_leaves[i].Explain(context, doc) is { IsMatch: true } leaf)
            {
                result.AddDetail(leaf);
            }
        }

        return result;
    }

    /// <summary>Adds a clause with the boost it carries; returns its leaf index, or the complement of its node index.</summary>
    private int Add(Query query, float boost, IndexSearcher searcher)
    {
        switch (query)
        {
            case TermSumQuery sum:
                return Add(sum.Boolean, boost, searcher);
            case BooleanQuery { Clauses.Count: 1 } single:
            {
                // BooleanQuery.Rewrite: the one clause, its boost multiplied by the level's.
                var clause = single.Clauses[0].Query;
                var copy = (Query)clause.Clone();
                copy.Boost = boost == 1 ? clause.Boost : boost * clause.Boost;
                return Add(copy, copy.Boost, searcher);
            }

            case BooleanQuery boolean:
            {
                var clauses = boolean.Clauses.Select(c => Add(c.Query, c.Query.Boost, searcher)).ToArray();
                _nodes.Add(clauses);
                _levels.Add((boost, clauses));
                return ~(_nodes.Count - 1);
            }

            case TermQuery term:
            {
                var copy = term.Boost == boost ? term : (TermQuery)term.Clone();
                copy.Boost = boost;
                _leaves.Add(copy.CreateWeight(searcher));
                return _leaves.Count - 1;
            }

            default:
                throw new InvalidOperationException($"A term sum holds only term and Boolean queries, not {query.GetType().Name}.");
        }
    }

    private float Value(int complement)
    {
        var (boost, clauses) = _levels[~complement];
        var sum = 0f;
        foreach (var clause in clauses)
        {
            sum += clause >= 0 ? _leaves[clause].GetValueForNormalization() : Value(clause);
        }

        return sum * (boost * boost);
    }

    private void Normalize(int complement, float queryNorm, float topLevelBoost)
    {
        var (boost, clauses) = _levels[~complement];
        topLevelBoost *= boost;
        foreach (var clause in clauses)
        {
            if (clause >= 0)
            {
                _leaves[clause].Normalize(queryNorm, topLevelBoost);
            }
            else
            {
                Normalize(clause, queryNorm, topLevelBoost);
            }
        }
    }
}

using Lucene.Net.Search;

namespace GovSearch.Querying.Scoring;

/// <summary>
/// Scores a <see cref="TermSumQuery"/> in one segment: the documents where one of its terms matches, in order; a
/// document's score is each level's matching clauses added in double precision and rounded to float, as Lucene's
/// disjunction scorer adds them (an exact sum, whatever the order, for the scores of a few terms).
/// </summary>
internal sealed class TermSumScorer : Scorer
{
    private readonly Scorer?[] _leaves;
    private readonly int[] _docs;
    private readonly List<int[]> _nodes;
    private readonly int _root;
    private readonly long _cost;
    private int _doc = -1;

    /// <param name="weight">The query's weight.</param>
    /// <param name="leaves">The terms' scorers in this segment; <see langword="null"/> for a term the segment lacks.</param>
    /// <param name="nodes">Each level's clauses: a leaf index, or the complement of a node index.</param>
    /// <param name="root">The node of the whole query.</param>
    public TermSumScorer(Weight weight, Scorer?[] leaves, List<int[]> nodes, int root)
        : base(weight)
    {
        _leaves = leaves;
        _nodes = nodes;
        _root = root;
        _docs = new int[leaves.Length];
        for (var i = 0; i < leaves.Length; i++)
        {
            _docs[i] = leaves[i] is null ? NO_MORE_DOCS : -1;
            _cost += leaves[i]?.GetCost() ?? 0;
        }
    }

    public override int DocID => _doc;

    /// <summary>How many of the terms match the current document.</summary>
    public override int Freq
    {
        get
        {
            var count = 0;
            foreach (var doc in _docs)
            {
                count += doc == _doc ? 1 : 0;
            }

            return count;
        }
    }

    public override long GetCost() => _cost;

    public override int NextDoc()
    {
        var current = _doc;
        var next = NO_MORE_DOCS;
        for (var i = 0; i < _leaves.Length; i++)
        {
            if (_docs[i] <= current)
            {
                _docs[i] = _leaves[i]!.NextDoc();
            }

            next = Math.Min(next, _docs[i]);
        }

        return _doc = next;
    }

    public override int Advance(int target)
    {
        var next = NO_MORE_DOCS;
        for (var i = 0; i < _leaves.Length; i++)
        {
            if (_docs[i] < target)
            {
                _docs[i] = _leaves[i]!.Advance(target);
            }

            next = Math.Min(next, _docs[i]);
        }

        return _doc = next;
    }

    public override float GetScore() => Score(_root, out _);

    /// <summary>The node's score at the current document, and whether one of its clauses matches there.</summary>
    private float Score(int node, out bool matches)
    {
        var sum = 0.0;
        matches = false;
        foreach (var clause in _nodes[node])
        {
            if (clause >= 0)
            {
                if (_docs[clause] == _doc)
                {
                    sum += _leaves[clause]!.GetScore();
                    matches = true;
                }
            }
            else
            {
                var score = Score(~clause, out var inner);
                if (inner)
                {
                    sum += score;
                    matches = true;
                }
            }
        }

        return (float)sum;
    }
}

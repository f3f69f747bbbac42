using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace GovSearch.Querying.Proximity;

/// <summary>
/// Scores a sloppy phrase of distinct terms at distinct positions in one segment: the documents that hold every term,
/// and in each the same walk over match windows as Lucene's <c>SloppyPhraseScorer</c> without repeats (always advance
/// the term standing first, each window counted with the similarity's slop factor when it is at most the slop long),
/// so the same sloppy frequency to the last bit. Lucene keeps the terms in a priority queue of objects; with the few
/// terms of a query, scans over flat arrays find the first and second positions faster, and the documents are matched
/// by the rarest term first.
/// </summary>
internal sealed class SloppyWindowScorer : Scorer
{
    private readonly DocsAndPositionsEnum[] _postings;
    private readonly int[] _offsets;
    private readonly int[] _positions;
    private readonly int[] _counts;
    private readonly int _slop;
    private readonly Similarity.SimScorer _docScorer;
    private readonly int _lead;
    private readonly long _cost;
    private int _doc = -1;
    private float _sloppyFreq;
    private int _matches;

    /// <param name="weight">The phrase's weight.</param>
    /// <param name="postings">Each term's postings in the segment, in the phrase's term order.</param>
    /// <param name="offsets">Each term's position in the phrase.</param>
    /// <param name="slop">The slop, above 0.</param>
    /// <param name="docScorer">The similarity's scorer of the segment.</param>
    public SloppyWindowScorer(Weight weight, DocsAndPositionsEnum[] postings, int[] offsets, int slop, Similarity.SimScorer docScorer)
        : base(weight)
    {
        _postings = postings;
        _offsets = offsets;
        _positions = new int[postings.Length];
        _counts = new int[postings.Length];
        _slop = slop;
        _docScorer = docScorer;
        // Lucene's scorer reports the cost of the phrase's first term; a parent that orders its clauses by cost sees the same.
        _cost = postings[0].GetCost();
        for (var i = 1; i < postings.Length; i++)
        {
            if (postings[i].GetCost() < postings[_lead].GetCost())
            {
                _lead = i;
            }
        }
    }

    /// <summary>The sloppy frequency of the current document.</summary>
    public float SloppyFreq => _sloppyFreq;

    /// <inheritdoc />
    public override int DocID => _doc;

    /// <summary>How many windows of the current document counted.</summary>
    public override int Freq => _matches;

    /// <inheritdoc />
    public override float GetScore() => _docScorer.Score(_doc, _sloppyFreq);

    /// <inheritdoc />
    public override long GetCost() => _cost;

    /// <inheritdoc />
    public override int NextDoc() => Advance(_doc + 1);

    /// <inheritdoc />
    public override int Advance(int target)
    {
        while (true)
        {
            var doc = AllTermsFrom(target);
            if (doc == NO_MORE_DOCS)
            {
                _doc = NO_MORE_DOCS;
                return _doc;
            }

            _sloppyFreq = PhraseFreq();
            if (_sloppyFreq != 0f)
            {
                _doc = doc;
                return doc;
            }

            target = doc + 1;
        }
    }

    /// <summary>The first document from <paramref name="target"/> on that holds every term, each postings list on it.</summary>
    private int AllTermsFrom(int target)
    {
        var lead = _postings[_lead];
        var doc = lead.DocID < target ? lead.Advance(target) : lead.DocID;
        while (doc != NO_MORE_DOCS)
        {
            var agreed = true;
            for (var i = 0; i < _postings.Length; i++)
            {
                if (i == _lead)
                {
                    continue;
                }

                var other = _postings[i];
                var at = other.DocID < doc ? other.Advance(doc) : other.DocID;
                if (at > doc)
                {
                    doc = lead.Advance(at);
                    agreed = false;
                    break;
                }
            }

            if (agreed)
            {
                return doc;
            }
        }

        return NO_MORE_DOCS;
    }

    /// <summary>Lucene's sloppy frequency of the current document (<c>SloppyPhraseScorer.PhraseFreq</c> without repeats).</summary>
    private float PhraseFreq()
    {
        var end = int.MinValue;
        for (var i = 0; i < _postings.Length; i++)
        {
            _counts[i] = _postings[i].Freq;
            if (_counts[i]-- > 0)
            {
                _positions[i] = _postings[i].NextPosition() - _offsets[i];
            }

            end = Math.Max(end, _positions[i]);
        }

        var freq = 0f;
        _matches = 0;
        var current = First();
        var next = FirstBesides(current);
        var matchLength = end - _positions[current];
        while (_counts[current]-- > 0)
        {
            var position = _postings[current].NextPosition() - _offsets[current];
            _positions[current] = position;
            if (position > end)
            {
                end = position;
            }

            if (position > next)
            {
                // The window that started with the current term is as short as it gets.
                if (matchLength <= _slop)
                {
                    freq += _docScorer.ComputeSlopFactor(matchLength);
                    _matches++;
                }

                current = First();
                next = FirstBesides(current);
                matchLength = end - _positions[current];
            }
            else if (end - position < matchLength)
            {
                matchLength = end - position;
            }
        }

        if (matchLength <= _slop)
        {
            freq += _docScorer.ComputeSlopFactor(matchLength);
            _matches++;
        }

        return freq;
    }

    /// <summary>The term standing first: the least phrase position, then the least offset (Lucene's queue order; offsets differ).</summary>
    private int First()
    {
        var first = 0;
        for (var i = 1; i < _positions.Length; i++)
        {
            if (_positions[i] < _positions[first] || (_positions[i] == _positions[first] && _offsets[i] < _offsets[first]))
            {
                first = i;
            }
        }

        return first;
    }

    /// <summary>The least phrase position of the terms other than <paramref name="current"/>.</summary>
    private int FirstBesides(int current)
    {
        var least = int.MaxValue;
        for (var i = 0; i < _positions.Length; i++)
        {
            if (i != current && _positions[i] < least)
            {
                least = _positions[i];
            }
        }

        return least;
    }
}

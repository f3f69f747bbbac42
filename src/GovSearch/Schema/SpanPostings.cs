using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Schema;

/// <summary>
/// A text term's postings with offsets, whichever way its segment keeps them: Lucene's own enumerator where the postings
/// hold offsets (<see cref="TextOffsets.Postings"/>), else positions from the postings and each occurrence's offsets
/// from the segment's token spans (<see cref="TokenSpanReader"/>), looked up when asked for.
/// </summary>
internal sealed class SpanPostings : DocsAndPositionsEnum
{
    private readonly DocsAndPositionsEnum _positions;
    private readonly TokenSpanReader _spans;
    private readonly uint _termHash;
    private int _position = -1;
    private int _occurrence;
    private bool _looked;
    private (int Start, int End) _span;
    private SpanCursor _cursor;

    private SpanPostings(DocsAndPositionsEnum positions, TokenSpanReader spans, uint termHash)
    {
        _positions = positions;
        _spans = spans;
        _termHash = termHash;
    }

    /// <summary>The postings of the term <paramref name="termsEnum"/> is positioned on, with offsets. With
    /// <paramref name="spans"/> null (the segment's postings hold offsets), Lucene's enumerator itself.</summary>
    /// <returns>Null when the field has no positions.</returns>
    public static DocsAndPositionsEnum? Open(TermsEnum termsEnum, IBits? liveDocs, DocsAndPositionsEnum? reuse, TokenSpanReader? spans)
    {
        if (spans is null)
        {
            return termsEnum.DocsAndPositions(liveDocs, reuse is SpanPostings ? null : reuse, DocsAndPositionsFlags.OFFSETS);
        }

        var inner = termsEnum.DocsAndPositions(liveDocs, (reuse as SpanPostings)?._positions, DocsAndPositionsFlags.NONE);
        return inner is null ? null : new SpanPostings(inner, spans, TokenSpanCodec.TermHash(termsEnum.Term.Utf8ToString()));
    }

    public override int DocID => _positions.DocID;

    public override int Freq => _positions.Freq;

    public override int StartOffset => Lookup().Start;

    public override int EndOffset => Lookup().End;

    public override int NextDoc()
    {
        _position = -1;
        _cursor = default;
        return _positions.NextDoc();
    }

    public override int Advance(int target)
    {
        _position = -1;
        _cursor = default;
        return _positions.Advance(target);
    }

    public override int NextPosition()
    {
        var position = _positions.NextPosition();
        _occurrence = position == _position ? _occurrence + 1 : 0;
        _position = position;
        _looked = false;
        return position;
    }

    public override BytesRef? GetPayload() => null;

    public override long GetCost() => _positions.GetCost();

    private (int Start, int End) Lookup()
    {
        if (!_looked)
        {
            _span = _spans.Span(_positions.DocID, _position, _termHash, _occurrence, ref _cursor);
            _looked = true;
        }

        return _span;
    }
}

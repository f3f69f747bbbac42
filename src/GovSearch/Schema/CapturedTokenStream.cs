using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSearch.Schema;

/// <summary>Gives <see cref="CapturedTokens"/> to the index writer: the same terms, increments and offsets, so the
/// postings and the length norm are those the analyzer would have written.</summary>
internal sealed class CapturedTokenStream : TokenStream
{
    private readonly CapturedTokens _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private int _next;

    public CapturedTokenStream(CapturedTokens tokens)
    {
        _tokens = tokens;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var start = _tokens.TermStarts[_next];
        _term.CopyBuffer(_tokens.Chars, start, _tokens.TermStarts[_next + 1] - start);
        _increment.PositionIncrement = _tokens.Increments[_next];
        _offset.SetOffset(_tokens.Starts[_next], _tokens.Ends[_next]);
        _next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}

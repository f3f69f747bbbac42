using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSearch.Schema;

/// <summary>
/// The tokens of one field value as the index analyzer gives them (term, position increment, offsets), analyzed once:
/// <see cref="Replay"/> hands them to the index writer and <see cref="TokenSpanCodec.Encode"/> keeps their spans.
/// </summary>
internal sealed class CapturedTokens
{
    private char[] _chars = new char[256];
    private int _charCount;

    private CapturedTokens()
    {
    }

    /// <summary>The number of tokens.</summary>
    public int Count { get; private set; }

    public int[] Increments { get; private set; } = new int[64];

    public int[] Starts { get; private set; } = new int[64];

    public int[] Ends { get; private set; } = new int[64];

    /// <summary>Where each token's term begins in the term characters; one more entry marks the end of the last.</summary>
    public int[] TermStarts { get; private set; } = new int[65];

    /// <summary>The characters of every term, one after another (see <see cref="TermStarts"/>).</summary>
    public char[] Chars => _chars;

    /// <summary>The term of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Term(int index) => _chars.AsSpan(TermStarts[index], TermStarts[index + 1] - TermStarts[index]);

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> as field <paramref name="field"/>.</summary>
    public static CapturedTokens Analyze(Analyzer analyzer, string field, string text)
    {
        var captured = new CapturedTokens();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            captured.Add(term.Buffer.AsSpan(0, term.Length), increment.PositionIncrement, offset.StartOffset, offset.EndOffset);
        }

        stream.End();
        return captured;
    }

    /// <summary>A token stream giving the captured tokens again, for a field built from a token stream.</summary>
    public TokenStream Replay() => new CapturedTokenStream(this);

    private void Add(ReadOnlySpan<char> term, int increment, int start, int end)
    {
        if (Count == Starts.Length)
        {
            var size = Count * 2;
            Increments = Grow(Increments, size);
            Starts = Grow(Starts, size);
            Ends = Grow(Ends, size);
            TermStarts = Grow(TermStarts, size + 1);
        }

        if (_charCount + term.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
        }

        term.CopyTo(_chars.AsSpan(_charCount));
        _charCount += term.Length;
        Increments[Count] = increment;
        Starts[Count] = start;
        Ends[Count] = end;
        Count++;
        TermStarts[Count] = _charCount;
    }

    private static int[] Grow(int[] array, int size)
    {
        var grown = new int[size];
        array.CopyTo(grown, 0);
        return grown;
    }
}

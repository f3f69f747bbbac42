using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSearch.Analysis;

/// <summary>
/// The bigram fields' tokens in one pass over the text: every run of Han characters (<see cref="CharClass.IsHan"/>,
/// supplementary ideographs as one character) as overlapping two-character terms, a run of one character as one term,
/// everything else skipped. The same terms, offsets and types as <see cref="Lucene.Net.Analysis.Standard.StandardTokenizer"/>
/// with <see cref="Lucene.Net.Analysis.Cjk.CJKBigramFilter"/> (compared on every title and text of the corpus), without
/// the grammar and the per-character tokens in between. Every token takes the next position: the gaps the Lucene chain
/// leaves where a Latin word was dropped are not kept, so it serves only fields without positions
/// (<see cref="BigramPostings.Frequencies"/>).
/// </summary>
internal sealed class HanBigramTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private char[] _text = new char[4096];
    private int _length = -1;
    private int _next;
    private int _previousStart = -1;
    private int _previousEnd;
    private bool _pairedInRun;

    private readonly bool _convertTraditional;

    /// <summary>A tokenizer reading <paramref name="input"/>, normalized as <see cref="TextNormalizer"/> normalizes the word
    /// fields' text (it reads the whole input anyway, so the conversion's phrases need no char filter of their own).</summary>
    /// <param name="input">The text.</param>
    /// <param name="convertTraditional">Whether traditional characters become simplified.</param>
    public HanBigramTokenizer(TextReader input, bool convertTraditional)
        : base(input)
    {
        _convertTraditional = convertTraditional;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_length < 0)
        {
            ReadAll();
            TextNormalizer.NormalizeInPlace(_text, _length, _convertTraditional);
        }

        while (_next < _length)
        {
            var width = HanWidth(_next);
            if (width == 0)
            {
                _next++;
                if (EndRun())
                {
                    return true;
                }

                continue;
            }

            var start = _next;
            _next += width;
            var previous = _previousStart;
            _previousStart = start;
            _previousEnd = _next;
            if (previous >= 0)
            {
                _pairedInRun = true;
                Emit(previous, _next, BigramAnalyzer.BigramType);
                return true;
            }

            _pairedInRun = false;
        }

        return EndRun();
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(Math.Max(_length, 0));
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _length = -1;
        _next = 0;
        _previousStart = -1;
        _pairedInRun = false;
    }

    /// <summary>Closes the current run: a run of one character gives it as a term.</summary>
    private bool EndRun()
    {
        var single = _previousStart >= 0 && !_pairedInRun;
        var (start, end) = (_previousStart, _previousEnd);
        _previousStart = -1;
        if (single)
        {
            Emit(start, end, BigramAnalyzer.SingleType);
        }

        return single;
    }

    private void Emit(int start, int end, string type)
    {
        _term.CopyBuffer(_text, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _type.Type = type;
    }

    /// <summary>1 for a BMP Han character, 2 for a supplementary ideograph, 0 for anything else.</summary>
    private int HanWidth(int i)
    {
        var c = _text[i];
        if (CharClass.IsHan(c))
        {
            return 1;
        }

        return char.IsHighSurrogate(c) && i + 1 < _length && char.IsLowSurrogate(_text[i + 1])
            && CharClass.IsSupplementaryHan(char.ConvertToUtf32(c, _text[i + 1])) ? 2 : 0;
    }

    private void ReadAll()
    {
        _length = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, _text.Length * 2);
            }
        }
    }
}

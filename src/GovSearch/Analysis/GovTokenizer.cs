using GovSearch.Analysis.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSearch.Analysis;

/// <summary>
/// Splits normalized text into runs of one script and gives each run its own treatment:
/// Han runs go through protected-term matching and then SmartCn's HHMM segmentation (<see cref="HanSegmenter"/> by
/// default, or SmartCn's own <see cref="HHMMSegmenter"/>: the same words); runs of other letters and
/// digits become words for the English chain; supplementary-plane ideographs become one whole token each;
/// everything else separates tokens.
/// </summary>
/// <remarks>
/// Offsets are UTF-16 offsets into the original text (normalization is one unit for one unit).
/// Han tokens and numbers are marked as keywords so the English stemmer leaves them alone.
/// </remarks>
internal sealed class GovTokenizer : Tokenizer
{
    /// <summary>Longer words are dropped, as Lucene's StandardTokenizer does.</summary>
    public const int MaxWordLength = 255;

    /// <summary>Han runs are handed to the segmenter in pieces of at most this many characters.</summary>
    private const int MaxHanRun = 1024;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;

    private readonly ProtectedTermMatcher _protectedTerms;
    private readonly bool _convertTraditional;
    private readonly AnalysisMode _mode;
    private readonly HanSegmenter? _fastSegmenter;
    private readonly HHMMSegmenter? _smartCnSegmenter;
    private readonly SegmentationCache _segmentations = new();
    private readonly List<Pending> _queue = [];
    private readonly List<int> _nestedLengths = [];

    private char[] _buffer = new char[4096];
    private int _length;
    private int _position;
    private int _queueIndex;

    public GovTokenizer(TextReader input, ProtectedTermMatcher protectedTerms, bool convertTraditional, AnalysisMode mode, HanSegmenterKind segmenter)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _protectedTerms = protectedTerms;
        _convertTraditional = convertTraditional;
        _mode = mode;
        if (segmenter == HanSegmenterKind.SmartCn)
        {
            _smartCnSegmenter = new HHMMSegmenter();
        }
        else
        {
            _fastSegmenter = new HanSegmenter();
        }
    }

    public override void Reset()
    {
        base.Reset();
        ReadAll();
        TextNormalizer.NormalizeInPlace(_buffer, _length, _convertTraditional);
        _position = 0;
        _queue.Clear();
        _queueIndex = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (true)
        {
            if (_queueIndex < _queue.Count)
            {
                Emit(_queue[_queueIndex++]);
                return true;
            }

            _queue.Clear();
            _queueIndex = 0;
            if (!Advance())
            {
                return false;
            }

            if (_queue.Count == 0 && _term.Length > 0)
            {
                return true;
            }
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    /// <summary>Scans from the current position to the next token or run. Returns false at the end of input.</summary>
    private bool Advance()
    {
        while (_position < _length)
        {
            var c = _buffer[_position];
            if (CharClass.IsHan(c))
            {
                var start = _position;
                while (_position < _length && CharClass.IsHan(_buffer[_position]) && _position - start < MaxHanRun)
                {
                    _position++;
                }

                SegmentHanRun(start, _position);
                if (_queue.Count > 0)
                {
                    return true;
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && _position + 1 < _length && char.IsLowSurrogate(_buffer[_position + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, _buffer[_position + 1]);
                _position += 2;
                if (CharClass.IsSupplementaryHan(codePoint))
                {
                    _queue.Add(new Pending(_position - 2, _position, 1, TokenTypes.Han));
                    return true;
                }

                continue;
            }

            if (CharClass.IsWordChar(c))
            {
                if (ScanWord())
                {
                    return true;
                }

                continue;
            }

            _position++;
        }

        return false;
    }

    /// <summary>Reads one word of the non-Han chain into the term attribute.</summary>
    private bool ScanWord()
    {
        var start = _position;
        var allDigits = true;
        var hasGroupSeparator = false;
        while (_position < _length)
        {
            var c = _buffer[_position];
            if (CharClass.IsWordChar(c))
            {
                allDigits &= char.IsDigit(c);
                _position++;
                continue;
            }

            var next = _position + 1 < _length ? _buffer[_position + 1] : '\0';
            var previous = _buffer[_position - 1];
            if ((c is '.' or ',') && char.IsDigit(previous) && char.IsDigit(next))
            {
                hasGroupSeparator |= c == ',';
                _position++;
                continue;
            }

            if ((c is '\'' or '\u2019') && char.IsLetter(previous) && char.IsLetter(next) && !CharClass.IsHan(next))
            {
                allDigits = false;
                _position++;
                continue;
            }

            break;
        }

        var length = _position - start;
        if (length > MaxWordLength)
        {
            return false;
        }

        var numeric = allDigits || IsNumber(start, _position);
        if (hasGroupSeparator && numeric)
        {
            var term = _term.ResizeBuffer(length);
            var n = 0;
            for (var i = start; i < _position; i++)
            {
                if (_buffer[i] != ',')
                {
                    term[n++] = _buffer[i];
                }
            }

            _term.Length = n;
        }
        else
        {
            _term.CopyBuffer(_buffer, start, length);
        }

        _offset.SetOffset(CorrectOffset(start), CorrectOffset(_position));
        _positionIncrement.PositionIncrement = 1;
        _type.Type = numeric ? TokenTypes.Number : TokenTypes.Word;
        _keyword.IsKeyword = numeric;
        return true;
    }

    private bool IsNumber(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsDigit(_buffer[i]) && _buffer[i] is not '.' and not ',')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Queues the tokens of one Han run, keeping protected formulations whole.</summary>
    private void SegmentHanRun(int start, int end)
    {
        if (_protectedTerms.IsEmpty)
        {
            Segment(start, end, 1);
            return;
        }

        var plainStart = start;
        var i = start;
        while (i < end)
        {
            var match = _protectedTerms.LongestAt(_buffer, i, end);
            if (match == 0)
            {
                i++;
                continue;
            }

            Segment(plainStart, i, 1);
            _queue.Add(new Pending(i, i + match, 1, TokenTypes.Protected));
            if (_mode == AnalysisMode.Index)
            {
                // Offsets must not go backwards: queue the stacked parts and nested terms in start order.
                var stackedFrom = _queue.Count;
                QueueNestedProtected(i, i + match);
                Segment(i, i + match, 0);
                SortByStart(stackedFrom);
                RemoveRepeatedSpans(stackedFrom - 1);
            }

            i += match;
            plainStart = i;
        }

        Segment(plainStart, end, 1);
    }

    /// <summary>Stable sort of the queue from <paramref name="from"/> on, by start offset (longer first at equal starts).</summary>
    private void SortByStart(int from)
    {
        for (var i = from + 1; i < _queue.Count; i++)
        {
            var item = _queue[i];
            var j = i - 1;
            while (j >= from && (_queue[j].Start > item.Start || (_queue[j].Start == item.Start && _queue[j].End < item.End)))
            {
                _queue[j + 1] = _queue[j];
                j--;
            }

            _queue[j + 1] = item;
        }
    }

    /// <summary>
    /// Drops queued tokens after <paramref name="from"/> whose span repeats the one before them. SmartCn may return a
    /// protected term (or a nested one) as one word of its own, which would count the same term twice at one position.
    /// </summary>
    private void RemoveRepeatedSpans(int from)
    {
        var kept = from + 1;
        for (var k = from + 1; k < _queue.Count; k++)
        {
            if (_queue[k].Start != _queue[kept - 1].Start || _queue[k].End != _queue[kept - 1].End)
            {
                _queue[kept++] = _queue[k];
            }
        }

        _queue.RemoveRange(kept, _queue.Count - kept);
    }

    /// <summary>
    /// Queues every shorter protected term inside a matched one (so 依法治国 finds 全面依法治国), at the same position,
    /// including one that starts where a longer one starts (so 一带一路 finds 一带一路倡议 when both are protected).
    /// </summary>
    private void QueueNestedProtected(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            _nestedLengths.Clear();
            _protectedTerms.AllAt(_buffer, i, end, _nestedLengths);
            foreach (var length in _nestedLengths)
            {
                if (length < end - start)
                {
                    _queue.Add(new Pending(i, i + length, 0, TokenTypes.Protected));
                }
            }
        }
    }

    /// <summary>Queues SmartCn's words for a plain Han span. <paramref name="increment"/> 0 stacks them on the previous token.</summary>
    private void Segment(int start, int end, int increment)
    {
        var length = end - start;
        if (length <= 0)
        {
            return;
        }

        if (length == 1)
        {
            _queue.Add(new Pending(start, end, increment, TokenTypes.Han));
            return;
        }

        var run = _buffer.AsSpan(start, length);
        var cacheable = length <= SegmentationCache.MaxRunLength;
        if (cacheable && _segmentations.TryGet(run, out var cached))
        {
            Queue(start, cached, increment);
            return;
        }

        if (_fastSegmenter is not null)
        {
            var found = _fastSegmenter.Segment(run);
            if (cacheable)
            {
                _segmentations.Add(run.ToString(), found.ToArray());
            }

            Queue(start, found, increment);
            return;
        }

        var text = run.ToString();
        var tokens = _smartCnSegmenter!.Process(text);

        // The first and last tokens are the segmenter's sentence markers.
        var bounds = new int[(tokens.Count - 2) * 2];
        for (var k = 1; k < tokens.Count - 1; k++)
        {
            bounds[(k - 1) * 2] = tokens[k].StartOffset;
            bounds[((k - 1) * 2) + 1] = tokens[k].EndOffset;
        }

        if (cacheable)
        {
            _segmentations.Add(text, bounds);
        }

        Queue(start, bounds, increment);
    }

    /// <summary>Queues words given as (start, end) pairs relative to <paramref name="start"/>.</summary>
    private void Queue(int start, ReadOnlySpan<int> bounds, int increment)
    {
        for (var k = 0; k < bounds.Length; k += 2)
        {
            _queue.Add(new Pending(start + bounds[k], start + bounds[k + 1], increment, TokenTypes.Han));
        }
    }

    private void Emit(Pending token)
    {
        _term.CopyBuffer(_buffer, token.Start, token.End - token.Start);
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
        _positionIncrement.PositionIncrement = token.Increment;
        _type.Type = token.Type;
        _keyword.IsKeyword = true;
    }

    private void ReadAll()
    {
        _length = 0;
        while (true)
        {
            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = m_input.Read(_buffer, _length, _buffer.Length - _length);
            if (read <= 0)
            {
                break;
            }

            _length += read;
        }
    }

    private readonly record struct Pending(int Start, int End, int Increment, string Type);
}

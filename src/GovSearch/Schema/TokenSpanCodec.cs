using System.Buffers;

namespace GovSearch.Schema;

/// <summary>
/// Stores where each token of a document's text lies, by position, for indexes of <see cref="TextOffsets.Spans"/>:
/// one half byte a position, so a reader finds any position's span by scanning at most
/// <see cref="CheckpointPositions"/> half bytes from the checkpoint before it, without decompressing anything.
/// </summary>
/// <remarks>
/// Layout: the position count, the checkpoints' and the escapes' byte lengths, the checkpoints (for every
/// <see cref="CheckpointPositions"/> positions but the first: the escape bytes and the end offset gained since the
/// one before), the half bytes (two positions a byte, low half first), then the escapes. A half byte below
/// <see cref="EmptyCode"/> is one token whose gap after the previous token's end and whose length are the common pair
/// of <see cref="Pairs"/> it indexes; <see cref="EmptyCode"/> is a position without a token (a stop word's);
/// <see cref="EscapeCode"/> takes the next escape: a byte gap × 16 + length (gap 0 to 14, length 1 to 15), or
/// <see cref="Explicit"/> with gap and length as numbers, or <see cref="Stacked"/> with the tokens of a position that
/// holds several (a protected term and its parts), each with its start, length and a hash of its term, which tells
/// which token a term's occurrence is.
/// </remarks>
internal static class TokenSpanCodec
{
    /// <summary>Positions per checkpoint.</summary>
    public const int CheckpointPositions = 64;

    private const int EmptyCode = 14;
    private const int EscapeCode = 15;
    private const byte Explicit = 0;
    private const byte Stacked = 241;

    /// <summary>The (gap, length) pairs of one token a half byte stands for: the 14 most frequent in docs.jsonl's
    /// texts, which cover about nine tokens in ten.</summary>
    private static readonly (int Gap, int Length)[] Pairs =
        [(0, 2), (0, 1), (1, 2), (1, 1), (0, 3), (1, 4), (2, 1), (0, 4), (1, 3), (2, 2), (1, 5), (1, 6), (1, 7), (3, 1)];

    /// <summary>The gap plus the length of each pair: how far the previous end moves.</summary>
    private static readonly int[] Advance = Pairs.Select(p => p.Gap + p.Length).ToArray();

    /// <summary>The spans of <paramref name="tokens"/>, encoded.</summary>
    public static byte[] Encode(CapturedTokens tokens)
    {
        var positions = new int[tokens.Count];
        var position = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            position += tokens.Increments[i];
            positions[i] = position;
        }

        var positionCount = position + 1;
        var nibbles = new byte[(positionCount + 1) / 2];
        var escapes = new ArrayBufferWriter<byte>(64 + (positionCount / 8));
        var checkpoints = new ArrayBufferWriter<byte>(16 + (positionCount / 16));
        int token = 0, previousEnd = 0, checkpointEscapes = 0, checkpointEnd = 0;
        for (var p = 0; p < positionCount; p++)
        {
            if (p > 0 && p % CheckpointPositions == 0)
            {
                WriteNumber(checkpoints, escapes.WrittenCount - checkpointEscapes);
                WriteNumber(checkpoints, previousEnd - checkpointEnd);
                checkpointEscapes = escapes.WrittenCount;
                checkpointEnd = previousEnd;
            }

            var first = token;
            while (token < tokens.Count && positions[token] == p)
            {
                token++;
            }

            int code;
            (code, previousEnd) = WritePosition(escapes, tokens, first, token, previousEnd);
            nibbles[p >> 1] |= (byte)(code << ((p & 1) * 4));
        }

        var header = new ArrayBufferWriter<byte>(16);
        WriteNumber(header, positionCount);
        WriteNumber(header, checkpoints.WrittenCount);
        WriteNumber(header, escapes.WrittenCount);
        var result = new byte[header.WrittenCount + checkpoints.WrittenCount + nibbles.Length + escapes.WrittenCount];
        var at = 0;
        foreach (var part in new[] { header.WrittenSpan.ToArray(), checkpoints.WrittenSpan.ToArray(), nibbles, escapes.WrittenSpan.ToArray() })
        {
            part.CopyTo(result, at);
            at += part.Length;
        }

        return result;
    }

    /// <summary>The half byte of the tokens [<paramref name="first"/>, <paramref name="end"/>) of one position (and
    /// their escape when it needs one), and the end offset the next position's gap counts from.</summary>
    private static (int Code, int End) WritePosition(ArrayBufferWriter<byte> escapes, CapturedTokens tokens, int first, int end, int previousEnd)
    {
        switch (end - first)
        {
            case 0:
                return (EmptyCode, previousEnd);
            case 1:
                var gap = tokens.Starts[first] - previousEnd;
                var length = tokens.Ends[first] - tokens.Starts[first];
                var pair = Array.IndexOf(Pairs, (gap, length));
                if (pair >= 0)
                {
                    return (pair, tokens.Ends[first]);
                }

                if (gap is >= 0 and <= 14 && length is >= 1 and <= 15)
                {
                    WriteByte(escapes, (byte)((gap << 4) | length));
                }
                else
                {
                    WriteByte(escapes, Explicit);
                    WriteNumber(escapes, ZigZag(gap));
                    WriteNumber(escapes, length);
                }

                return (EscapeCode, tokens.Ends[first]);
            default:
                WriteByte(escapes, Stacked);
                WriteNumber(escapes, end - first);
                var furthest = previousEnd;
                for (var t = first; t < end; t++)
                {
                    WriteNumber(escapes, ZigZag(tokens.Starts[t] - previousEnd));
                    WriteNumber(escapes, tokens.Ends[t] - tokens.Starts[t]);
                    WriteNumber(escapes, (int)TermHash(tokens.Term(t)));
                    furthest = Math.Max(furthest, tokens.Ends[t]);
                }

                return (EscapeCode, furthest);
        }
    }

    /// <summary>Reads the header and checkpoints of a document's spans into <paramref name="into"/>.</summary>
    public static void Read(byte[] bytes, DocumentSpans into)
    {
        var at = 0;
        into.PositionCount = bytes.Length == 0 ? 0 : ReadNumber(bytes, ref at);
        if (into.PositionCount == 0)
        {
            return;
        }

        var checkpointBytes = ReadNumber(bytes, ref at);
        ReadNumber(bytes, ref at);
        var count = (into.PositionCount + CheckpointPositions - 1) / CheckpointPositions;
        into.CheckpointEscapes = new int[count];
        into.CheckpointEnds = new int[count];
        var nibbles = at + checkpointBytes;
        for (var c = 1; c < count; c++)
        {
            into.CheckpointEscapes[c] = into.CheckpointEscapes[c - 1] + ReadNumber(bytes, ref at);
            into.CheckpointEnds[c] = into.CheckpointEnds[c - 1] + ReadNumber(bytes, ref at);
        }

        into.NibblesStart = nibbles;
        into.EscapesStart = nibbles + ((into.PositionCount + 1) / 2);
    }

    /// <summary>The span of the <paramref name="occurrence"/>-th token hashed <paramref name="termHash"/> at
    /// <paramref name="position"/>; (−1, −1) for a position without a token. Scans on from <paramref name="cursor"/> when
    /// it lies between the position's checkpoint and the position (a term's occurrences come in position order), and
    /// leaves it at the position (a default cursor starts from the checkpoint).</summary>
    public static (int Start, int End) Find(DocumentSpans spans, int position, uint termHash, int occurrence, ref SpanCursor cursor)
    {
        var bytes = spans.Bytes;
        var checkpoint = position / CheckpointPositions;
        int p, escape, previousEnd;
        if (cursor.Valid && cursor.Position <= position && cursor.Position >= checkpoint * CheckpointPositions)
        {
            (p, escape, previousEnd) = (cursor.Position, cursor.Escape, cursor.PreviousEnd);
        }
        else
        {
            (p, escape, previousEnd) = (checkpoint * CheckpointPositions, spans.EscapesStart + spans.CheckpointEscapes[checkpoint], spans.CheckpointEnds[checkpoint]);
        }

        for (; p < position; p++)
        {
            var code = (bytes[spans.NibblesStart + (p >> 1)] >> ((p & 1) * 4)) & 15;
            if (code < EmptyCode)
            {
                previousEnd += Advance[code];
            }
            else if (code == EscapeCode)
            {
                previousEnd = SkipEscape(bytes, ref escape, previousEnd);
            }
        }

        cursor = new SpanCursor(true, position, escape, previousEnd);
        var here = (bytes[spans.NibblesStart + (position >> 1)] >> ((position & 1) * 4)) & 15;
        if (here < EmptyCode)
        {
            var start = previousEnd + Pairs[here].Gap;
            return (start, start + Pairs[here].Length);
        }

        return here == EmptyCode ? (-1, -1) : ReadEscape(bytes, escape, previousEnd, termHash, occurrence);
    }

    private static int SkipEscape(byte[] bytes, ref int at, int previousEnd)
    {
        var code = bytes[at++];
        switch (code)
        {
            case Explicit:
                previousEnd += UnZigZag(ReadNumber(bytes, ref at));
                return previousEnd + ReadNumber(bytes, ref at);
            case Stacked:
                var furthest = previousEnd;
                for (var t = ReadNumber(bytes, ref at); t > 0; t--)
                {
                    var start = previousEnd + UnZigZag(ReadNumber(bytes, ref at));
                    furthest = Math.Max(furthest, start + ReadNumber(bytes, ref at));
                    ReadNumber(bytes, ref at);
                }

                return furthest;
            default:
                return previousEnd + (code >> 4) + (code & 15);
        }
    }

    private static (int Start, int End) ReadEscape(byte[] bytes, int at, int previousEnd, uint termHash, int occurrence)
    {
        var code = bytes[at++];
        switch (code)
        {
            case Explicit:
                var start = previousEnd + UnZigZag(ReadNumber(bytes, ref at));
                return (start, start + ReadNumber(bytes, ref at));
            case Stacked:
                (int Start, int End) first = (-1, -1);
                var seen = 0;
                for (var t = ReadNumber(bytes, ref at); t > 0; t--)
                {
                    var s = previousEnd + UnZigZag(ReadNumber(bytes, ref at));
                    var e = s + ReadNumber(bytes, ref at);
                    var hash = (uint)ReadNumber(bytes, ref at);
                    if (first.Start < 0)
                    {
                        first = (s, e);
                    }

                    if (hash == termHash && seen++ == occurrence)
                    {
                        return (s, e);
                    }
                }

                return first;
            default:
                var begin = previousEnd + (code >> 4);
                return (begin, begin + (code & 15));
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units of a term: tells the tokens of one position apart.</summary>
    public static uint TermHash(ReadOnlySpan<char> term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private static int ZigZag(int value) => (value << 1) ^ (value >> 31);

    private static int UnZigZag(int value) => (int)((uint)value >> 1) ^ -(value & 1);

    private static void WriteByte(ArrayBufferWriter<byte> writer, byte value)
    {
        writer.GetSpan(1)[0] = value;
        writer.Advance(1);
    }

    private static void WriteNumber(ArrayBufferWriter<byte> writer, int value)
    {
        var span = writer.GetSpan(5);
        var n = 0;
        var v = (uint)value;
        while (v >= 0x80)
        {
            span[n++] = (byte)(v | 0x80);
            v >>= 7;
        }

        span[n++] = (byte)v;
        writer.Advance(n);
    }

    private static int ReadNumber(byte[] bytes, ref int at)
    {
        uint value = 0;
        var shift = 0;
        while (true)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }

            shift += 7;
        }
    }
}

using System.Buffers;
using ZstdSharp;

namespace GovSearch.Schema;

/// <summary>
/// Stores where each token of a document's text lies, by position, for indexes of <see cref="TextOffsets.Spans"/>: the
/// positions in blocks of <see cref="BlockPositions"/>, each block compressed (Zstandard) on its own, so a reader decodes
/// only the blocks of the positions it asks for.
/// </summary>
/// <remarks>
/// Layout: the position count, then per block its compressed length and the end offset of the token before it, then the
/// blocks. In a block each position is one byte when it holds one token that starts at most 14 code units after the
/// previous token's end and is 1 to 15 long (gap × 16 + length); else a marker byte: <see cref="Explicit"/> (one token,
/// gap and length as numbers), <see cref="Empty"/> (no token: a stop word's position) or <see cref="Stacked"/> (several
/// tokens at one position, a protected term and its parts: each with its start, length and a hash of its term, which
/// tells which token a term's occurrence is).
/// </remarks>
internal static class TokenSpanCodec
{
    /// <summary>Positions per block.</summary>
    public const int BlockPositions = 4096;

    private const byte Explicit = 0;
    private const byte Empty = 240;
    private const byte Stacked = 241;
    private const int Level = 6;

    [ThreadStatic]
    private static Compressor? _compressor;

    [ThreadStatic]
    private static Decompressor? _decompressor;

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
        var blockCount = (positionCount + BlockPositions - 1) / BlockPositions;
        var header = new ArrayBufferWriter<byte>(16 + (blockCount * 8));
        var body = new ArrayBufferWriter<byte>(positionCount / 2 + 16);
        var raw = new ArrayBufferWriter<byte>(Math.Min(positionCount, BlockPositions) + 64);
        WriteNumber(header, positionCount);
        var compressor = _compressor ??= new Compressor(Level);
        var token = 0;
        var previousEnd = 0;
        for (var block = 0; block < blockCount; block++)
        {
            raw.Clear();
            var baseEnd = previousEnd;
            var last = Math.Min(positionCount, (block + 1) * BlockPositions);
            for (var p = block * BlockPositions; p < last; p++)
            {
                var first = token;
                while (token < tokens.Count && positions[token] == p)
                {
                    token++;
                }

                previousEnd = WritePosition(raw, tokens, first, token, previousEnd);
            }

            var bound = Compressor.GetCompressBound(raw.WrittenCount);
            var target = body.GetSpan(bound);
            var written = compressor.Wrap(raw.WrittenSpan, target);
            body.Advance(written);
            WriteNumber(header, written);
            WriteNumber(header, baseEnd);
        }

        var result = new byte[header.WrittenCount + body.WrittenCount];
        header.WrittenSpan.CopyTo(result);
        body.WrittenSpan.CopyTo(result.AsSpan(header.WrittenCount));
        return result;
    }

    /// <summary>Writes the tokens [<paramref name="first"/>, <paramref name="end"/>) of one position; returns the end
    /// offset the next position's gap counts from.</summary>
    private static int WritePosition(ArrayBufferWriter<byte> raw, CapturedTokens tokens, int first, int end, int previousEnd)
    {
        switch (end - first)
        {
            case 0:
                WriteByte(raw, Empty);
                return previousEnd;
            case 1:
                var gap = tokens.Starts[first] - previousEnd;
                var length = tokens.Ends[first] - tokens.Starts[first];
                if (gap is >= 0 and <= 14 && length is >= 1 and <= 15)
                {
                    WriteByte(raw, (byte)((gap << 4) | length));
                }
                else
                {
                    WriteByte(raw, Explicit);
                    WriteNumber(raw, ZigZag(gap));
                    WriteNumber(raw, length);
                }

                return tokens.Ends[first];
            default:
                WriteByte(raw, Stacked);
                WriteNumber(raw, end - first);
                var furthest = previousEnd;
                for (var t = first; t < end; t++)
                {
                    WriteNumber(raw, ZigZag(tokens.Starts[t] - previousEnd));
                    WriteNumber(raw, tokens.Ends[t] - tokens.Starts[t]);
                    var hash = TermHash(tokens.Term(t));
                    WriteNumber(raw, (int)hash);
                    furthest = Math.Max(furthest, tokens.Ends[t]);
                }

                return furthest;
        }
    }

    /// <summary>Reads the header of a document's spans.</summary>
    /// <returns>The position count; <paramref name="blocks"/> gets each block's (offset in <paramref name="bytes"/>, length, base end).</returns>
    public static int ReadHeader(ReadOnlySpan<byte> bytes, List<(int Offset, int Length, int BaseEnd)> blocks)
    {
        blocks.Clear();
        var at = 0;
        var positionCount = ReadNumber(bytes, ref at);
        var blockCount = (positionCount + BlockPositions - 1) / BlockPositions;
        Span<int> lengths = blockCount <= 256 ? stackalloc int[blockCount] : new int[blockCount];
        Span<int> bases = blockCount <= 256 ? stackalloc int[blockCount] : new int[blockCount];
        for (var b = 0; b < blockCount; b++)
        {
            lengths[b] = ReadNumber(bytes, ref at);
            bases[b] = ReadNumber(bytes, ref at);
        }

        for (var b = 0; b < blockCount; b++)
        {
            blocks.Add((at, lengths[b], bases[b]));
            at += lengths[b];
        }

        return positionCount;
    }

    /// <summary>Decodes one block into <paramref name="into"/>.</summary>
    public static void DecodeBlock(ReadOnlySpan<byte> compressed, int baseEnd, int positions, DecodedSpans into)
    {
        var decompressor = _decompressor ??= new Decompressor();
        var size = (int)Decompressor.GetDecompressedSize(compressed);
        var raw = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        try
        {
            var written = decompressor.Unwrap(compressed, raw.AsSpan(0, size));
            into.Reset();
            var previousEnd = baseEnd;
            var at = 0;
            var span = raw.AsSpan(0, written);
            for (var p = 0; p < positions; p++)
            {
                var code = span[at++];
                switch (code)
                {
                    case Empty:
                        into.Starts[p] = -1;
                        into.Ends[p] = -1;
                        break;
                    case Explicit:
                        var start = previousEnd + UnZigZag(ReadNumber(span, ref at));
                        previousEnd = start + ReadNumber(span, ref at);
                        into.Starts[p] = start;
                        into.Ends[p] = previousEnd;
                        break;
                    case Stacked:
                        var count = ReadNumber(span, ref at);
                        var stack = new (int Start, int End, uint Hash)[count];
                        var furthest = previousEnd;
                        for (var t = 0; t < count; t++)
                        {
                            var s = previousEnd + UnZigZag(ReadNumber(span, ref at));
                            var e = s + ReadNumber(span, ref at);
                            stack[t] = (s, e, (uint)ReadNumber(span, ref at));
                            furthest = Math.Max(furthest, e);
                        }

                        into.Starts[p] = stack[0].Start;
                        into.Ends[p] = stack[0].End;
                        into.Stacks[p] = stack;
                        previousEnd = furthest;
                        break;
                    default:
                        into.Starts[p] = previousEnd + (code >> 4);
                        previousEnd = into.Starts[p] + (code & 15);
                        into.Ends[p] = previousEnd;
                        break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
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

    private static int ReadNumber(ReadOnlySpan<byte> bytes, ref int at)
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

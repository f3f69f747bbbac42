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
    public const int BlockPositions = 1024;

    /// <summary>Positions per checkpoint: a block opens with the byte offset and the previous end of every
    /// checkpoint but its first, so a reader finds a position by scanning at most this many codes.</summary>
    public const int CheckpointPositions = 64;

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
        var raw = new ArrayBufferWriter<byte>(Math.Min(positionCount, BlockPositions) + 256);
        var codes = new ArrayBufferWriter<byte>(Math.Min(positionCount, BlockPositions) + 64);
        WriteNumber(header, positionCount);
        var compressor = _compressor ??= new Compressor(Level);
        var token = 0;
        var previousEnd = 0;
        for (var block = 0; block < blockCount; block++)
        {
            codes.Clear();
            raw.Clear();
            var baseEnd = previousEnd;
            int checkpointOffset = 0, checkpointEnd = baseEnd;
            var last = Math.Min(positionCount, (block + 1) * BlockPositions);
            for (var p = block * BlockPositions; p < last; p++)
            {
                if (p % CheckpointPositions == 0 && p % BlockPositions != 0)
                {
                    WriteNumber(raw, codes.WrittenCount - checkpointOffset);
                    WriteNumber(raw, previousEnd - checkpointEnd);
                    checkpointOffset = codes.WrittenCount;
                    checkpointEnd = previousEnd;
                }

                var first = token;
                while (token < tokens.Count && positions[token] == p)
                {
                    token++;
                }

                previousEnd = WritePosition(codes, tokens, first, token, previousEnd);
            }

            codes.WrittenSpan.CopyTo(raw.GetSpan(codes.WrittenCount));
            raw.Advance(codes.WrittenCount);

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

    /// <summary>Decompresses one block into <paramref name="into"/> and reads its checkpoints; positions are read when
    /// asked for (<see cref="Find"/>).</summary>
    public static void DecodeBlock(ReadOnlySpan<byte> compressed, int baseEnd, int positions, DecodedSpans into)
    {
        var decompressor = _decompressor ??= new Decompressor();
        var size = (int)Decompressor.GetDecompressedSize(compressed);
        var raw = into.Raw(size);
        var written = decompressor.Unwrap(compressed, raw.AsSpan(0, size));
        var checkpoints = (positions + CheckpointPositions - 1) / CheckpointPositions;
        var at = 0;
        int offset = 0, end = baseEnd;
        for (var c = 1; c < checkpoints; c++)
        {
            offset += ReadNumber(raw, ref at);
            end += ReadNumber(raw, ref at);
            into.Offsets[c] = offset;
            into.Ends[c] = end;
        }

        into.Offsets[0] = 0;
        into.Ends[0] = baseEnd;
        into.CodesStart = at;
        into.Length = written;
    }

    /// <summary>The span of the <paramref name="occurrence"/>-th token hashed <paramref name="termHash"/> at position
    /// <paramref name="position"/> of a decoded block (relative to the block); (−1, −1) for a position without a token.</summary>
    public static (int Start, int End) Find(DecodedSpans block, int position, uint termHash, int occurrence)
    {
        var raw = block.Bytes;
        var checkpoint = position / CheckpointPositions;
        var at = block.CodesStart + block.Offsets[checkpoint];
        var previousEnd = block.Ends[checkpoint];
        for (var p = checkpoint * CheckpointPositions; p < position; p++)
        {
            var code = raw[at++];
            switch (code)
            {
                case Empty:
                    break;
                case Explicit:
                    previousEnd += UnZigZag(ReadNumber(raw, ref at));
                    previousEnd += ReadNumber(raw, ref at);
                    break;
                case Stacked:
                    var furthest = previousEnd;
                    for (var t = ReadNumber(raw, ref at); t > 0; t--)
                    {
                        var s = previousEnd + UnZigZag(ReadNumber(raw, ref at));
                        furthest = Math.Max(furthest, s + ReadNumber(raw, ref at));
                        ReadNumber(raw, ref at);
                    }

                    previousEnd = furthest;
                    break;
                default:
                    previousEnd += (code >> 4) + (code & 15);
                    break;
            }
        }

        var here = raw[at++];
        switch (here)
        {
            case Empty:
                return (-1, -1);
            case Explicit:
                var start = previousEnd + UnZigZag(ReadNumber(raw, ref at));
                return (start, start + ReadNumber(raw, ref at));
            case Stacked:
                (int Start, int End) first = (-1, -1);
                var seen = 0;
                for (var t = ReadNumber(raw, ref at); t > 0; t--)
                {
                    var s = previousEnd + UnZigZag(ReadNumber(raw, ref at));
                    var e = s + ReadNumber(raw, ref at);
                    var hash = (uint)ReadNumber(raw, ref at);
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
                var begin = previousEnd + (here >> 4);
                return (begin, begin + (here & 15));
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

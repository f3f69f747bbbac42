using System.Globalization;
using System.Text;

namespace GovSearch.Documents;

/// <summary>
/// Recognises and decodes the encodings of governance files: UTF-8 with or without a byte-order mark,
/// UTF-16 and UTF-32 with one, GB18030 (a superset of GBK and GB2312) and Big5.
/// </summary>
/// <remarks>
/// Order: a declared encoding wins; then a byte-order mark; then, for bytes without NUL (which only UTF-16 or UTF-32
/// without a mark would hold), strict UTF-8 if every byte sequence is valid; then strict GB18030 or Big5, whichever
/// <see cref="LegacyChineseEncodings"/> finds likelier, unless the bytes are mostly well-formed UTF-8 (at least two good multi-byte sequences per bad one: damaged UTF-8). Bytes that fit none
/// of them are an error that gives the byte offset of the first bad byte (<see cref="DecoderFallbackException.Index"/>),
/// never replacement characters.
/// </remarks>
internal static class TextDecoder
{
    /// <summary>Strict UTF-8: invalid bytes throw.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Strict GB18030: invalid bytes throw.</summary>
    public static Encoding StrictGb18030 => LazyGb18030.Value;

    private static readonly Lazy<Encoding> LazyGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Finds the encoding of <paramref name="bytes"/> and the length of its byte-order mark.</summary>
    /// <exception cref="DecoderFallbackException">The bytes are neither UTF-8 nor GB18030 and carry no mark.</exception>
    public static (Encoding Encoding, int PreambleLength) Detect(ReadOnlySpan<byte> bytes, Encoding? declared)
    {
        if (declared is not null)
        {
            var preamble = declared.Preamble;
            var skip = bytes.StartsWith(preamble) ? preamble.Length : 0;
            return (Strict(declared), skip);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        }

        // Text has no NUL characters; UTF-16 without a mark has them in every ASCII character, and those bytes are
        // also valid UTF-8, so this check comes first.
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DecoderFallbackException(
                $"The bytes contain NUL characters (the first at byte offset {nul}), as UTF-16 without a byte-order mark does; save the file with a byte-order mark or declare its encoding.",
                [0], nul);
        }

        if (IsValidUtf8(bytes))
        {
            return (StrictUtf8, 0);
        }

        // Mostly well-formed UTF-8 with a few bad bytes is damaged UTF-8, not GB18030: decoding it as GB18030 would
        // turn the good part into nonsense. GB18030 text, read as UTF-8, fails at most of its characters.
        var (firstInvalid, valid, invalid) = ScanUtf8(bytes);
        if (valid < DamagedUtf8Ratio * invalid && LegacyChineseEncodings.Choose(bytes) is { } legacy)
        {
            return (legacy, 0);
        }

        // Neither; report the first byte that breaks UTF-8, the likelier intent.
        throw new DecoderFallbackException(
            string.Create(CultureInfo.InvariantCulture,
                $"byte 0x{bytes[firstInvalid]:X2} at byte offset {firstInvalid} is not valid UTF-8, and the bytes are not GB18030 or Big5 either"),
            [bytes[firstInvalid]], firstInvalid);
    }

    /// <summary>Bytes with at least this many well-formed non-ASCII UTF-8 sequences per bad one are damaged UTF-8.</summary>
    private const int DamagedUtf8Ratio = 2;

    /// <summary>
    /// The offset of the first byte that is not well-formed UTF-8 (-1 if none), and how many non-ASCII characters
    /// decode and how many bad sequences there are.
    /// </summary>
    public static (int FirstInvalid, int Valid, int Invalid) ScanUtf8(ReadOnlySpan<byte> bytes)
    {
        int first = -1, valid = 0, invalid = 0, i = 0;
        while (i < bytes.Length)
        {
            var ascii = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            i += ascii;
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
                first = first < 0 ? i : first;
            }

            i += Math.Max(consumed, 1);
        }

        return (first, valid, invalid);
    }

    /// <summary>
    /// The encoding of input whose line break is wider than one byte (UTF-16 or UTF-32), from the declared encoding or
    /// else the byte-order mark at the start of <paramref name="head"/>; <see langword="null"/> for every other input.
    /// </summary>
    public static (Encoding Encoding, int PreambleLength)? DetectWide(ReadOnlySpan<byte> head, Encoding? declared)
    {
        if (declared is not null)
        {
            return declared.GetByteCount("\n") > 1 ? Detect(head, declared) : null;
        }

        var marked = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
        return marked ? Detect(head, null) : null;
    }

    /// <summary>Decodes a whole file's bytes.</summary>
    /// <exception cref="DecoderFallbackException">The bytes are not valid in any accepted encoding.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? declared, out Encoding encoding)
    {
        (encoding, var preamble) = Detect(bytes, declared);
        return encoding.GetString(bytes[preamble..]);
    }

    /// <summary>True when the bytes are well-formed UTF-8.</summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static Encoding Strict(Encoding encoding) =>
        encoding.CodePage == StrictGb18030.CodePage ? StrictGb18030 :
        encoding.CodePage == LegacyChineseEncodings.StrictBig5.CodePage ? LegacyChineseEncodings.StrictBig5 :
        encoding.DecoderFallback is DecoderExceptionFallback
            ? encoding
            : Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}

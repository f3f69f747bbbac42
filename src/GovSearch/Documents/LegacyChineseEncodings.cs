using System.Text;

namespace GovSearch.Documents;

/// <summary>Tells GB18030/GBK (simplified Chinese) from Big5 (traditional) in bytes that carry no declaration.</summary>
/// <remarks>
/// Both are double-byte encodings over the same byte ranges, and Big5 bytes are almost always valid GBK, so strictness
/// alone does not settle it. Each encoding that decodes the bytes strictly is scored by the characters it yields that
/// Chinese prose does not hold (private-use code points, kana, Greek and Cyrillic letters, pinyin and box-drawing
/// symbols, compatibility ideographs): Big5 read as GBK turns its commonest characters into those, GBK read as Big5
/// either fails or yields none. The lower score wins; a tie goes to GB18030, the national standard.
/// </remarks>
internal static class LegacyChineseEncodings
{
    /// <summary>Strict Big5 (code page 950): invalid bytes throw.</summary>
    public static Encoding StrictBig5 => LazyBig5.Value;

    private static readonly Lazy<Encoding> LazyBig5 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The legacy Chinese encoding the bytes are in, or <see langword="null"/> when they are valid in neither.</summary>
    public static Encoding? Choose(ReadOnlySpan<byte> bytes)
    {
        var gb = Score(bytes, TextDecoder.StrictGb18030);
        var big5 = Score(bytes, StrictBig5);
        return (gb, big5) switch
        {
            (null, null) => null,
            (null, _) => StrictBig5,
            (_, null) => TextDecoder.StrictGb18030,
            _ => big5 < gb ? StrictBig5 : TextDecoder.StrictGb18030,
        };
    }

    /// <summary>How many unlikely characters the bytes decode to, or <see langword="null"/> when they are not valid (or
    /// decode to C1 control characters, which no Chinese text holds).</summary>
    private static int? Score(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var unlikely = 0;
        foreach (var c in text)
        {
            // Code page 950 passes the bytes 0x80 and 0xFF through as U+0080 and U+F8F8 rather than failing: not Big5.
            if (c is (>= '\u0080' and <= '\u009F') or (>= '\uF8F8' and <= '\uF8FF'))
            {
                return null;
            }

            if (c is (>= '\uE000' and <= '\uF8FF') or (>= '\u3040' and <= '\u30FF') or (>= '\u0370' and <= '\u04FF')
                or (>= '\u00C0' and <= '\u024F') or (>= '\u2500' and <= '\u25FF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u3100' and <= '\u312F')
                or '\uFFFD')
            {
                unlikely++;
            }
        }

        return unlikely;
    }
}

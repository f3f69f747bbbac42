using System.Text;
using System.Text.RegularExpressions;

namespace GovSearch.Documents.Formats;

/// <summary>Decodes a web page: a byte-order mark, else the declared encoding, else its <c>&lt;meta&gt;</c> charset, else
/// detection as for text (UTF-8, GB18030, Big5). A page whose bytes break its own meta charset (a common slip: a
/// UTF-8 page left declaring gb2312) is detected instead.</summary>
internal static partial class HtmlCharset
{
    /// <summary>How far into the page the meta charset is looked for, as browsers do.</summary>
    private const int PrescanBytes = 4096;

    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? declared)
    {
        if (TextDecoder.DetectWide(bytes[..Math.Min(4, bytes.Length)], null) is not null || bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || declared is not null)
        {
            return PlainTextReader.Decode(bytes, declared);
        }

        if (Meta(bytes) is { } meta)
        {
            try
            {
                return meta.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // The page breaks its own declaration; detect instead.
            }
        }

        return PlainTextReader.Decode(bytes, null);
    }

    /// <summary>The strict encoding a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration names, if known.</summary>
    private static Encoding? Meta(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        return name switch
        {
            "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "euc-cn" => TextDecoder.StrictGb18030,
            "big5" or "big5-hkscs" or "x-x-big5" or "cp950" => LegacyChineseEncodings.StrictBig5,
            "utf-8" or "utf8" => TextDecoder.StrictUtf8,
            _ => Named(name),
        };
    }

    private static Encoding? Named(string name)
    {
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}

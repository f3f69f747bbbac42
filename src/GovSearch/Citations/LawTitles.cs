using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovSearch.Analysis;

namespace GovSearch.Citations;

/// <summary>
/// The normalized title of a law, the key that citations and versions are matched by: 《》 and spaces removed,
/// traditional characters and full-width forms normalized, the prefix 中华人民共和国 dropped (so 《数据安全法》 and
/// 《中华人民共和国数据安全法》 are one law), and a trailing note of a revision date such as （2018年修正） dropped.
/// The issuing organs before 关于 are dropped too (最高人民法院关于… is cited as 《关于…》). English titles are lower-cased; the US Constitution and its amendments get short keys that citations name.
/// </summary>
internal static partial class LawTitles
{
    private const string Prc = "中华人民共和国";

    /// <summary>The key of a title; empty when the title has nothing to match by.</summary>
    public static string Key(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = TextNormalizer.Normalize(title.Trim()).Replace('〈', '《').Replace('〉', '》');
        if (IsEnglish(text))
        {
            return EnglishKey(text);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('《' or '》' or '、' or '“' or '”' or '"'))
            {
                builder.Append(c);
            }
        }

        var key = RevisionNote().Replace(builder.ToString(), string.Empty);
        if (key.StartsWith(Prc, StringComparison.Ordinal) && key.Length > Prc.Length + 1)
        {
            key = key[Prc.Length..];
        }

        if (IssuingOrgans().Match(key) is { Success: true } organs && key.Length > organs.Length + 2)
        {
            key = key[organs.Length..];
        }

        if (key.StartsWith("我国", StringComparison.Ordinal) && key.Length > 3)
        {
            key = key[2..];
        }

        return key;
    }

    /// <summary>Whether documents with this key are versions of one law when their dates differ. Amendments
    /// (修正案, Amendment N) are each an act of their own, even when several share a title.</summary>
    public static bool IsVersioned(string key) =>
        key.Length > 0 && !key.EndsWith("修正案", StringComparison.Ordinal) && !key.Contains(" amendment ", StringComparison.Ordinal);

    /// <summary>The key of the nth amendment of the US Constitution.</summary>
    public static string UsAmendment(int number) => "us constitution amendment " + Roman(number);

    /// <summary>The key of the US Constitution.</summary>
    public const string UsConstitution = "us constitution";

    private static bool IsEnglish(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u3400')
            {
                return false;
            }
        }

        return true;
    }

    private static string EnglishKey(string text)
    {
        var lower = Spaces().Replace(text.Replace('’', '\'').Trim(), " ").ToLowerInvariant();
        if (UsConstitutionTitle().Match(lower) is { Success: true } constitution)
        {
            return constitution.Groups[1].Success ? "us constitution amendment " + constitution.Groups[1].Value : UsConstitution;
        }

        return lower.StartsWith("the ", StringComparison.Ordinal) ? lower[4..] : lower;
    }

    internal static string Roman(int number)
    {
        ReadOnlySpan<(int Value, string Text)> parts =
            [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var builder = new StringBuilder();
        foreach (var (value, text) in parts)
        {
            while (number >= value)
            {
                builder.Append(text);
                number -= value;
            }
        }

        return builder.ToString();
    }

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A bracketed note of a revision at the end of a title: (2018年修正), (2018-10-26), (2009修订).</summary>
    [GeneratedRegex(@"\([^()]*\d[^()]*\)$")]
    private static partial Regex RevisionNote();

    /// <summary>The organs that issue a 关于… document, which citations often leave out of its title
    /// (最高人民法院《关于适用〈…〉的解释》).</summary>
    [GeneratedRegex("^(?:(?:最高人民法院|最高人民检察院|国务院|全国人民代表大会常务委员会|全国人大常委会)[、,]?)+(?=关于)")]
    private static partial Regex IssuingOrgans();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:the )?constitution of the united states(?: of america)?(?: \(\d{4}\))?(?:: amendment ([ivxl]+))?$")]
    private static partial Regex UsConstitutionTitle();
}

using System.Text.RegularExpressions;

namespace GovSearch.Suggestions;

/// <summary>The words of a passage heading, less its numbering: <c>第六章 法律责任 › 第四十五条</c> gives <c>法律责任</c>.</summary>
internal static partial class HeadingText
{
    private const string Separator = " › ";

    /// <summary>The named parts of a heading path: each part less its numbering, kept when it has at least two Han
    /// characters or three letters, at most 40 characters, and does not end a sentence.</summary>
    public static IEnumerable<string> Parts(string heading)
    {
        foreach (var part in heading.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var named = Numbering().Replace(part.TrimStart('#', ' '), string.Empty).Trim();
            if (named.Length is < 2 or > 40 || "。；;！!？?：:，,".Contains(named[^1]))
            {
                continue;
            }

            var han = named.Count(Analysis.CharClass.IsHan);
            var letters = named.Count(char.IsLetter);
            if (han >= 2 || (han == 0 && letters >= 3))
            {
                yield return named;
            }
        }
    }

    [GeneratedRegex(@"^(第[一二三四五六七八九十百千零〇两0-9]+(分编|编|章|节|部分|条(之[一二三四五六七八九十]+)?)|(PART|Part|TITLE|Title|CHAPTER|Chapter|SECTION|Section|ARTICLE|Article)\s+([0-9]+|[IVXLC]+|[A-Z][a-z]+)\b|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+(\.[0-9]+)*\.?(?=\s))[\s.:：、]*")]
    private static partial Regex Numbering();
}

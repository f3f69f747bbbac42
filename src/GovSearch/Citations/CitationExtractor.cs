using System.Buffers;
using System.Text.RegularExpressions;
using GovSearch.Analysis;

namespace GovSearch.Citations;

/// <summary>
/// Finds the references to laws in a text (the rules are in tests/GovSearch.Tests/TestData/citations/RULES.md):
/// <list type="bullet">
/// <item>Chinese titles in 《》 that name a legal act (ending in 法, 法典, 条例, 规定, 办法, 细则, 决定, 解释, 规则, 通则 or
/// 修正案, a bracketed note such as （试行） allowed), with the articles that follow (第十条第二款、第十一条);</item>
/// <item>short forms without brackets after a verb of reference (依照, 根据, 违反 …): 依照刑法第二十条, 违反治安管理处罚法的规定;</item>
/// <item>English: "the X Act", "the Fourteenth Amendment", "Article V of the Constitution".</item>
/// </list>
/// It reads the normalized text (traditional and full-width forms folded one for one), so offsets are those of the text.
/// </summary>
internal static partial class CitationExtractor
{
    /// <summary>The most references kept for one document.</summary>
    public const int MaximumPerDocument = 5000;

    private const string Number = "[零〇一二三四五六七八九十百千两0-9]+";
    private const string Item = "第(?:" + Number + "|\\(" + Number + "\\))项";
    private const string Article = "第" + Number + "条(?:之" + Number + ")?(?:第" + Number + "款)?(?:" + Item + ")?";
    private const string Articles = Article + "(?:(?:、|,|和|及|以及|至|或者|或)(?:" + Article + "|第" + Number + "款(?:" + Item + ")?|" + Item + "))*";
    /// <summary>Characters that never stand inside a title: particles, conjunctions, the ends of verbs of reference.</summary>
    private const string Stop = "[本的和或及等在由向为将把被从就以于即是照]";

    /// <summary>Verbs of reference, after which a short title may follow.</summary>
    private const string Verbs = "依照|依据|根据|按照|违反|适用|参照|遵守|执行|比照|属于|落入|具有|符合|确定";

    /// <summary>A character a short title may hold: a Han character that is not a <see cref="Stop"/>.</summary>
    private const string NameCharacter = "[\\p{IsCJKUnifiedIdeographs}-[本的和或及等在由向为将把被从就以于即是照]]";

    private const string Suffix = "(?:法典|法|条例|规定|办法|细则|决定|解释|规则|通则|修正案)";

    private static readonly string[] Ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    /// <summary>The references of a text, in order of position.</summary>
    public static IReadOnlyList<ExtractedCitation> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        var found = new List<ExtractedCitation>();
        foreach (Match m in Bracketed().Matches(normalized))
        {
            var inner = m.Groups["title"].Value;
            if (LawLike().IsMatch(inner) && !Abbreviation().IsMatch(normalized.AsSpan(0, m.Index)))
            {
                var (title, article) = (m.Groups["title"], m.Groups["article"]);
                Add(found, text, m.Index, m.Length, title.Index, title.Length, article.Success ? article.Index : -1, article.Length);
            }
        }

        foreach (var withArticle in (ReadOnlySpan<bool>)[true, false])
        {
            // Skip a text that lacks what every match must hold.
            if (!MayHoldShortForm(normalized, withArticle))
            {
                continue;
            }

            foreach (var m in withArticle ? ShortFormsWithArticle(normalized) : ShortFormsAfterVerb(normalized))
            {
                if (!NotAName().IsMatch(m.Title) && !GenericEnding().IsMatch(m.Title) && !found.Exists(f => f.Start == m.TitleIndex))
                {
                    Add(found, text, m.TitleIndex, m.Index + m.Length - m.TitleIndex, m.TitleIndex, m.TitleLength, m.ArticleIndex, m.ArticleLength);
                }
            }
        }

        foreach (Match m in EnglishAct().Matches(normalized))
        {
            var title = m.Groups["title"];
            Add(found, text, title.Index, title.Length, title.Index, title.Length, -1, 0);
        }

        foreach (Match m in EnglishAmendment().Matches(normalized))
        {
            if (AmendmentNumber(m.Groups["number"].Value) is { } number)
            {
                var title = m.Groups["title"];
                found.Add(new ExtractedCitation(title.Index, title.Length, text.Substring(title.Index, title.Length), LawTitles.UsAmendment(number), string.Empty));
            }
        }

        foreach (Match m in EnglishArticle().Matches(normalized))
        {
            found.Add(new ExtractedCitation(m.Index, m.Length, "Constitution", LawTitles.UsConstitution, text.Substring(m.Groups["article"].Index, m.Groups["article"].Length)));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found.Count > MaximumPerDocument ? found.GetRange(0, MaximumPerDocument) : found;
    }

    /// <summary>False when <paramref name="text"/> cannot hold a match of <see cref="ShortFormWithArticle"/> (a title
    /// suffix, 法 / 法典 / 条例, right before the 第 of an article) or of <see cref="ShortFormAfterVerb"/> (a verb of
    /// reference, and 法 or 条例 for the title's suffix).</summary>
    private static bool MayHoldShortForm(string text, bool withArticle) =>
        withArticle
            ? NextArticleAnchor(text, 0) >= 0
            : NextVerbOfReference(text, 0) >= 0 && (text.Contains('法', StringComparison.Ordinal) || text.Contains("条例", StringComparison.Ordinal));

    /// <summary>Adds a reference whose title is at <paramref name="titleIndex"/>, and whose article is at
    /// <paramref name="articleIndex"/> (-1: none).</summary>
    private static void Add(List<ExtractedCitation> found, string text, int start, int length, int titleIndex, int titleLength, int articleIndex, int articleLength)
    {
        var written = text.Substring(titleIndex, titleLength);
        var key = LawTitles.Key(written);
        if (key.Length == 0)
        {
            return;
        }

        var cited = articleIndex >= 0 ? text.Substring(articleIndex, articleLength) : string.Empty;
        found.Add(new ExtractedCitation(start, length, written, key, cited));
    }

    private static int? AmendmentNumber(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length > 2 && char.IsDigit(lower[0]))
        {
            return int.TryParse(lower.AsSpan(0, lower.Length - 2), out var n) && n is >= 1 and <= 27 ? n : null;
        }

        var index = Array.IndexOf(Ordinals, lower);
        if (index >= 0)
        {
            return index + 1;
        }

        if (lower.StartsWith("twenty-", StringComparison.Ordinal) && Array.IndexOf(Ordinals, lower[7..]) is var unit and >= 0 and < 9)
        {
            return 21 + unit;
        }

        return null;
    }

    [GeneratedRegex("《(?<title>[^《》\\n]{1,100})》\\s*(?<article>" + Articles + ")?")]
    private static partial Regex Bracketed();

    [GeneratedRegex(Suffix + "(?:\\([^()]{1,10}\\))?$")]
    private static partial Regex LawLike();

    /// <summary>A short form followed by an article, after a character that cannot be part of a title (所 in 属于, 照 in
    /// 依照, punctuation, the start): 属于专利法第十一条, 和刑法第二百八十八条.</summary>
    [GeneratedRegex("(?<=^|[^\\p{IsCJKUnifiedIdeographs}]|" + Stop + "|" + Verbs + ")(?!" + Verbs + ")(?<title>(?:中华人民共和国)?(?:(?!" + Verbs + ")" + NameCharacter + "){1,15}?(?:法典|法|条例))(?<article>" + Articles + ")", RegexOptions.Multiline)]
    internal static partial Regex ShortFormWithArticle();

    /// <summary>A short form after a verb of reference, followed by 的规定, 有关规定, 等法律, a conjunction or a
    /// punctuation mark: 依照治安管理处罚法的规定, 依照民事诉讼法及相关司法解释. Anchored where the search starts
    /// (<see cref="ShortFormsAfterVerb"/> tries it right after each verb).</summary>
    [GeneratedRegex("\\G(?<=" + Verbs + ")(?!" + Verbs + ")(?<title>(?:中华人民共和国)?(?:(?!" + Verbs + ")" + NameCharacter + "){1,15}?(?:法典|法|条例))(?=的规定|的有关规定|有关规定|规定|的相关规定|相关规定|之规定|等法律|等有关|及|或者|或|而|和|、|,|。|;|作出|予以|处理|处罚|追究)")]
    internal static partial Regex ShortFormAfterVerb();

    /// <summary>《》 right after 简称 names an abbreviation being defined, not another reference.</summary>
    [GeneratedRegex("简称$")]
    private static partial Regex Abbreviation();

    /// <summary>Words that show a short form is not a title: this law, the relevant law, a verb or particle inside.</summary>
    [GeneratedRegex("^(?:本|该|此|上述|前|有关|相关|其他|国家|法律|这|原|新|各|相应|下列|以下|上列|同|现行|适用|参照|执行|依照|按照)|" + Stop + "|确定|出现|需要|实际|情况|情节|具体|符合|管辖|享受")]
    private static partial Regex NotAName();

    /// <summary>Short forms that end like a title but are words: 执法, 违法, 办法 …</summary>
    [GeneratedRegex("(?:执法|违法|合法|依法|守法|方法|办法|做法|用法|说法|手法|看法|想法|犯法|书法|算法)$|^(?:司法|立法)$")]
    private static partial Regex GenericEnding();

    [GeneratedRegex(@"\b(?:[Tt]he|[Oo]ur|[Tt]his|[Tt]hat|[Ii]ts)\s+[""“]?(?<title>(?:[A-Z][A-Za-z'’.-]*\s+(?:(?:of|for|on|to|the|in)\s+)*){1,8}Act)\b")]
    private static partial Regex EnglishAct();

    [GeneratedRegex(@"\b[Tt]he\s+(?<title>(?<number>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Twenty-(?:first|second|third|fourth|fifth|sixth|seventh|First|Second|Third|Fourth|Fifth|Sixth|Seventh)|\d{1,2}(?:st|nd|rd|th))\s+Amendment)\b")]
    private static partial Regex EnglishAmendment();

    [GeneratedRegex(@"\b(?<article>Article\s+[IVX]+(?:,?\s+[Ss]ection\s+\d+)?),?\s+of\s+the\s+(?:[Ff]ederal\s+)?Constitution\b")]
    private static partial Regex EnglishArticle();
}

using GovSearch.Analysis;

namespace GovSearch;

/// <summary>
/// The language codes GovSearch uses, and detection by script.
/// </summary>
/// <remarks>
/// <para>The rule of <see cref="Detect"/>: count Han characters and Latin words (runs of Latin letters).
/// A Han character weighs as one unit and a Latin word as one unit. When neither script has at least
/// <see cref="MixedShare"/> (15%) of the units, the text is in the other script alone; otherwise it is
/// <see cref="Mixed"/>. Text with no Han character and no Latin word is <see cref="English"/>.</para>
/// <para>Chinese text is <see cref="TraditionalChinese"/> when characters used only in traditional writing
/// (those that change under traditional-to-simplified conversion) outnumber those used only in simplified
/// writing by more than two to one, and make up at least 2% of its Han characters.</para>
/// </remarks>
public static class DocumentLanguages
{
    /// <summary>Simplified Chinese: "zh".</summary>
    public const string Chinese = "zh";

    /// <summary>Traditional Chinese: "zh-Hant".</summary>
    public const string TraditionalChinese = "zh-Hant";

    /// <summary>English: "en".</summary>
    public const string English = "en";

    /// <summary>Chinese and English together, each with a real share of the text: "mixed".</summary>
    public const string Mixed = "mixed";

    /// <summary>The share of units (Han characters or Latin words) the minority script needs for a text to count as mixed: 0.15.</summary>
    public const double MixedShare = 0.15;

    /// <summary>Every code, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } = [Chinese, TraditionalChinese, English, Mixed];

    /// <summary>True when <paramref name="code"/> is one of <see cref="All"/> (ordinal, case-insensitive).</summary>
    public static bool IsKnown(string? code) => Canonical(code) is not null;

    /// <summary>Returns the canonical spelling of a known code, or <see langword="null"/>.</summary>
    public static string? Canonical(string? code) =>
        code is null ? null : All.FirstOrDefault(c => string.Equals(c, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Detects the language of a text by script, following the rule in the remarks.</summary>
    /// <param name="text">The text; title and body may be passed joined.</param>
    /// <returns>One of <see cref="All"/>.</returns>
    public static string Detect(ReadOnlySpan<char> text)
    {
        long han = 0, latinWords = 0, traditional = 0, simplified = 0;
        var inLatinWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CharClass.IsHan(c))
            {
                han++;
                if (TextNormalizer.IsTraditionalOnly(c))
                {
                    traditional++;
                }
                else if (TextNormalizer.IsSimplifiedOnly(c))
                {
                    simplified++;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && CharClass.IsSupplementaryHan(char.ConvertToUtf32(c, text[i + 1])))
            {
                han++;
            }

            var latin = CharClass.IsLatinLetter(c);
            if (latin && !inLatinWord)
            {
                latinWords++;
            }

            inLatinWord = latin;
        }

        var units = han + latinWords;
        if (units == 0)
        {
            return English;
        }

        if (han >= units * MixedShare && latinWords >= units * MixedShare)
        {
            return Mixed;
        }

        if (latinWords > han)
        {
            return English;
        }

        return traditional > 2 * simplified && traditional >= han * 0.02 ? TraditionalChinese : Chinese;
    }
}

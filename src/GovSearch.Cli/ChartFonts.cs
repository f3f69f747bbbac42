using System.Text;
using SkiaSharp;

namespace GovSearch.Cli;

/// <summary>
/// Picks a font family that can draw a chart label, from the label's own text: ScottPlot's default font has no Chinese
/// glyphs, and a font chosen before the text is known draws Chinese as empty boxes.
/// </summary>
internal static class ChartFonts
{
    /// <summary>Families tried, in order, when the system's fallback for a character finds nothing.</summary>
    public static IReadOnlyList<string> CjkFamilies { get; } =
    [
        "Noto Sans CJK SC", "Noto Sans SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Serif CJK SC",
        "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "Microsoft YaHei", "PingFang SC",
    ];

    /// <summary>
    /// The family to draw <paramref name="text"/> with: ScottPlot's default when every character is Latin or the default
    /// has them all; else the installed family that the system matches to the first character the default lacks (and that
    /// has every glyph of the text), else the first of <see cref="CjkFamilies"/> that has them; <see langword="null"/>
    /// when no installed font can draw the text.
    /// </summary>
    public static string? FamilyFor(string text)
    {
        var defaultFamily = ScottPlot.Fonts.Default;
        using var defaultTypeface = SKTypeface.FromFamilyName(defaultFamily);
        if (HasGlyphs(defaultTypeface, text))
        {
            return defaultFamily;
        }

        var missing = text.EnumerateRunes().FirstOrDefault(r => !HasGlyphs(defaultTypeface, r.ToString()));
        using var matched = SKFontManager.Default.MatchCharacter(missing.Value);
        if (matched is not null && HasGlyphs(matched, text))
        {
            return matched.FamilyName;
        }

        foreach (var family in CjkFamilies)
        {
            using var typeface = SKFontManager.Default.MatchFamily(family);
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase) && HasGlyphs(typeface, text))
            {
                return typeface.FamilyName;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="typeface"/> has a glyph for every character of <paramref name="text"/> but white space.</summary>
    public static bool HasGlyphs(SKTypeface? typeface, string text)
    {
        if (typeface is null)
        {
            return false;
        }

        var visible = new StringBuilder();
        foreach (var rune in text.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r) && !Rune.IsControl(r)))
        {
            visible.Append(rune.ToString());
        }

        return visible.Length == 0 || typeface.ContainsGlyphs(visible.ToString());
    }
}

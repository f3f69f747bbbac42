namespace GovSearch.Analysis;

/// <summary>How the tokenizer sees one character.</summary>
internal static class CharClass
{
    /// <summary>True for BMP Han ideographs (CJK Unified, Extension A, Compatibility) and the ideographic zero 〇.</summary>
    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';

    /// <summary>True for supplementary-plane ideographs (CJK Extensions B and later, U+20000–U+3FFFF).</summary>
    public static bool IsSupplementaryHan(int codePoint) => codePoint is >= 0x20000 and <= 0x3FFFF;

    /// <summary>True for letters and digits of any script but Han: these form words of the "Latin" chain.</summary>
    public static bool IsWordChar(char c) => !IsHan(c) && (char.IsLetterOrDigit(c) || IsMark(c));

    /// <summary>True for combining marks, which stay with the letter before them.</summary>
    public static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>True for Latin letters, counted by language detection.</summary>
    public static bool IsLatinLetter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7');
}

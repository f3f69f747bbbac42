using GovSearch.Analysis;

namespace GovSearch.Suggestions;

/// <summary>The folded form in which prefixes and candidates are compared: full-width to half-width, traditional to
/// simplified, lower case, each run of white space one space, no leading space and no space after a Chinese character
/// (<c>总 则</c> is <c>总则</c>).</summary>
internal static class SuggestionKey
{
    /// <summary>Folds a text. A trailing run of white space after a word of letters stays as one space, so
    /// <c>"rule of "</c> asks for a next word.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var map = TextNormalizer.Map;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var folded = char.ToLowerInvariant(map[c]);
            if (char.IsWhiteSpace(folded))
            {
                if (length > 0 && buffer[length - 1] != ' ' && !CharClass.IsHan(buffer[length - 1]))
                {
                    buffer[length++] = ' ';
                }

                continue;
            }

            buffer[length++] = folded;
        }

        return new string(buffer[..length]);
    }

    /// <summary>Folds a candidate: as <see cref="Fold"/>, without a trailing space.</summary>
    public static string FoldCandidate(ReadOnlySpan<char> text) => Fold(text).TrimEnd(' ');

    /// <summary>A text as shown: white space between two Chinese characters removed (<c>总 则</c> → <c>总则</c>).</summary>
    public static string Tidy(string text)
    {
        if (!text.Contains(' ', StringComparison.Ordinal) && !text.Contains('\u3000', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && builder.Length > 0 && CharClass.IsHan(builder[^1]) && i + 1 < text.Length && (CharClass.IsHan(text[i + 1]) || char.IsWhiteSpace(text[i + 1])))
            {
                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}

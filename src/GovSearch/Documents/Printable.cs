using System.Globalization;
using System.Text;

namespace GovSearch.Documents;

/// <summary>Makes untrusted text (ids, file names) safe to put in a one-line message.</summary>
internal static class Printable
{
    /// <summary>The longest id or name shown in a message, in characters; longer ones are cut with "…".</summary>
    public const int MaxShownLength = 80;

    /// <summary>
    /// <paramref name="text"/> with control characters and unpaired surrogates written as <c>\uXXXX</c>, cut to
    /// <paramref name="maxLength"/> characters, so a message stays on one line and cannot drive a terminal.
    /// </summary>
    public static string Escape(string text, int maxLength = int.MaxValue)
    {
        var cut = text.Length > maxLength;
        var shown = cut ? text.AsSpan(0, maxLength) : text.AsSpan();
        if (!NeedsEscape(shown))
        {
            return cut ? string.Concat(shown, "…") : text;
        }

        var builder = new StringBuilder(shown.Length + 16);
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1]))
            {
                builder.Append(c).Append(shown[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return cut ? builder.Append('…').ToString() : builder.ToString();
    }

    /// <summary>A document id as messages show it: escaped, and cut to <see cref="MaxShownLength"/> characters.</summary>
    public static string Id(string id) => Escape(id, MaxShownLength);

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}

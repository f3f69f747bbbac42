namespace GovSearch.CrossLingual;

/// <summary>
/// Finds the glossary's Chinese terms in a query's raw text, before segmentation: SmartCn splits some terms
/// differently inside a sentence than alone (起征点 can come out as 起 征 点, and its neighbours can take one of its
/// characters), so a lookup of the analyzed terms would miss them. A match is translated as the glossary's term.
/// </summary>
/// <remarks>
/// Only terms of at least <see cref="MinimumCharacters"/> characters are matched: two-character words are found by
/// segmentation anyway, and matching them across word boundaries would misread text (国有 inside 全国有关). Matches
/// are leftmost, then longest. Safe for concurrent use once built.
/// </remarks>
internal sealed class GlossaryPhrases
{
    /// <summary>The fewest characters a glossary term needs to be matched in raw text.</summary>
    public const int MinimumCharacters = 3;

    private readonly Dictionary<string, string> _keys;
    private readonly int _longest;

    /// <summary>Creates the matcher from raw Chinese terms and their lookup keys (analyzed terms joined by one space).</summary>
    public GlossaryPhrases(IReadOnlyDictionary<string, string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys.Where(k => k.Key.Length >= MinimumCharacters).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
        _longest = _keys.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>A matcher that finds nothing.</summary>
    public static GlossaryPhrases None { get; } = new(new Dictionary<string, string>());

    /// <summary>
    /// Cuts a text into pieces: glossary terms (<c>Key</c> set to their lookup key) and the text between them
    /// (<c>Key</c> <see langword="null"/>), in order.
    /// </summary>
    public IReadOnlyList<(string Text, string? Key)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<(string, string?)>();
        if (_keys.Count == 0)
        {
            pieces.Add((text, null));
            return pieces;
        }

        var plain = 0;
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(_longest, text.Length - start);
            string? key = null;
            for (; length >= MinimumCharacters; length--)
            {
                if (_keys.TryGetValue(text.Substring(start, length), out key))
                {
                    break;
                }
            }

            if (key is null)
            {
                start++;
                continue;
            }

            if (start > plain)
            {
                pieces.Add((text[plain..start], null));
            }

            pieces.Add((text.Substring(start, length), key));
            start += length;
            plain = start;
        }

        if (plain < text.Length)
        {
            pieces.Add((text[plain..], null));
        }

        return pieces;
    }
}

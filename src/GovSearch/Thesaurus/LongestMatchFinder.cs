namespace GovSearch.Thesaurus;

/// <summary>
/// Finds the keys of a table in a normalized text, scanning left to right and taking the longest key at each position;
/// matches do not overlap, and a key in Latin letters or digits matches only at word boundaries. The governance
/// thesaurus and the user's synonym files both look phrases up this way.
/// </summary>
/// <typeparam name="T">What a key stands for.</typeparam>
internal sealed class LongestMatchFinder<T>
{
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _longest;

    /// <param name="entries">The table, by normalized key.</param>
    public LongestMatchFinder(Dictionary<string, T> entries)
    {
        _bySpan = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = entries.Count == 0 ? 0 : entries.Keys.Max(k => k.Length);
    }

    /// <summary>The matches in <paramref name="normalized"/>, left to right: what each key stands for, where it starts and how long it is.</summary>
    public List<(T Value, int Start, int Length)> FindAll(string normalized)
    {
        var matches = new List<(T Value, int Start, int Length)>();
        var i = 0;
        while (i < normalized.Length)
        {
            var found = 0;
            for (var length = Math.Min(_longest, normalized.Length - i); length >= 1; length--)
            {
                if (_bySpan.TryGetValue(normalized.AsSpan(i, length), out var value) && AtBoundaries(normalized, i, length))
                {
                    matches.Add((value, i, length));
                    found = length;
                    break;
                }
            }

            i += Math.Max(found, 1);
        }

        return matches;
    }

    private static bool AtBoundaries(string text, int start, int length)
    {
        return !(IsWordChar(text[start]) && start > 0 && IsWordChar(text[start - 1]))
            && !(IsWordChar(text[start + length - 1]) && start + length < text.Length && IsWordChar(text[start + length]));

        static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
    }
}

using System.Text;

namespace GovSearch.Versions;

/// <summary>Marks the changed words of an amended article: a longest common subsequence over tokens (each Han
/// character one token, each run of letters or digits one token, each other character one token), merged into runs.</summary>
internal static class WordDiff
{
    /// <summary>Past this many cells the table is not built and the article shows as deleted and inserted whole.</summary>
    private const long MaximumCells = 4_000_000;

    public static IReadOnlyList<DiffSegment> Compare(string oldText, string newText)
    {
        var a = Tokens(oldText);
        var b = Tokens(newText);
        if ((long)(a.Count + 1) * (b.Count + 1) > MaximumCells)
        {
            return [new DiffSegment(DiffSegmentKind.Deleted, oldText), new DiffSegment(DiffSegmentKind.Inserted, newText)];
        }

        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var segments = new List<DiffSegment>();
        var builder = new StringBuilder();
        var kind = DiffSegmentKind.Same;
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                Emit(DiffSegmentKind.Same, a[x]);
                x++;
                y++;
            }
            else if (y < b.Count && (x == a.Count || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                Emit(DiffSegmentKind.Inserted, b[y]);
                y++;
            }
            else
            {
                Emit(DiffSegmentKind.Deleted, a[x]);
                x++;
            }
        }

        if (builder.Length > 0)
        {
            segments.Add(new DiffSegment(kind, builder.ToString()));
        }

        return segments;

        void Emit(DiffSegmentKind next, string token)
        {
            if (next != kind && builder.Length > 0)
            {
                segments.Add(new DiffSegment(kind, builder.ToString()));
                builder.Clear();
            }

            kind = next;
            builder.Append(token);
        }
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsLetterOrDigit(text[i]) && text[i] < '\u2E80')
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && text[i] < '\u2E80')
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                tokens.Add(text.Substring(i, 2));
                i += 2;
            }
            else
            {
                tokens.Add(text[i].ToString());
                i++;
            }
        }

        return tokens;
    }
}

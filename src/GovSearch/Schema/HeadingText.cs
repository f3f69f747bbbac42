using System.Text.RegularExpressions;

namespace GovSearch.Schema;

/// <summary>
/// The text of the <see cref="FieldNames.Headings"/> field: a document's distinct chapter, section and numbered
/// headings, read from its passages' heading paths, one per line. Article markers (第十二条, Article 5) are left out:
/// they name a place, not a subject.
/// </summary>
internal static partial class HeadingText
{
    private const string Separator = " › ";

    /// <summary>The distinct headings of the passages, in order of first appearance, one per line; empty when there are none.</summary>
    public static string Of(IReadOnlyList<Passage> passages)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var passage in passages)
        {
            if (passage.Heading.Length == 0)
            {
                continue;
            }

            foreach (var part in passage.Heading.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!ArticleMarker().IsMatch(part) && seen.Add(part))
                {
                    lines.Add(part);
                }
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^(第[一二三四五六七八九十百千零〇两0-9]+条(之[一二三四五六七八九十]+)?|(Article|ARTICLE)\s+[0-9IVXLC]+\.?)$")]
    private static partial Regex ArticleMarker();
}

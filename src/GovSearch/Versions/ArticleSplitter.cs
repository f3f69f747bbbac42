using System.Text.RegularExpressions;

namespace GovSearch.Versions;

/// <summary>Cuts a law's text into articles: a line opening with 第X条 (or "Article N") starts one, which runs to the
/// next article or the next chapter, section or part heading. Text before the first article (title, preamble) and the
/// headings themselves belong to no article.</summary>
internal static partial class ArticleSplitter
{
    public static IReadOnlyList<Article> Split(string text)
    {
        var articles = new List<Article>();
        string? number = null;
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (ArticleStart().Match(line) is { Success: true } start)
            {
                Flush();
                number = start.Groups["number"].Value;
                var rest = line[start.Length..].Trim();
                if (rest.Length > 0)
                {
                    lines.Add(rest);
                }
            }
            else if (Heading().IsMatch(line))
            {
                Flush();
            }
            else if (number is not null)
            {
                lines.Add(line);
            }
        }

        Flush();
        return articles;

        void Flush()
        {
            if (number is not null)
            {
                articles.Add(new Article(number, string.Join('\n', lines)));
            }

            number = null;
            lines.Clear();
        }
    }

    [GeneratedRegex(@"^(?<number>第[零〇一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?|Article\s+\d+)(?:\s|　|$)?")]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^(?:第[零〇一二三四五六七八九十百千0-9]+[编章节]|第[零〇一二三四五六七八九十百千0-9]+分编|Chapter\s+\w+|Section\s+\d+)(?:\s|　|$)")]
    private static partial Regex Heading();
}

using System.Text.RegularExpressions;

namespace GovSearch.Documents;

/// <summary>
/// Cuts a document's text into passages along its own structure.
/// </summary>
/// <remarks>
/// Lines are read one by one. Headings (Markdown "#", 第X编/章/节, Part/Chapter/Section N, and short numbered
/// titles such as "一、总体要求") open a new passage and are remembered as its location. An article (第X条, Article N)
/// opens a passage that runs, with its numbered items and paragraphs, up to the next article or heading. Outside
/// articles, each paragraph or numbered item is a passage of its own. A passage longer than the limit is cut at
/// the last sentence end before it. The result depends on the text alone, so numbers and offsets are stable.
/// </remarks>
internal static partial class PassageSplitter
{
    /// <summary>Passages longer than this are cut at a sentence end: 2,000 characters.</summary>
    public const int MaxPassageLength = 2000;

    /// <summary>A numbered line this short without final punctuation is a heading, not an item.</summary>
    private const int MaxNumberedHeadingLength = 40;

    private const string Separator = " › ";

    /// <summary>Cuts <paramref name="text"/> into passages.</summary>
    /// <param name="text">The text.</param>
    /// <param name="headings">Lines the document's format marks as headings, beside those the text's own markers show.</param>
    public static IReadOnlyList<Passage> Split(string text, IReadOnlyList<TextHeading>? headings = null)
    {
        var builder = new Builder(text, headings);
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            builder.AddLine(lineStart, contentEnd);
            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        return builder.Finish();
    }

    private static LineKind Classify(string line, out int level, out string marker)
    {
        level = 0;
        marker = string.Empty;
        if (line.StartsWith('#'))
        {
            level = Math.Min(line.TakeWhile(c => c == '#').Count(), 6);
            return LineKind.Heading;
        }

        Match match;
        if ((match = ChineseHeading().Match(line)).Success && line.Length <= 60 && !EndsSentence(line))
        {
            level = match.Groups["unit"].Value switch { "编" => 1, "分编" => 2, "章" or "部分" => 3, _ => 4 };
            return LineKind.Heading;
        }

        if ((match = EnglishHeading().Match(line)).Success && line.Length <= 100 && !EndsSentence(line))
        {
            level = match.Groups["unit"].Value.ToUpperInvariant() switch { "PART" or "TITLE" => 1, "CHAPTER" => 3, _ => 4 };
            return LineKind.Heading;
        }

        if ((match = Article().Match(line)).Success)
        {
            marker = match.Value.Trim();
            return LineKind.Article;
        }

        foreach (var (pattern, itemLevel) in NumberedPatterns)
        {
            if ((match = pattern.Match(line)).Success)
            {
                level = itemLevel;
                marker = match.Value.Trim();
                return line.Length <= MaxNumberedHeadingLength && !EndsSentence(line) ? LineKind.NumberedTitle : LineKind.Item;
            }
        }

        return LineKind.Paragraph;
    }

    private static bool EndsSentence(string line) => line.Length > 0 && "。；;！!？?：:，,".Contains(line[^1]);

    private static readonly (Regex Pattern, int Level)[] NumberedPatterns =
    [
        (ChineseNumbered(), 5),
        (ParenthesizedNumbered(), 6),
        (ArabicNumbered(), 7),
    ];

    [GeneratedRegex(@"^第[一二三四五六七八九十百千零〇两0-9]+(?<unit>分编|编|章|节|部分)(\s|$)")]
    private static partial Regex ChineseHeading();

    [GeneratedRegex(@"^(?<unit>PART|Part|TITLE|Title|CHAPTER|Chapter|SECTION|Section)\s+([0-9]+|[IVXLC]+|[A-Z][a-z]+)\b")]
    private static partial Regex EnglishHeading();

    [GeneratedRegex(@"^(第[一二三四五六七八九十百千零〇两0-9]+条(之[一二三四五六七八九十]+)?|(Article|ARTICLE)\s+[0-9IVXLC]+\.?)(?=\s|$|[^0-9A-Za-z])")]
    private static partial Regex Article();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex ChineseNumbered();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十0-9]+[）)]")]
    private static partial Regex ParenthesizedNumbered();

    [GeneratedRegex(@"^[0-9]{1,3}[.．、](?![0-9])")]
    private static partial Regex ArabicNumbered();

    private enum LineKind
    {
        Heading,
        NumberedTitle,
        Article,
        Item,
        Paragraph,
    }

    /// <summary>Accumulates lines into passages.</summary>
    private sealed class Builder(string text, IReadOnlyList<TextHeading>? marked)
    {
        private readonly Dictionary<int, int>? _marked = Marked(marked);
        private readonly List<Passage> _passages = [];
        private readonly List<(int Level, string Text)> _headings = [];
        private int _start = -1;
        private int _end;
        private int _pendingHeadingStart = -1;
        private bool _inArticle;
        private string _label = string.Empty;

        public void AddLine(int start, int end)
        {
            var trimmedStart = start;
            while (trimmedStart < end && char.IsWhiteSpace(text[trimmedStart]))
            {
                trimmedStart++;
            }

            var trimmedEnd = end;
            while (trimmedEnd > trimmedStart && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (trimmedEnd == trimmedStart)
            {
                return;
            }

            var line = text[trimmedStart..trimmedEnd];
            var kind = Classify(line, out var level, out var marker);
            if (_marked is not null && (_marked.TryGetValue(start, out var markedLevel) || _marked.TryGetValue(trimmedStart, out markedLevel)))
            {
                kind = LineKind.Heading;
                level = markedLevel;
            }

            switch (kind)
            {
                case LineKind.Heading:
                case LineKind.NumberedTitle when !_inArticle:
                    Flush();
                    _headings.RemoveAll(h => h.Level >= level);
                    _headings.Add((level, Shorten(line.TrimStart('#', ' '))));
                    _pendingHeadingStart = _pendingHeadingStart < 0 ? trimmedStart : _pendingHeadingStart;
                    break;
                case LineKind.Article:
                    Flush();
                    Open(trimmedStart, trimmedEnd, marker, article: true);
                    break;
                case LineKind.Item or LineKind.Paragraph or LineKind.NumberedTitle when _inArticle:
                    _end = trimmedEnd;
                    break;
                case LineKind.Item:
                    Flush();
                    Open(trimmedStart, trimmedEnd, marker, article: false);
                    break;
                default:
                    Flush();
                    Open(trimmedStart, trimmedEnd, string.Empty, article: false);
                    break;
            }
        }

        public IReadOnlyList<Passage> Finish()
        {
            Flush();
            if (_pendingHeadingStart >= 0)
            {
                // Trailing headings with nothing under them still make a passage, so no text is lost.
                var end = text.Length;
                while (end > _pendingHeadingStart && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                Add(_pendingHeadingStart, end, Path(string.Empty));
            }

            return _passages;
        }

        private void Open(int start, int end, string marker, bool article)
        {
            _start = _pendingHeadingStart >= 0 ? _pendingHeadingStart : start;
            _pendingHeadingStart = -1;
            _end = end;
            _inArticle = article;
            _label = Path(marker);
        }

        private void Flush()
        {
            if (_start >= 0)
            {
                Add(_start, _end, _label);
            }

            _start = -1;
            _inArticle = false;
        }

        /// <summary>Adds a passage, cutting it at sentence ends when it is over the limit.</summary>
        private void Add(int start, int end, string label)
        {
            while (end - start > MaxPassageLength)
            {
                var cut = start + MaxPassageLength;
                var sentenceEnd = LastSentenceEnd(start + (MaxPassageLength / 2), cut);
                cut = sentenceEnd > 0 ? sentenceEnd : cut;
                if (char.IsLowSurrogate(text[cut]))
                {
                    cut--;
                }

                _passages.Add(new Passage(_passages.Count + 1, start, cut - start, label));
                start = cut;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
            }

            if (end > start)
            {
                _passages.Add(new Passage(_passages.Count + 1, start, end - start, label));
            }
        }

        private int LastSentenceEnd(int from, int to)
        {
            for (var i = to - 1; i >= from; i--)
            {
                if ("。！？；.!?;\n".Contains(text[i]))
                {
                    return i + 1;
                }
            }

            return -1;
        }

        private string Path(string marker)
        {
            var parts = _headings.Select(h => h.Text);
            if (marker.Length > 0)
            {
                parts = parts.Append(marker);
            }

            return string.Join(Separator, parts);
        }

        private static Dictionary<int, int>? Marked(IReadOnlyList<TextHeading>? headings)
        {
            if (headings is not { Count: > 0 })
            {
                return null;
            }

            var byStart = new Dictionary<int, int>();
            foreach (var heading in headings)
            {
                byStart.TryAdd(heading.Start, Math.Clamp(heading.Level, 1, 6));
            }

            return byStart;
        }

        private static string Shorten(string heading) => heading.Length <= 40 ? heading.Trim() : heading[..40].Trim() + "…";
    }
}

using System.Buffers;
using System.Text.RegularExpressions;

namespace GovSearch.Citations;

/// <summary>The short forms without brackets, found by trying their patterns only where a match can be.</summary>
/// <remarks>
/// <para>Both patterns start with a lookbehind, so the regex engine would try them at every position of the text (with
/// the search for verbs, about a third of the time <c>DocumentMapper</c> spent on a document of the corpus). Every match
/// holds a landmark close to its start: <see cref="ShortFormWithArticle"/> a title suffix's last character right before
/// the 第 of an article (法第, 例第, 典第), at most <see cref="LongestTitle"/> characters after the start;
/// <see cref="ShortFormAfterVerb"/> a verb of reference right before the start. So each landmark's pattern runs on a
/// short window of the text that holds every character a match there can read: the two before its start (the
/// lookbehinds read no further back) and, after it, the title and what follows (for an article, the runs of characters
/// article lists are made of). The matches are the same, in the same order, as the patterns' own over the whole text
/// (compared on every document of docs.jsonl, dev.jsonl and versions.jsonl). Landmarks are found by one character
/// (第, or a verb's first) with a vectorized search.</para>
/// </remarks>
internal static partial class CitationExtractor
{
    /// <summary>The longest title a short form can have: 中华人民共和国, 15 characters of name, and a two-character suffix.</summary>
    private const int LongestTitle = 7 + 15 + 2;

    /// <summary>How far after its start a match of <see cref="ShortFormAfterVerb"/> reads: the title and the longest
    /// ending its lookahead accepts (的相关规定), with room to spare.</summary>
    private const int AfterVerbReach = LongestTitle + 8;

    /// <summary>The first characters of the verbs of reference (<see cref="Verbs"/>).</summary>
    private static readonly SearchValues<char> VerbFirstCharacters = SearchValues.Create(string.Concat(Verbs.Split('|').Select(v => v[0]).Distinct()));

    /// <summary>The verbs of reference, every one two characters long.</summary>
    private static readonly string[] VerbList = Verbs.Split('|');

    /// <summary>The characters an article list (<see cref="Articles"/>) is made of.</summary>
    private static readonly SearchValues<char> ArticleCharacters = SearchValues.Create("零〇一二三四五六七八九十百千两0123456789第条之款项()、,和及以至或者");

    /// <summary>One short-form match, with its offsets in the text.</summary>
    internal readonly record struct ShortForm(int Index, int Length, int TitleIndex, int TitleLength, string Title, int ArticleIndex, int ArticleLength);

    /// <summary>The matches of <see cref="ShortFormWithArticle"/> in <paramref name="text"/>, as its Matches gives them.</summary>
    internal static List<ShortForm> ShortFormsWithArticle(string text)
    {
        var found = new List<ShortForm>();
        var position = 0;
        while (position < text.Length)
        {
            var anchor = NextArticleAnchor(text, position);
            if (anchor < 0)
            {
                break;
            }

            // The suffix's last character. A match starting at or before it ends its title at this landmark or at one
            // at most LongestTitle characters on (a title may hold 法第), and ends where the run of article characters
            // after that one ends: the window holds all it reads. A match starting later is found from its own landmark.
            var start = Math.Max(position, anchor - LongestTitle - 1);
            if (MatchIn(ShortFormWithArticle(), text, start, ArticleWindowEnd(text, anchor), out var match) && match.Index <= anchor)
            {
                found.Add(match);
                position = match.Index + match.Length;
            }
            else
            {
                position = anchor + 1;
            }
        }

        return found;
    }

    /// <summary>Where the window of the landmark at <paramref name="anchor"/> ends: after the run of article characters
    /// that follows it or any landmark up to <see cref="LongestTitle"/> characters on, and never before that distance
    /// (the lookaheads in a title read two characters on).</summary>
    private static int ArticleWindowEnd(string text, int anchor)
    {
        var end = anchor + LongestTitle + 3;
        var landmark = anchor;
        while (landmark <= anchor + LongestTitle)
        {
            var run = text.AsSpan(landmark + 1).IndexOfAnyExcept(ArticleCharacters);
            end = Math.Max(end, run < 0 ? text.Length : landmark + 1 + run);
            landmark = NextArticleAnchor(text, landmark + 1);
            if (landmark < 0)
            {
                break;
            }
        }

        return Math.Min(end, text.Length);
    }

    /// <summary>The matches of <see cref="ShortFormAfterVerb"/> in <paramref name="text"/>, as its Matches gives them.</summary>
    internal static List<ShortForm> ShortFormsAfterVerb(string text)
    {
        var found = new List<ShortForm>();
        var from = 0;
        while (from < text.Length)
        {
            var verb = NextVerbOfReference(text, from);
            if (verb < 0)
            {
                break;
            }

            // Every verb of reference has two characters, and a match (the pattern is anchored) starts right after one.
            var start = verb + 2;
            if (MatchIn(ShortFormAfterVerb(), text, start, Math.Min(text.Length, start + AfterVerbReach), out var match))
            {
                found.Add(match);
                from = match.Index + match.Length - 2;
            }
            else
            {
                from = verb + 1;
            }
        }

        return found;
    }

    /// <summary>Where the first title suffix's last character followed by the 第 of an article (法第, 例第, 典第) starts,
    /// at or after <paramref name="from"/>; -1 when there is none.</summary>
    private static int NextArticleAnchor(string text, int from)
    {
        for (var i = from + 1; i < text.Length; i++)
        {
            var found = text.AsSpan(i).IndexOf('第');
            if (found < 0)
            {
                return -1;
            }

            i += found;
            if (text[i - 1] is '法' or '例' or '典')
            {
                return i - 1;
            }
        }

        return -1;
    }

    /// <summary>Where the first verb of reference starts at or after <paramref name="from"/>; -1 when there is none.</summary>
    private static int NextVerbOfReference(string text, int from)
    {
        for (var i = from; i < text.Length - 1; i++)
        {
            var found = text.AsSpan(i, text.Length - 1 - i).IndexOfAny(VerbFirstCharacters);
            if (found < 0)
            {
                return -1;
            }

            i += found;
            var pair = text.AsSpan(i, 2);
            foreach (var verb in VerbList)
            {
                if (pair.SequenceEqual(verb))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The first match of <paramref name="pattern"/> starting at or after <paramref name="start"/> in the window
    /// of <paramref name="text"/> that ends at <paramref name="end"/> and begins two characters before <paramref name="start"/>
    /// (what the lookbehinds read).</summary>
    private static bool MatchIn(Regex pattern, string text, int start, int end, out ShortForm found)
    {
        var begin = Math.Max(0, start - 2);
        found = default;
        if (start > end)
        {
            return false;
        }

        var m = pattern.Match(text.Substring(begin, end - begin), start - begin);
        if (!m.Success)
        {
            return false;
        }

        var title = m.Groups["title"];
        var article = m.Groups["article"];
        found = new ShortForm(
            begin + m.Index,
            m.Length,
            begin + title.Index,
            title.Length,
            title.Value,
            article.Success ? begin + article.Index : -1,
            article.Success ? article.Length : 0);
        return true;
    }
}

using System.Text;
using GovSearch.Documents;
using GovSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Querying;

/// <summary>
/// Finds the passages of a hit that matched and writes their snippets, from the offsets kept in the postings
/// (no re-analysis, so long documents cost no more than short ones).
/// </summary>
/// <remarks>
/// A passage scores the sum, over the distinct query terms it holds, of the term's inverse document frequency
/// times (1 + ln of its count). The best passages come first; ties go to the earlier passage. When no term of
/// the text matched (a title-only match), the first passage is returned without highlights.
/// </remarks>
internal sealed class SnippetBuilder
{
    private static readonly ISet<string> StoredFields = new HashSet<string>(StringComparer.Ordinal) { FieldNames.Text, FieldNames.Passages };
    private readonly IndexReader _reader;
    private readonly IReadOnlyList<string> _terms;
    private readonly SearchOptions _options;
    private readonly double[] _weights;

    /// <summary>Prepares snippets for one query: each term's weight is computed once, not once per hit.</summary>
    public SnippetBuilder(IndexReader reader, IReadOnlyList<string> terms, SearchOptions options)
    {
        _reader = reader;
        _terms = terms;
        _options = options;
        _weights = terms.Select(t => Math.Log(1 + ((reader.MaxDoc + 0.5) / (reader.DocFreq(new Term(FieldNames.Text, t)) + 0.5)))).ToArray();
    }

    /// <summary>The best passages of one hit, loading only its text and passage table.</summary>
    public IReadOnlyList<HitPassage> Build(int docId)
    {
        var stored = _reader.Document(docId, StoredFields);
        var text = stored.Get(FieldNames.Text) ?? string.Empty;
        var bytes = stored.GetBinaryValue(FieldNames.Passages);
        var passages = bytes is null ? [] : PassageCodec.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
        return Build(_reader, docId, text, passages, _terms, _weights, _options);
    }

    private const string Ellipsis = "…";

    private static IReadOnlyList<HitPassage> Build(
        IndexReader reader, int docId, string text, IReadOnlyList<Passage> passages, IReadOnlyList<string> terms, double[] weights, SearchOptions options)
    {
        if (options.PassagesPerHit == 0 || passages.Count == 0)
        {
            return [];
        }

        var matches = FindMatches(reader, docId, terms);
        var perPassage = new Dictionary<int, int[]>();
        foreach (var match in matches)
        {
            var index = PassageAt(passages, match.Start);
            if (index >= 0)
            {
                if (!perPassage.TryGetValue(index, out var counts))
                {
                    perPassage[index] = counts = new int[terms.Count];
                }

                counts[match.Term]++;
            }
        }

        var ranked = perPassage
            .Select(p => (Index: p.Key, Count: p.Value.Sum(), Score: Score(p.Value, weights)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Index)
            .Take(options.PassagesPerHit)
            .ToList();

        if (ranked.Count == 0)
        {
            var first = passages[0];
            return [Make(first, text, [], 0, options)];
        }

        return ranked.Select(r =>
        {
            var passage = passages[r.Index];
            var inside = matches.Where(m => m.Start >= passage.Start && m.End <= passage.End).ToList();
            return Make(passage, text, inside, r.Count, options);
        }).ToList();
    }

    private static double Score(int[] counts, double[] weights)
    {
        var score = 0.0;
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] > 0)
            {
                score += weights[t] * (1 + Math.Log(counts[t]));
            }
        }

        return score;
    }

    /// <summary>The offsets of every query term in the document's text, sorted by start.</summary>
    private static List<Match> FindMatches(IndexReader reader, int docId, IReadOnlyList<string> terms)
    {
        var matches = new List<Match>();
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var local = docId - leaf.DocBase;
        var fieldTerms = leaf.AtomicReader.GetTerms(FieldNames.Text);
        if (fieldTerms is null)
        {
            return matches;
        }

        var termsEnum = fieldTerms.GetEnumerator();
        for (var t = 0; t < terms.Count; t++)
        {
            var bytes = new BytesRef(terms[t]);
            if (!termsEnum.SeekExact(bytes))
            {
                continue;
            }

            var postings = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, null, DocsAndPositionsFlags.OFFSETS);
            if (postings is null || postings.Advance(local) != local)
            {
                continue;
            }

            for (var i = 0; i < postings.Freq; i++)
            {
                postings.NextPosition();
                if (postings.StartOffset >= 0)
                {
                    matches.Add(new Match(postings.StartOffset, postings.EndOffset, t));
                }
            }
        }

        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return matches;
    }

    private static int PassageAt(IReadOnlyList<Passage> passages, int offset)
    {
        int low = 0, high = passages.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var passage = passages[mid];
            if (offset < passage.Start)
            {
                high = mid - 1;
            }
            else if (offset >= passage.End)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static HitPassage Make(Passage passage, string text, List<Match> matches, int count, SearchOptions options)
    {
        var (start, end) = Window(passage, matches, options.SnippetLength);
        var snippet = new StringBuilder(end - start + 32);
        if (start > passage.Start)
        {
            snippet.Append(Ellipsis);
        }

        var cursor = start;
        foreach (var match in Merge(matches))
        {
            if (match.Start < cursor || match.End > end)
            {
                continue;
            }

            AppendText(snippet, text, cursor, match.Start, options.EscapeHtml);
            snippet.Append(options.HighlightStart);
            AppendText(snippet, text, match.Start, match.End, options.EscapeHtml);
            snippet.Append(options.HighlightEnd);
            cursor = match.End;
        }

        AppendText(snippet, text, cursor, end, options.EscapeHtml);
        if (end < passage.End)
        {
            snippet.Append(Ellipsis);
        }

        return new HitPassage(passage.Number, passage.Start, passage.Length, passage.Heading, snippet.ToString(), count);
    }

    /// <summary>A window of at most <paramref name="length"/> characters, opening a little before the first match.</summary>
    private static (int Start, int End) Window(Passage passage, List<Match> matches, int length)
    {
        if (passage.Length <= length)
        {
            return (passage.Start, passage.End);
        }

        var start = matches.Count == 0 ? passage.Start : Math.Max(passage.Start, matches[0].Start - (length / 4));
        var end = Math.Min(passage.End, start + length);
        start = Math.Max(passage.Start, end - length);
        return (start, end);
    }

    /// <summary>Joins overlapping matches (a protected term and its parts) into one highlighted span.</summary>
    private static IEnumerable<Match> Merge(List<Match> matches)
    {
        Match? current = null;
        foreach (var match in matches)
        {
            if (current is { } c && match.Start <= c.End)
            {
                current = c with { End = Math.Max(c.End, match.End) };
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = match;
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    private static void AppendText(StringBuilder builder, string text, int start, int end, bool escape)
    {
        if (end <= start)
        {
            return;
        }

        // Never cut a surrogate pair in two.
        if (char.IsLowSurrogate(text[start]) && start > 0)
        {
            start--;
        }

        var span = text.AsSpan(start, end - start);
        if (!escape)
        {
            builder.Append(span);
            return;
        }

        // Only the five characters HTML gives meaning to; every other character, CJK and beyond the BMP included, stays as it is.
        foreach (var c in span)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }
    }

    private readonly record struct Match(int Start, int End, int Term);
}

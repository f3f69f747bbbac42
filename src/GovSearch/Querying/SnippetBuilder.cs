using System.Text;
using GovSearch.Schema;
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
    private readonly IndexReader _reader;
    private readonly IReadOnlyList<string> _terms;
    private readonly SearchOptions _options;
    private readonly double[] _weights;

    /// <summary>Per segment of the hits: the text's terms enumerator, each query term's state (null where the segment
    /// lacks it) and its postings enumerator, reused from hit to hit (hits are visited in rank order, not by segment,
    /// and a postings enumerator with offsets is costly to allocate).</summary>
    private readonly Dictionary<AtomicReader, SegmentTerms?> _segments = new(ReferenceEqualityComparer.Instance);

    /// <summary>Prepares snippets for one query: each term's weight is computed once, not once per hit.</summary>
    public SnippetBuilder(IndexReader reader, IReadOnlyList<string> terms, SearchOptions options)
    {
        _reader = reader;
        _terms = terms;
        _options = options;
        _weights = terms.Select(t => Math.Log(1 + ((reader.MaxDoc + 0.5) / (DocFrequencies.Of(reader, new Term(FieldNames.Text, t)) + 0.5)))).ToArray();
    }

    /// <summary>The best passages of one hit, from its segment: the passage table and each snippet's window of text
    /// from doc values (only the blocks the window lies in), the match offsets from the postings (a stored document
    /// would be decompressed whole).</summary>
    public IReadOnlyList<HitPassage> Build(int docId)
    {
        if (_options.PassagesPerHit == 0)
        {
            return [];
        }

        var (segment, local) = SegmentValues.Leaf(_reader, docId);
        var passages = SegmentValues.Passages(segment, local);
        if (passages.Count == 0)
        {
            return [];
        }

        var matches = FindMatches(segment, local);
        return Build(segment, local, passages, matches, _weights, _options);
    }

    private const string Ellipsis = "…";

    private static List<HitPassage> Build(
        AtomicReader segment, int local, IReadOnlyList<Passage> passages, List<Match> matches, double[] weights, SearchOptions options)
    {
        var perPassage = new Dictionary<int, int[]>();
        foreach (var match in matches)
        {
            var index = PassageAt(passages, match.Start);
            if (index >= 0)
            {
                if (!perPassage.TryGetValue(index, out var counts))
                {
                    perPassage[index] = counts = new int[weights.Length];
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
            ranked.Add((0, 0, 0));
        }

        // Every window first, so that a text block two snippets share is decompressed once.
        var chosen = new (Passage Passage, List<Match> Inside, int Count, int Start, int End)[ranked.Count];
        var windows = new (int Start, int End)[ranked.Count];
        for (var i = 0; i < ranked.Count; i++)
        {
            var (index, count, _) = ranked[i];
            var passage = passages[index];
            var inside = count == 0 ? [] : matches.FindAll(m => m.Start >= passage.Start && m.End <= passage.End);
            var (start, end) = Window(passage, inside, options.SnippetLength);
            chosen[i] = (passage, inside, count, start, end);
            // One code unit more before the window, so a window that opens inside a surrogate pair can take its first half.
            windows[i] = (Math.Max(0, start - 1), end);
        }

        var texts = SegmentValues.Windows(segment, local, windows);
        var result = new List<HitPassage>(ranked.Count);
        for (var i = 0; i < chosen.Length; i++)
        {
            var (passage, inside, count, start, end) = chosen[i];
            result.Add(Make(new Slice(texts[i], windows[i].Start), passage, inside, count, start, end, options));
        }

        return result;
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

    /// <summary>The offsets of every query term in the document's text, sorted by start, from its segment's postings.</summary>
    private List<Match> FindMatches(AtomicReader leaf, int local)
    {
        var matches = new List<Match>();
        if (!_segments.TryGetValue(leaf, out var segment))
        {
            _segments[leaf] = segment = SegmentTerms.Of(leaf, _terms);
        }

        if (segment is null)
        {
            return matches;
        }

        for (var t = 0; t < _terms.Count; t++)
        {
            if (segment.States[t] is not { } state)
            {
                continue;
            }

            segment.Terms.SeekExact(segment.Bytes[t], state);
            var postings = SpanPostings.Open(segment.Terms, leaf.LiveDocs, segment.Postings[t], segment.Spans);
            segment.Postings[t] = postings;
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

    internal static int PassageAt(IReadOnlyList<Passage> passages, int offset)
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

    private static HitPassage Make(Slice text, Passage passage, List<Match> matches, int count, int start, int end, SearchOptions options)
    {
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

    private static void AppendText(StringBuilder builder, Slice text, int start, int end, bool escape)
    {
        if (end <= start)
        {
            return;
        }

        // Never cut a surrogate pair in two.
        if (char.IsLowSurrogate(text.Chars[start - text.Origin]) && start > text.Origin)
        {
            start--;
        }

        var span = text.Chars[(start - text.Origin)..(end - text.Origin)];
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

    /// <summary>One segment's lookups of the query terms (see <c>_segments</c>).</summary>
    private sealed class SegmentTerms(TermsEnum terms, BytesRef[] bytes, TermState?[] states, TokenSpanReader? spans)
    {
        /// <summary>The segment's token spans, when its postings keep no offsets.</summary>
        public TokenSpanReader? Spans { get; } = spans;

        public TermsEnum Terms { get; } = terms;

        public BytesRef[] Bytes { get; } = bytes;

        public TermState?[] States { get; } = states;

        public DocsAndPositionsEnum?[] Postings { get; } = new DocsAndPositionsEnum?[bytes.Length];

        /// <summary>Seeks every term once; null when the segment has no text field.</summary>
        public static SegmentTerms? Of(AtomicReader leaf, IReadOnlyList<string> terms)
        {
            if (leaf.GetTerms(FieldNames.Text) is not { } fieldTerms)
            {
                return null;
            }

            var termsEnum = fieldTerms.GetEnumerator();
            var bytes = terms.Select(t => new BytesRef(t)).ToArray();
            var states = new TermState?[bytes.Length];
            for (var t = 0; t < bytes.Length; t++)
            {
                states[t] = termsEnum.SeekExact(bytes[t]) ? termsEnum.GetTermState() : null;
            }

            return new SegmentTerms(termsEnum, bytes, states, TokenSpanReader.Of(leaf));
        }
    }

    /// <summary>A window of a text: <see cref="Chars"/> are the code units from <see cref="Origin"/> on.</summary>
    private readonly ref struct Slice(ReadOnlySpan<char> chars, int origin)
    {
        public ReadOnlySpan<char> Chars { get; } = chars;

        public int Origin { get; } = origin;
    }
}

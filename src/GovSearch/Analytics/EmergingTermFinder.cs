using GovSearch.Analysis;
using GovSearch.Schema;
using GovSearch.Topics;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Analytics;

/// <summary>
/// Finds the words and phrases whose use rose most in one year against the years before, from the postings of the
/// text field: each document's words are read back in position order (a protected formulation standing for its parts),
/// numbers, single characters and function words are left out (<see cref="TopicTokenizer.KeepsIndexed"/>), and
/// phrases are runs of up to <see cref="EmergingTermsOptions.MaximumWords"/> kept words that stand next to each other
/// in the text (Chinese words touching, other words one separator apart).
/// </summary>
internal static class EmergingTermFinder
{
    /// <summary>Documents of the earlier years whose words are held in memory at once.</summary>
    private const int Chunk = 256;

    public const string Statistic =
        "Dunning's log-likelihood G² of each term's count in the year against its count in the earlier years, the two "
        + "text sizes measured in characters; only terms used more often per character than before are listed.";

    public static EmergingTerms Find(AnalyticsScope scope, EmergingTermsOptions options, TopicTokenizer tokenizer, CancellationToken cancellationToken)
    {
        var leaves = scope.Reader.Leaves;
        var year = new FixedBitSet?[leaves.Count];
        var earlier = new FixedBitSet?[leaves.Count];
        int yearDocuments = 0, earlierDocuments = 0;
        long yearCharacters = 0, earlierCharacters = 0;
        int? earliest = null;
        foreach (var (leaf, doc, _, dated, _) in scope.Documents())
        {
            if (dated is not { } y || y > options.Year)
            {
                continue;
            }

            var length = AnalyticsScope.TextLengths(leaves[leaf].AtomicReader)[doc];
            if (y == options.Year)
            {
                (year[leaf] ??= new FixedBitSet(leaves[leaf].AtomicReader.MaxDoc)).Set(doc);
                yearDocuments++;
                yearCharacters += length;
            }
            else
            {
                (earlier[leaf] ??= new FixedBitSet(leaves[leaf].AtomicReader.MaxDoc)).Set(doc);
                earlierDocuments++;
                earlierCharacters += length;
                earliest = earliest is null ? y : Math.Min(earliest.Value, y);
            }
        }

        // The year's words, all of them; the candidates are the runs used often enough, found level by level (a run
        // of n words can be frequent only when both its runs of n - 1 words are).
        var yearWords = new List<(int Global, IReadOnlyList<Word> Words)>();
        for (var l = 0; l < leaves.Count; l++)
        {
            if (year[l] is { } docs && leaves[l].AtomicReader.GetTerms(FieldNames.Text) is { } terms)
            {
                var reader = new WordReader(terms, TokenSpanReader.Of(leaves[l].AtomicReader), docs, tokenizer, vocabulary: null);
                yearWords.AddRange(reader.Read(0, docs.Length, cancellationToken).Select(d => (leaves[l].DocBase + d.Doc, d.Words)));
            }
        }

        var candidates = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var previous = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 1; n <= options.MaximumWords; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var level = new Dictionary<string, Tally>(StringComparer.Ordinal);
            foreach (var (global, words) in yearWords)
            {
                for (var i = 0; i + n <= words.Count; i++)
                {
                    if (!Adjoining(words, i, n) || (n > 1 && !(previous.Contains(Key(words, i, n - 1)) && previous.Contains(Key(words, i + 1, n - 1)))))
                    {
                        continue;
                    }

                    var key = Key(words, i, n);
                    var tally = level.TryGetValue(key, out var known) ? known : level[key] = new Tally(global, words[i].Start, words[i + n - 1].End);
                    tally.Add(global);
                }
            }

            previous = level.Where(c => c.Value.Count >= options.MinimumCount).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var key in previous)
            {
                candidates[key] = level[key];
            }

            if (previous.Count == 0)
            {
                break;
            }
        }

        var vocabulary = candidates.Keys.SelectMany(k => k.Split(Separator)).ToHashSet(StringComparer.Ordinal);

        // The earlier years: only the candidates' words (and protected formulations, which stand over their parts) are read.
        for (var l = 0; l < leaves.Count && candidates.Count > 0; l++)
        {
            if (earlier[l] is { } docs && leaves[l].AtomicReader.GetTerms(FieldNames.Text) is { } terms)
            {
                var reader = new WordReader(terms, TokenSpanReader.Of(leaves[l].AtomicReader), docs, tokenizer, vocabulary);
                for (var from = 0; from < docs.Length; from += Chunk)
                {
                    foreach (var (doc, words) in reader.Read(from, Math.Min(docs.Length, from + Chunk), cancellationToken))
                    {
                        CountEarlier(words, options.MaximumWords, candidates);
                    }
                }
            }
        }

        var ranked = candidates
            .Select(c => (c.Key, c.Value, G2: LogLikelihood(c.Value.Count, c.Value.EarlierCount, yearCharacters, earlierCharacters)))
            .Where(c => earlierCharacters > 0 && c.Value.Count * (double)earlierCharacters > c.Value.EarlierCount * (double)yearCharacters)
            .OrderByDescending(c => c.G2)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(options.MaximumTerms)
            .Select(c => new EmergingTerm
            {
                Text = TextOf(scope, c.Value),
                Words = c.Key.Split(Separator).Length,
                Count = c.Value.Count,
                EarlierCount = c.Value.EarlierCount,
                Documents = c.Value.Documents,
                PerMillionCharacters = c.Value.Count * 1_000_000.0 / Math.Max(1, yearCharacters),
                EarlierPerMillionCharacters = c.Value.EarlierCount * 1_000_000.0 / Math.Max(1, earlierCharacters),
                LogLikelihood = Math.Round(c.G2, 3),
            })
            .ToList();

        return new EmergingTerms
        {
            Year = options.Year,
            EarliestYear = earliest,
            Documents = yearDocuments,
            EarlierDocuments = earlierDocuments,
            Characters = yearCharacters,
            EarlierCharacters = earlierCharacters,
            Statistic = Statistic,
            Terms = ranked,
        };
    }

    /// <summary>G² = 2 Σ O ln(O / E) over the two corpora, with E = size share × (a + b).</summary>
    internal static double LogLikelihood(long a, long b, long c, long d)
    {
        if (c + d == 0 || a + b == 0)
        {
            return 0;
        }

        var e1 = c * (double)(a + b) / (c + d);
        var e2 = d * (double)(a + b) / (c + d);
        var sum = (a > 0 ? a * Math.Log(a / e1) : 0) + (b > 0 ? b * Math.Log(b / e2) : 0);
        return 2 * sum;
    }

    private const char Separator = '\u0001';

    /// <summary>Adds each candidate's occurrences in a document of the earlier years.</summary>
    private static void CountEarlier(IReadOnlyList<Word> words, int maximum, Dictionary<string, Tally> candidates)
    {
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = 1; n <= maximum && i + n <= words.Count && Adjoining(words, i, n); n++)
            {
                if (candidates.TryGetValue(Key(words, i, n), out var tally))
                {
                    tally.EarlierCount++;
                }
            }
        }
    }

    /// <summary>The run of <paramref name="n"/> words from <paramref name="i"/> as a key.</summary>
    private static string Key(IReadOnlyList<Word> words, int i, int n) =>
        n == 1 ? words[i].Term : string.Join(Separator, Enumerable.Range(i, n).Select(k => words[k].Term));

    /// <summary>Whether the run of <paramref name="n"/> words from <paramref name="i"/> stands together in the text.</summary>
    private static bool Adjoining(IReadOnlyList<Word> words, int i, int n)
    {
        for (var k = i + 1; k < i + n; k++)
        {
            if (!Adjoin(words[k - 1], words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two words stand next to each other: at consecutive positions, touching when both are Chinese, else one separator apart.</summary>
    private static bool Adjoin(Word previous, Word next) =>
        next.Position == previous.Position + 1
        && next.Start - previous.End == (CharClass.IsHan(previous.Term[0]) && CharClass.IsHan(next.Term[0]) ? 0 : 1);

    private static string TextOf(AnalyticsScope scope, Tally tally)
    {
        var (reader, doc) = SegmentValues.Leaf(scope.Reader, tally.Global);
        var text = SegmentValues.Text(reader, doc);
        return tally.End <= text.Length ? text[tally.Start..tally.End].ToString().ReplaceLineEndings(" ") : string.Empty;
    }

    /// <summary>A term's counts, and where it first occurs in the year.</summary>
    private sealed class Tally(int global, int start, int end)
    {
        private int _lastDoc = -1;

        public int Global { get; } = global;

        public int Start { get; } = start;

        public int End { get; } = end;

        public long Count { get; private set; }

        public long EarlierCount { get; set; }

        public int Documents { get; private set; }

        public void Add(int global)
        {
            Count++;
            if (global != _lastDoc)
            {
                Documents++;
                _lastDoc = global;
            }
        }
    }

    /// <summary>A kept word of a document: its term, position and offsets.</summary>
    private readonly record struct Word(string Term, int Position, int Start, int End);

    /// <summary>Reads the kept words of a segment's documents back from the postings, in position order.</summary>
    private sealed class WordReader
    {
        private readonly List<(string Term, bool Kept, DocsAndPositionsEnum Postings)> _terms = [];

        /// <summary>The segment's token spans when its postings keep no offsets: the kept words' offsets are looked up
        /// per document, after the positions (a word's width is then its term's length, which for the Han words that
        /// stack at one position is their width).</summary>
        private readonly TokenSpanReader? _spans;

        public WordReader(Terms terms, TokenSpanReader? spans, FixedBitSet docs, TopicTokenizer tokenizer, IReadOnlySet<string>? vocabulary)
        {
            _spans = spans;
            var termsEnum = terms.GetEnumerator();
            if (vocabulary is null)
            {
                while (termsEnum.MoveNext())
                {
                    Add(termsEnum, termsEnum.Term.Utf8ToString(), docs, tokenizer);
                }

                return;
            }

            foreach (var term in vocabulary.Concat(tokenizer.ProtectedTerms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                if (termsEnum.SeekExact(new BytesRef(term)))
                {
                    Add(termsEnum, term, docs, tokenizer);
                }
            }
        }

        /// <summary>Each document in [from, to) that has any word read, with its kept words.</summary>
        public IEnumerable<(int Doc, IReadOnlyList<Word> Words)> Read(int from, int to, CancellationToken cancellationToken)
        {
            var byDoc = new SortedDictionary<int, List<(Word Word, int Width, bool Kept)>>();
            foreach (var (term, kept, postings) in _terms)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var doc = postings.DocID < from ? postings.Advance(from) : postings.DocID;
                for (; doc < to; doc = postings.NextDoc())
                {
                    var list = byDoc.TryGetValue(doc, out var known) ? known : byDoc[doc] = [];
                    for (var i = postings.Freq; i > 0; i--)
                    {
                        var position = postings.NextPosition();
                        list.Add(_spans is null
                            ? (new Word(term, position, postings.StartOffset, postings.EndOffset), postings.EndOffset - postings.StartOffset, kept)
                            : (new Word(term, position, -1, -1), term.Length, kept));
                    }
                }
            }

            foreach (var (doc, list) in byDoc)
            {
                list.Sort(static (a, b) => a.Word.Position != b.Word.Position ? a.Word.Position.CompareTo(b.Word.Position) : b.Width.CompareTo(a.Width));
                var words = new List<Word>();
                // The words come in position order, so one cursor scans the document's spans once.
                var cursor = default(SpanCursor);
                for (var i = 0; i < list.Count; i++)
                {
                    if ((i == 0 || list[i].Word.Position != list[i - 1].Word.Position) && list[i].Kept)
                    {
                        words.Add(_spans is null ? list[i].Word : WithOffsets(doc, list[i].Word, ref cursor));
                    }
                }

                yield return (doc, words);
            }
        }

        private void Add(TermsEnum termsEnum, string term, FixedBitSet docs, TopicTokenizer tokenizer)
        {
            var kept = tokenizer.KeepsIndexed(term);
            if (kept || tokenizer.IsProtected(term))
            {
                _terms.Add((term, kept, termsEnum.DocsAndPositions(docs, null, _spans is null ? DocsAndPositionsFlags.OFFSETS : DocsAndPositionsFlags.NONE)));
            }
        }

        private Word WithOffsets(int doc, Word word, ref SpanCursor cursor)
        {
            var (start, end) = _spans!.Span(doc, word.Position, TokenSpanCodec.TermHash(word.Term), 0, ref cursor);
            return word with { Start = start, End = end };
        }
    }
}

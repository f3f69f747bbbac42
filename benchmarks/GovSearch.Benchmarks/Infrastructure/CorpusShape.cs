using System.Collections.Concurrent;
using System.Text;
using GovSearch.Documents;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// What the synthetic generator learns from a real corpus: every document's skeleton (<see cref="DocumentSkeleton"/>)
/// and, per language, the unigram distribution of surface pieces.
/// </summary>
/// <remarks>
/// <para>A piece is a word as SmartCn segments it (Chinese words, English words, numbers) together with the
/// punctuation and white space that follow it in the text, exactly as written; line breaks become spaces. Pieces
/// are surface text, not analyzed terms, so joining them gives Chinese without spaces and English with them, and
/// the generated text goes through GovSearch's and Lucene.Net's analysis like real text.</para>
/// <para>Segmenting is SmartCn's speed (about 1 million characters a second per core), so the pieces are counted on
/// an even sample of at most <see cref="SampleCharactersPerLanguage"/> characters of passages per language (every
/// k-th passage), on every core. Skeletons come from every document.</para>
/// <para>Unigrams drawn independently keep word frequencies (and so posting-list lengths and BM25 statistics) but not
/// word order: a multi-word phrase is rarer than in real text, and the vocabulary is that of the sample, so term
/// dictionaries stop growing once every piece has been drawn.</para>
/// </remarks>
internal sealed class CorpusShape
{
    /// <summary>The most characters of passages whose pieces are counted, per language: 3 million.</summary>
    public const int SampleCharactersPerLanguage = 3_000_000;

    private static readonly ConcurrentDictionary<string, Lazy<CorpusShape>> Learned = new(StringComparer.Ordinal);

    private CorpusShape(IReadOnlyList<DocumentSkeleton> skeletons, IReadOnlyDictionary<string, LanguagePieces> pieces)
    {
        Skeletons = skeletons;
        Pieces = pieces;
    }

    /// <summary>One skeleton per corpus document that has at least one passage, in corpus order.</summary>
    public IReadOnlyList<DocumentSkeleton> Skeletons { get; }

    /// <summary>The pieces of each language of <see cref="Skeletons"/>.</summary>
    public IReadOnlyDictionary<string, LanguagePieces> Pieces { get; }

    /// <summary>The shape of a corpus, learned once per process (the host generates several sizes from one corpus).</summary>
    /// <exception cref="InvalidOperationException">No document has a passage with a word in it.</exception>
    public static CorpusShape Of(BenchmarkCorpus corpus) =>
        Learned.GetOrAdd(corpus.Path, _ => new Lazy<CorpusShape>(() => Learn(corpus))).Value;

    private static CorpusShape Learn(BenchmarkCorpus corpus)
    {
        var skeletons = new List<DocumentSkeleton>();
        var passagesByLanguage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var document in corpus.Documents)
        {
            var passages = PassageSplitter.Split(document.Text);
            if (passages.Count == 0)
            {
                continue;
            }

            var language = document.Language ?? string.Empty;
            skeletons.Add(new DocumentSkeleton(
                language, document.DocType, document.Date?.ToString(), document.Source, document.Title.Length, passages.Select(p => p.Length).ToArray()));
            if (!passagesByLanguage.TryGetValue(language, out var texts))
            {
                passagesByLanguage[language] = texts = [];
            }

            texts.AddRange(passages.Select(p => p.TextOf(document.Text)));
        }

        var pieces = new Dictionary<string, LanguagePieces>(StringComparer.Ordinal);
        foreach (var (language, texts) in passagesByLanguage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (Count(EvenSample(texts)) is { Count: > 0 } counts)
            {
                pieces[language] = new LanguagePieces(counts);
            }
        }

        if (pieces.Count == 0)
        {
            throw new InvalidOperationException($"The corpus '{corpus.Path}' has no passage with a word in it; the synthetic generator has nothing to learn from.");
        }

        return new CorpusShape(skeletons, pieces);
    }

    /// <summary>Every k-th passage, k chosen so that the sample holds at most <see cref="SampleCharactersPerLanguage"/>.</summary>
    private static List<string> EvenSample(List<string> texts)
    {
        var total = texts.Sum(t => (long)t.Length);
        var step = (int)Math.Max(1, (total + SampleCharactersPerLanguage - 1) / SampleCharactersPerLanguage);
        return texts.Where((_, i) => i % step == 0).ToList();
    }

    /// <summary>The pieces of the texts with their counts, sorted by piece (ordinal) so the result does not depend on threads.</summary>
    private static List<(string Piece, long Count)> Count(List<string> texts)
    {
        var totals = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, texts.Count, Math.Max(1, texts.Count / (4 * Environment.ProcessorCount))),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            range =>
            {
                var local = new Dictionary<string, long>(StringComparer.Ordinal);
                using var analyzer = PlainLucene.ChineseAnalyzer();
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    foreach (var piece in PiecesOf(analyzer, texts[i]))
                    {
                        local[piece] = local.GetValueOrDefault(piece) + 1;
                    }
                }

                foreach (var (piece, count) in local)
                {
                    totals.AddOrUpdate(piece, count, (_, sum) => sum + count);
                }
            });
        return totals.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();
    }

    /// <summary>Cuts a text at the start of every token that holds a letter or digit; each piece runs to the next cut.</summary>
    private static List<string> PiecesOf(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var starts = new List<int>();
        using (var stream = analyzer.GetTokenStream(PlainLucene.Text, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var word = term.ToString();
                if (word.Any(char.IsLetterOrDigit) && (starts.Count == 0 || offset.StartOffset > starts[^1]))
                {
                    starts.Add(offset.StartOffset);
                }
            }

            stream.End();
        }

        var pieces = new List<string>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            pieces.Add(OneLine(text.AsSpan(starts[i], end - starts[i])));
        }

        return pieces;
    }

    /// <summary>The piece with every run of white space (line breaks included) made one space.</summary>
    private static string OneLine(ReadOnlySpan<char> piece)
    {
        if (piece.IndexOfAny('\n', '\r', '\t') < 0 && !piece.Contains("  ", StringComparison.Ordinal))
        {
            return piece.ToString();
        }

        var builder = new StringBuilder(piece.Length);
        foreach (var c in piece)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}

using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Querying.Proximity;
using GovSearch.Schema;
using GovSearch.Tests.Quality;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GovSearch.Tests.Querying.Proximity;

/// <summary>A search's sloppy phrases (<see cref="SnapshotSloppyPhraseQuery"/>) match the same documents with the same
/// scores as Lucene's <see cref="PhraseQuery"/>: the same sloppy frequencies, bit for bit the same floats, so rankings
/// cannot move.</summary>
public sealed class SnapshotSloppyPhraseQueryTests(DevCorpusIndexFixture corpus) : IClassFixture<DevCorpusIndexFixture>
{
    private const string Body = "body";

    [Fact]
    public void MatchesAndScoresAsLuceneSloppyPhrase_OnRandomDocuments()
    {
        // Few words, skewed, so that windows overlap, terms recur many times in a document and positions tie.
        var random = new Random(20261207);
        string[] words = ["a", "a", "a", "b", "b", "c", "d", "e", "f"];
        string[] distinct = ["a", "b", "c", "d", "e", "f"];
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            for (var segment = 0; segment < 3; segment++)
            {
                for (var i = 0; i < 150; i++)
                {
                    var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 120)).Select(_ => words[random.Next(words.Length)]));
                    writer.AddDocument([new StringField("id", $"{segment}-{i}", Field.Store.NO), new TextField(Body, text, Field.Store.NO)]);
                }

                writer.Commit();
            }

            writer.DeleteDocuments(new Term("id", "1-7"), new Term("id", "2-100"), new Term("id", "0-0"));
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count > 1 && reader.HasDeletions);
        var searcher = StatisticsCachingSearcher.Create(reader);
        var plain = new IndexSearcher(reader) { Similarity = searcher.Similarity };
        var compared = 0;
        for (var q = 0; q < 400; q++)
        {
            var lucene = new PhraseQuery { Slop = random.Next(1, 6), Boost = q % 3 == 0 ? 1 : (float)(0.5 + random.NextDouble() * 3) };
            var position = random.Next(3);
            foreach (var word in distinct.OrderBy(_ => random.Next()).Take(random.Next(2, 6)))
            {
                lucene.Add(new Term(Body, word), position);
                position += random.Next(4) == 0 ? 2 : 1;
            }

            Assert.True(SnapshotSloppyPhraseQuery.Handles(lucene));
            var other = new TermQuery(new Term(Body, distinct[random.Next(distinct.Length)]));

            // Alone, and as Lucene sums it beside a term in a disjunction, as the compiler's proximity bonuses stand.
            foreach (Func<Query, Query> wrap in new Func<Query, Query>[] { p => p, p => new BooleanQuery(disableCoord: true) { { other, Occur.SHOULD }, { p, Occur.SHOULD } } })
            {
                var expected = plain.Search(wrap(lucene), reader.MaxDoc);
                var actual = searcher.Search(TermContexts.Attach(wrap(lucene), searcher), reader.MaxDoc);
                Assert.Equal(expected.TotalHits, actual.TotalHits);
                Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
                compared += expected.TotalHits;
            }

            var snapshot = TermContexts.Attach(lucene, searcher);
            Assert.IsType<SnapshotSloppyPhraseQuery>(snapshot);
            foreach (var hit in plain.Search(lucene, 3).ScoreDocs)
            {
                Assert.Equal(plain.Explain(lucene, hit.Doc).Value, searcher.Explain(snapshot, hit.Doc).Value);
            }
        }

        Assert.True(compared > 10_000, $"Only {compared} matches were compared.");
    }

    [Theory]
    [InlineData("国务院 改革")]
    [InlineData("加强生态环境保护")]
    [InlineData("全面深化改革 人民代表大会")]
    [InlineData("生态环境 主管部门 职责")]
    [InlineData("economic growth")]
    [InlineData("freedom of the press")]
    [InlineData("rule of law and human rights")]
    public void CompiledQueries_RankAndScoreAsWithLucenePhrases_OnDevCorpus(string text)
    {
        // The compiler's word phrases with their proximity slop, the whole query's phrase, the lay-term expansions.
        var options = new SearchOptions();
        var parsed = QueryParser.Parse(text, options.Syntax, options.Strict);
        corpus.Index.WithSearcher(searcher =>
        {
            var plain = new IndexSearcher(searcher.IndexReader) { Similarity = searcher.Similarity };
            var lucene = corpus.Index.Compiler.Compile(parsed, options, searcher.IndexReader, searcher).Query;
            var snapshot = TermContexts.Attach(corpus.Index.Compiler.Compile(parsed, options, searcher.IndexReader, searcher).Query, searcher);
            Assert.Contains(Flatten(snapshot), q => q is SnapshotSloppyPhraseQuery);
            Assert.DoesNotContain(Flatten(snapshot), q => q is PhraseQuery { Slop: > 0 });

            var expected = plain.Search(lucene, 20);
            var actual = searcher.Search(snapshot, 20);
            Assert.True(expected.TotalHits > 0, $"dev.jsonl has no match for '{text}'.");
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }

    [Fact]
    public void Handles_LeavesExactPhrasesRepeatsAndStackedTermsToLucene()
    {
        static PhraseQuery Phrase(int slop, params (string Term, int Position)[] terms)
        {
            var phrase = new PhraseQuery { Slop = slop };
            foreach (var (term, position) in terms)
            {
                phrase.Add(new Term(FieldNames.Text, term), position);
            }

            return phrase;
        }

        Assert.True(SnapshotSloppyPhraseQuery.Handles(Phrase(1, ("国务院", 0), ("改革", 1))));
        Assert.True(SnapshotSloppyPhraseQuery.Handles(Phrase(3, ("国务院", 0), ("改革", 2), ("发展", 3))));
        Assert.False(SnapshotSloppyPhraseQuery.Handles(Phrase(0, ("国务院", 0), ("改革", 1))));
        Assert.False(SnapshotSloppyPhraseQuery.Handles(Phrase(2, ("改革", 0))));
        Assert.False(SnapshotSloppyPhraseQuery.Handles(Phrase(2, ("改革", 0), ("发展", 1), ("改革", 2))));
        Assert.False(SnapshotSloppyPhraseQuery.Handles(Phrase(2, ("改革", 0), ("发展", 1), ("开放", 1))));

        corpus.Index.WithSearcher(searcher =>
        {
            var repeated = Phrase(2, ("改革", 0), ("发展", 1), ("改革", 2));
            var query = (BooleanQuery)TermContexts.Attach(new BooleanQuery { { repeated, Occur.SHOULD } }, searcher);
            Assert.Same(repeated, query.Clauses[0].Query);
            return 0;
        });
    }

    private static IEnumerable<Query> Flatten(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Flatten(c.Query)).Prepend(boolean),
        FilteredQuery filtered => Flatten(filtered.Query).Prepend(filtered),
        _ => [query],
    };
}

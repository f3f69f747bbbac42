using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Querying.Scoring;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GovSearch.Tests.Querying.Scoring;

/// <summary>A Boolean tree of optional terms that a search scores as a <see cref="TermSumQuery"/> matches the same
/// documents with the same float scores as Lucene's Boolean query, alone, beside a required clause, and nested.</summary>
public sealed class TermSumQueryTests
{
    private static readonly string[] Words = ["a", "a", "a", "b", "b", "c", "d", "e", "f"];

    [Fact]
    public void ScoresAsLuceneBooleanQuery_OnRandomTrees()
    {
        var random = new Random(20261207);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            for (var segment = 0; segment < 3; segment++)
            {
                for (var i = 0; i < 200; i++)
                {
                    writer.AddDocument(
                    [
                        new StringField("id", $"{segment}-{i}", Field.Store.NO),
                        new TextField("title", Text(random, 6), Field.Store.NO),
                        new TextField("body", Text(random, 60), Field.Store.NO),
                    ]);
                }

                writer.Commit();
            }

            writer.DeleteDocuments(new Term("id", "1-7"), new Term("id", "2-100"));
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = StatisticsCachingSearcher.Create(reader);
        var sums = 0;
        for (var q = 0; q < 300; q++)
        {
            var seed = random.Next();
            var expected = searcher.Search(Query(new Random(seed), q % 3), reader.MaxDoc);
            var attached = TermContexts.Attach(Query(new Random(seed), q % 3), searcher);
            sums += Count(attached);
            var actual = searcher.Search(attached, reader.MaxDoc);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }

        Assert.Equal(300, sums);
    }

    [Fact]
    public void Qualifies_OnlyOptionalTermsWithoutCoordination()
    {
        var pair = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term("title", "a")), Occur.SHOULD }, { new TermQuery(new Term("body", "a")), Occur.SHOULD } };
        Assert.True(TermSumQuery.Qualifies(pair));
        Assert.False(TermSumQuery.Qualifies(new BooleanQuery(disableCoord: false) { { new TermQuery(new Term("body", "a")), Occur.SHOULD } }));
        Assert.False(TermSumQuery.Qualifies(new BooleanQuery(disableCoord: true) { { new TermQuery(new Term("body", "a")), Occur.MUST } }));
        Assert.False(TermSumQuery.Qualifies(new BooleanQuery(disableCoord: true) { { new PhraseQuery { new Term("body", "a"), new Term("body", "b") }, Occur.SHOULD } }));
        var atLeastOne = new BooleanQuery(disableCoord: true) { { pair, Occur.SHOULD }, { new TermQuery(new Term("body", "b")), Occur.SHOULD } };
        Assert.True(TermSumQuery.Qualifies(atLeastOne));
        atLeastOne.MinimumNumberShouldMatch = 1;
        Assert.False(TermSumQuery.Qualifies(atLeastOne));
    }

    private static string Text(Random random, int maximum) =>
        string.Join(' ', Enumerable.Range(0, random.Next(1, maximum)).Select(_ => Words[random.Next(Words.Length)]));

    /// <summary>A random tree of optional terms (levels of one clause included), alone (shape 0), beside a required term
    /// (1), or under a required clause of a Boolean query with coordination (2).</summary>
    private static Query Query(Random random, int shape)
    {
        var tree = Tree(random, random.Next(1, 4));
        return shape switch
        {
            0 => tree,
            1 => new BooleanQuery(disableCoord: true) { { new TermQuery(new Term("body", Words[random.Next(Words.Length)])), Occur.MUST }, { tree, Occur.SHOULD } },
            _ => new BooleanQuery { { tree, Occur.MUST }, { new TermQuery(new Term("title", "e")), Occur.SHOULD } },
        };
    }

    private static BooleanQuery Tree(Random random, int depth)
    {
        var tree = new BooleanQuery(disableCoord: true) { Boost = Boost(random) };
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            Query clause = depth > 1 && random.Next(2) == 0
                ? Tree(random, depth - 1)
                : new TermQuery(new Term(random.Next(2) == 0 ? "title" : "body", random.Next(8) == 0 ? "zzz" : Words[random.Next(Words.Length)])) { Boost = Boost(random) };
            tree.Add(clause, Occur.SHOULD);
        }

        return tree;
    }

    private static float Boost(Random random) => random.Next(3) switch
    {
        0 => 1,
        1 => 1.5f,
        _ => (float)(0.1 + random.NextDouble() * 3),
    };

    private static int Count(Query query) => query switch
    {
        TermSumQuery => 1,
        BooleanQuery boolean => boolean.Clauses.Sum(c => Count(c.Query)),
        _ => 0,
    };
}

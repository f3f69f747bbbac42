using GovSearch.Querying;
using GovSearch.Ranking;
using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSearch.Tests.Ranking;

/// <summary>
/// <see cref="LayTermCoverage"/> rewards the document that holds the expansion's legal wording together; the share is
/// taken per script of the wording, so a number inside Chinese wording cannot earn the whole bonus on its own.
/// </summary>
public sealed class LayTermCoverageTests
{
    [Fact]
    public async Task Rerank_ANumberInsideChineseWordingCountsWithItsChineseTerms()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(
        [
            new GovDocument("digits") { Title = "通知", Text = "3", Language = "zh" },
            new GovDocument("care") { Title = "办法", Text = "婴幼儿照护服务", Language = "zh" },
        ]);
        await index.CommitAsync();

        var order = index.WithSearcher(searcher =>
        {
            // The wording of 3岁以下婴幼儿照护 as the text field holds it: the number and the care document's Chinese words.
            var terms = new List<LayTerm> { new("3", 1, Chinese: true) };
            var care = searcher.Search(new TermQuery(new Term(FieldNames.Id, "care")), 1).ScoreDocs[0].Doc;
            var digits = searcher.Search(new TermQuery(new Term(FieldNames.Id, "digits")), 1).ScoreDocs[0].Doc;
            var enumerator = MultiFields.GetTerms(searcher.IndexReader, FieldNames.Text).GetEnumerator();
            while (enumerator.MoveNext())
            {
                var term = enumerator.Term.Utf8ToString();
                if (term != "3")
                {
                    terms.Add(new LayTerm(term, 1, Chinese: true));
                }
            }

            Assert.True(terms.Count >= 3, "the care document's text gives at least two Chinese terms");
            var ranked = new[] { new ScoreDoc(digits, 1), new ScoreDoc(care, 1) };
            return LayTermCoverage.Rerank(searcher, terms, ranked, depth: 2, weight: 1).Select(d => d.Doc == care ? "care" : "digits").ToList();
        });

        Assert.Equal(["care", "digits"], order);
    }
}

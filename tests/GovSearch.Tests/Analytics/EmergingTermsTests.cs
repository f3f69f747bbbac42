using GovSearch.Analytics;
using GovSearch.Topics;

namespace GovSearch.Tests.Analytics;

/// <summary>Emerging terms: rising terms only, ranked by a log-likelihood that their own counts reproduce, without
/// numbers or function words, and their earlier counts agree with the usage of the same words.</summary>
[Collection(UsageCorpusCollection.Name)]
public sealed class EmergingTermsTests(UsageCorpusFixture corpus)
{
    [Fact]
    public async Task Emerging_ListsRisingTerms_RankedByTheirLogLikelihood()
    {
        var found = await corpus.Index.GetEmergingTermsAsync(new EmergingTermsOptions { Year = 2020, MinimumCount = 3, MaximumTerms = 50 });

        Assert.NotEmpty(found.Terms);
        Assert.Equal(corpus.Documents.Count(d => d.Date?.Year == 2020), found.Documents);
        Assert.Equal(corpus.Documents.Count(d => d.Date?.Year < 2020), found.EarlierDocuments);
        Assert.Equal(corpus.Documents.Where(d => d.Date?.Year == 2020).Sum(d => (long)d.Text.Length), found.Characters);
        Assert.Contains("log-likelihood", found.Statistic, StringComparison.Ordinal);
        Assert.Equal(found.Terms.OrderByDescending(t => t.LogLikelihood).Select(t => t.LogLikelihood), found.Terms.Select(t => t.LogLikelihood));
        foreach (var term in found.Terms)
        {
            Assert.True(term.Count >= 3);
            Assert.True(term.PerMillionCharacters > term.EarlierPerMillionCharacters, term.Text);
            Assert.Equal(Math.Round(G2(term.Count, term.EarlierCount, found.Characters, found.EarlierCharacters), 3), term.LogLikelihood);
            Assert.DoesNotContain(term.Text, t => char.IsDigit(t));
            Assert.False(TopicTokenizer.ChineseStopWords.Contains(term.Text), term.Text);
            Assert.InRange(term.Words, 1, 3);
        }

        Assert.Contains(found.Terms, t => t.Words > 1);
    }

    [Fact]
    public async Task Emerging_SingleWordsOnly_WithMaximumWordsOne()
    {
        var found = await corpus.Index.GetEmergingTermsAsync(new EmergingTermsOptions { Year = 2021, MaximumWords = 1, MinimumCount = 2 });

        Assert.All(found.Terms, t => Assert.Equal(1, t.Words));
    }

    [Fact]
    public async Task Emerging_WithoutEarlierYears_ListsNothing()
    {
        var found = await corpus.Index.GetEmergingTermsAsync(new EmergingTermsOptions { Year = 2020, Filter = new DocumentFilter { FromYear = 2020 } });

        Assert.Empty(found.Terms);
        Assert.Null(found.EarliestYear);
        Assert.Equal(0, found.EarlierCharacters);
    }

    /// <summary>Dunning's G², written out again: 2 Σ O ln(O / E).</summary>
    private static double G2(double a, double b, double c, double d)
    {
        var e1 = c * (a + b) / (c + d);
        var e2 = d * (a + b) / (c + d);
        return 2 * ((a > 0 ? a * Math.Log(a / e1) : 0) + (b > 0 ? b * Math.Log(b / e2) : 0));
    }
}

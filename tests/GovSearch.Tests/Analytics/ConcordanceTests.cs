using GovSearch.Analysis;
using GovSearch.Analytics;

namespace GovSearch.Tests.Analytics;

/// <summary>Concordance lines: as many as the usage counts, oldest first, each cut from the document's own text at the
/// occurrence, with the passage heading that holds it.</summary>
[Collection(UsageCorpusCollection.Name)]
public sealed class ConcordanceTests(UsageCorpusFixture corpus)
{
    [Theory]
    [InlineData("依法治国")]
    [InlineData("数据安全")]
    [InlineData("rule of law")]
    public async Task Concordance_LinesMatchUsage_SortedByDate_CutFromTheText(string phrase)
    {
        var usage = (await corpus.Index.GetUsageAsync([phrase])).Phrases[0];
        var concordance = await corpus.Index.GetConcordanceAsync(phrase, new ConcordanceOptions { Width = 12, MaximumLines = 10_000 });

        Assert.True(usage.Occurrences > 0);
        Assert.Equal(usage.Occurrences, concordance.Occurrences);
        Assert.Equal(usage.Occurrences, concordance.Lines.Count);
        var keys = concordance.Lines.Select(l => (Undated: l.Date is null ? 1 : 0, Key: l.Date?.SortKey ?? 0)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Undated).ThenBy(k => k.Key), keys);
        var byId = corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var line in concordance.Lines)
        {
            var document = byId[line.DocumentId];
            Assert.Equal(document.Title, line.Title);
            Assert.Equal(document.Date, line.Date);
            Assert.StartsWith(line.Match, document.Text[line.Start..], StringComparison.Ordinal);
            Assert.True(line.Left.Length <= 12 && line.Right.Length <= 12);
            if (usage.Matching == PhraseMatching.Characters)
            {
                Assert.Equal(TextNormalizer.Normalize(phrase), TextNormalizer.Normalize(line.Match));
            }
            else
            {
                Assert.Equal(phrase, line.Match, ignoreCase: true);
            }
        }

        Assert.Contains(concordance.Lines, l => l.Heading.Length > 0);
    }

    [Fact]
    public async Task Concordance_TraditionalQuery_FindsSimplifiedText_AndKeepsTheTextsOwnCharacters()
    {
        var simplified = await corpus.Index.GetConcordanceAsync("数据安全");
        var traditional = await corpus.Index.GetConcordanceAsync("數據安全");

        Assert.Equal(simplified.Occurrences, traditional.Occurrences);
        Assert.Equal(simplified.Lines.Select(l => (l.DocumentId, l.Start, l.Match)), traditional.Lines.Select(l => (l.DocumentId, l.Start, l.Match)));
    }

    [Fact]
    public async Task Concordance_LimitsLines_ButCountsEveryOccurrence()
    {
        var concordance = await corpus.Index.GetConcordanceAsync("治理", new ConcordanceOptions { MaximumLines = 3 });

        Assert.Equal(3, concordance.Lines.Count);
        Assert.True(concordance.Occurrences > 3);
    }
}

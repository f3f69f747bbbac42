using System.Text.RegularExpressions;
using GovSearch.Analysis;
using GovSearch.Citations;
using GovSearch.Tests.Documents;
using GovSearch.Tests.Support;
using Xunit;

namespace GovSearch.Tests.Citations;

/// <summary>The short forms are searched near their landmarks only (法第, a verb of reference); they must be exactly the
/// matches of their patterns run over the whole text, as the extractor found them before.</summary>
public sealed class CitationShortFormTests
{
    [Theory]
    [InlineData("依照刑法第二百六十四条的规定处罚。")]
    [InlineData("刑法第三法第五条")]
    [InlineData("属于专利法第十一条、第十二条和第十三条第二款第(一)项规定的行为,违反治安管理处罚法的规定")]
    [InlineData("依照依照民事诉讼法及相关司法解释,根据中华人民共和国刑法第一条")]
    [InlineData("法第一条例第二条典第三条")]
    [InlineData("依照")]
    [InlineData("第")]
    [InlineData("")]
    public void ShortForms_AreThePatternsMatchesOverTheWholeText(string text) => AssertSameAsWholeText(text);

    [Fact]
    public async Task ShortForms_AreThePatternsMatchesOverTheWholeText_OnEveryDevDocument()
    {
        var documents = await LoaderHarness.LoadAllAsync(new DocumentLoader(), TestCorpus.Require("dev.jsonl"));

        var found = documents.Sum(d => AssertSameAsWholeText(TextNormalizer.Normalize(d.Text)));

        Assert.True(found > 100, $"dev.jsonl should hold many short forms; found {found}.");
    }

    /// <summary>Compares both short-form searches with their pattern over the whole text; returns the matches found.</summary>
    private static int AssertSameAsWholeText(string text)
    {
        var withArticle = CitationExtractor.ShortFormWithArticle();
        var afterVerb = CitationExtractor.ShortFormAfterVerb();

        // The extractor's verb pattern is anchored (\G) where each search starts; over the whole text it runs unanchored.
        Assert.StartsWith(@"\G", afterVerb.ToString(), StringComparison.Ordinal);
        var wholeTextAfterVerb = new Regex(afterVerb.ToString()[2..], afterVerb.Options);

        var expectedWithArticle = WholeText(withArticle, text);
        var expectedAfterVerb = WholeText(wholeTextAfterVerb, text);
        Assert.Equal(expectedWithArticle, CitationExtractor.ShortFormsWithArticle(text));
        Assert.Equal(expectedAfterVerb, CitationExtractor.ShortFormsAfterVerb(text));
        return expectedWithArticle.Count + expectedAfterVerb.Count;
    }

    private static List<CitationExtractor.ShortForm> WholeText(Regex pattern, string text) =>
        pattern.Matches(text).Select(m =>
        {
            var (title, article) = (m.Groups["title"], m.Groups["article"]);
            return new CitationExtractor.ShortForm(m.Index, m.Length, title.Index, title.Length, title.Value, article.Success ? article.Index : -1, article.Success ? article.Length : 0);
        }).ToList();
}

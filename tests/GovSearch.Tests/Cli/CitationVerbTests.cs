using System.Text.Json;
using GovSearch.Cli;
using GovSearch.Tests.Citations;
using Xunit;

namespace GovSearch.Tests.Cli;

/// <summary>The cites, cited-by and diff verbs, and show's versions, on real laws: text, JSON and missing ids.</summary>
public sealed class CitationVerbTests(LawCorpusFixture laws) : IClassFixture<LawCorpusFixture>
{
    [Fact]
    public async Task Cites_Json_ListsEachReferenceWithArticleAndResolvedVersion()
    {
        var (code, output, _) = await CliRunner.RunAsync("cites", "lrb-7336e250547a9e03", "--index", laws.IndexPath, "--json");
        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        var citations = json.RootElement.GetProperty("citations").EnumerateArray().ToList();
        Assert.Contains(citations, c => c.GetProperty("key").GetString() == "公司法"
            && c.GetProperty("article").GetString() == "第二十六条第二款"
            && c.GetProperty("resolvedId").GetString() == LawCorpusFixture.CompanyLaw2023);
        Assert.Contains(citations, c => c.GetProperty("key").GetString() == "民法典" && c.GetProperty("resolvedId").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task CitedBy_Text_CountsReferencesPerCitingDocument()
    {
        var (code, output, _) = await CliRunner.RunAsync("cited-by", LawCorpusFixture.CompanyLaw2018, "--index", laws.IndexPath);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"{LawCorpusFixture.CompanyLaw2018} is cited by 1 document", output, StringComparison.Ordinal);
        Assert.Contains("最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_Text_MarksAddedRemovedAndChangedWords()
    {
        var (code, output, _) = await CliRunner.RunAsync("diff", LawCorpusFixture.LegislationLaw2015, LawCorpusFixture.LegislationLaw2023, "--index", laws.IndexPath);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("amended", output, StringComparison.Ordinal);
        Assert.Contains("added", output, StringComparison.Ordinal);
        Assert.Contains("{+", output, StringComparison.Ordinal);
        Assert.Contains("[-", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_ListsOtherVersions()
    {
        var (code, output, _) = await CliRunner.RunAsync("show", LawCorpusFixture.CompanyLaw2018, "--index", laws.IndexPath, "--json");
        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        var other = Assert.Single(json.RootElement.GetProperty("otherVersions").EnumerateArray());
        Assert.Equal(LawCorpusFixture.CompanyLaw2023, other.GetProperty("id").GetString());
        Assert.True(other.GetProperty("isCurrent").GetBoolean());
    }

    [Fact]
    public async Task Search_CurrentCollapseAndCites_Filter()
    {
        var (code, output, _) = await CliRunner.RunAsync("search", "公司 股东", "--index", laws.IndexPath, "--current", "--cites", "公司法", "--json");
        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(["lrb-7336e250547a9e03", "lrb-feb68c879b183d61"], ids.Order(StringComparer.Ordinal));

        var (_, text, _) = await CliRunner.RunAsync("search", "公司 股东", "--index", laws.IndexPath, "--collapse");
        Assert.Contains("1 other version", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cites")]
    [InlineData("cited-by")]
    public async Task MissingId_NamesItAndFails(string verb)
    {
        var (code, _, error) = await CliRunner.RunAsync(verb, "no-such-id", "--index", laws.IndexPath);
        Assert.NotEqual(ExitCodes.Success, code);
        Assert.Contains("no-such-id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_MissingId_NamesTheMissingOne()
    {
        var (code, _, error) = await CliRunner.RunAsync("diff", LawCorpusFixture.CompanyLaw2018, "gone", "--index", laws.IndexPath);
        Assert.NotEqual(ExitCodes.Success, code);
        Assert.Contains("'gone'", error, StringComparison.Ordinal);
    }
}

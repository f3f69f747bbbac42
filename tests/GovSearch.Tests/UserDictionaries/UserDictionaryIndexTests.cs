using GovSearch.Analysis;
using GovSearch.Schema;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.UserDictionaries;

/// <summary>AnalysisOptions.UserWords on real indexes on disk: the words stay whole, the ranking changes as documented,
/// and the index records its dictionary and refuses another.</summary>
public sealed class UserDictionaryIndexTests : IDisposable
{
    private static readonly AnalysisOptions WithWords = AnalysisOptions.Default with { UserWords = ["饲养动物"] };

    private static readonly GovDocument[] Documents =
    [
        // The law that uses the term as a unit, once.
        Docs.Make("tort", "侵权责任规定", "饲养动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。", language: "zh"),
        // A rule that repeats the term's words, never as the unit.
        Docs.Make("farm", "动物饲养场管理办法",
            "动物饲养场应当建立饲养档案。饲养场饲养的动物应当接种疫苗，动物饲养人应当报告动物疫情。饲养场所和动物圈舍应当定期消毒，饲养人员应当接受培训。", language: "zh"),
        Docs.Make("other", "数据安全法", "国家保障数据依法有序自由流动。", language: "zh"),
        // As in a real collection, the parts are common words; the unit is rare.
        Docs.Make("zoo", "动物园管理规定", "动物园应当保障动物福利。", language: "zh"),
        Docs.Make("pigs", "生猪饲养规范", "生猪饲养应当符合标准。", language: "zh"),
        Docs.Make("wild", "野生动物保护法", "国家保护野生动物及其栖息地。", language: "zh"),
        Docs.Make("fish", "水产饲养规定", "水产饲养单位应当登记。", language: "zh"),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<string> BuildAsync(string name, AnalysisOptions? analysis)
    {
        var path = _folder.File(name);
        using var index = GovSearchIndex.Create(path, new GovSearchIndexOptions { Analysis = analysis });
        await index.AddRangeAsync(Documents);
        await index.CommitAsync();
        return path;
    }

    [Fact]
    public void UserWord_IsOneTokenAtQueryTime_AndStacksItsPartsAtIndexTime()
    {
        using var plainQuery = new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Query);
        using var query = new GovAnalyzer(WithWords, AnalysisMode.Query);
        using var index = new GovAnalyzer(WithWords, AnalysisMode.Index);
        const string text = "饲养动物造成损害";

        Assert.Equal(["饲养", "动物", "造成", "损害"], AnalyzedTerms.Of(plainQuery, FieldNames.Text, text).Select(t => t.Term));
        Assert.Equal(["饲养动物", "造成", "损害"], AnalyzedTerms.Of(query, FieldNames.Text, text).Select(t => t.Term));
        Assert.Equal([("饲养动物", 0), ("饲养", 0), ("动物", 0), ("造成", 1), ("损害", 2)], AnalyzedTerms.Of(index, FieldNames.Text, text));
    }

    [Fact]
    public void UserWord_InTraditionalText_IsKeptWholeToo()
    {
        using var query = new GovAnalyzer(AnalysisOptions.Default with { UserWords = ["飼養動物"] }, AnalysisMode.Query);

        Assert.Equal(["饲养动物"], AnalyzedTerms.Of(query, FieldNames.Text, "飼養動物").Select(t => t.Term));
    }

    [Fact]
    public async Task Search_ForAUserWord_RanksTheDocumentsThatHoldItAsAUnit()
    {
        var plain = await BuildAsync("plain", null);
        var withWords = await BuildAsync("words", WithWords);
        using var before = GovSearchIndex.Open(plain, new GovSearchIndexOptions { ReadOnly = true });
        using var after = GovSearchIndex.Open(withWords, new GovSearchIndexOptions { ReadOnly = true });

        var unsplit = await before.SearchAsync("饲养动物");
        var kept = await after.SearchAsync("饲养动物");
        var wholeOnly = await after.SearchAsync("饲养动物", new SearchOptions { UserWordPartsWeight = 0 });

        // Without the word, the rule that repeats its parts outranks the law that uses the term.
        Assert.Equal(["farm", "tort"], unsplit.Hits.Select(h => h.Id).Take(2));
        // With it, the law that holds the term as a unit ranks first; the rule still matches through the parts.
        Assert.Equal(["tort", "farm"], kept.Hits.Select(h => h.Id).Take(2));
        // Without the parts, the query is the one term: only the law holds it.
        Assert.Equal(["tort"], wholeOnly.Hits.Select(h => h.Id));
        // A part alone still finds both (the parts are indexed under the word).
        Assert.Equal(["farm", "fish", "pigs", "tort"], (await after.SearchAsync("饲养")).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Open_WithoutOptions_KeepsTheRecordedDictionary_AndStatisticsShowIt()
    {
        var path = await BuildAsync("words", WithWords);

        using (var writer = GovSearchIndex.Open(path))
        {
            // A commit by an instance opened without options records the dictionary again.
            await writer.DeleteAsync("other");
            await writer.CommitAsync();
        }

        using var index = GovSearchIndex.Open(path);

        Assert.Equal(["饲养动物"], index.Analysis.UserWords);
        Assert.Equal(["饲养动物"], index.AnalyzeQueryText("饲养动物"));
        var statistics = index.GetStatistics();
        Assert.Equal(1, statistics.UserDictionaryWords);
        Assert.Equal(WithWords.UserDictionaryHash(), statistics.UserDictionaryHash);
        Assert.Matches("^[0-9a-f]{16}$", statistics.UserDictionaryHash!);

        // Documents added later are segmented with the recorded dictionary.
        await index.AddAsync(Docs.Make("later", "饲养动物规定", "饲养动物应当登记。", language: "zh"));
        await index.CommitAsync();
        Assert.Equal(["later", "tort"], (await index.SearchAsync("饲养动物", new SearchOptions { UserWordPartsWeight = 0 })).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Open_WithTheSameWords_InAnotherOrderOrScript_IsAccepted()
    {
        var path = await BuildAsync("words", AnalysisOptions.Default with { UserWords = ["饲养动物", "子女抚养"] });

        using var index = GovSearchIndex.Open(path, new GovSearchIndexOptions { Analysis = AnalysisOptions.Default with { UserWords = ["子女撫養", "饲养动物", "饲养动物"] } });

        Assert.Equal(2, index.GetStatistics().UserDictionaryWords);
    }

    [Fact]
    public async Task Open_WithAnotherDictionary_IsRefused_SayingHowToRebuild()
    {
        var withWords = await BuildAsync("words", WithWords);
        var plain = await BuildAsync("plain", null);

        var other = Assert.Throws<IndexFormatException>(() =>
            GovSearchIndex.Open(withWords, new GovSearchIndexOptions { Analysis = AnalysisOptions.Default with { UserWords = ["子女抚养"] } }));
        var none = Assert.Throws<IndexFormatException>(() => GovSearchIndex.Open(withWords, new GovSearchIndexOptions { Analysis = AnalysisOptions.Default }));
        var added = Assert.Throws<IndexFormatException>(() => GovSearchIndex.OpenOrCreate(plain, new GovSearchIndexOptions { Analysis = WithWords }));

        Assert.Contains($"was built with a user dictionary of 1 word (hash {WithWords.UserDictionaryHash()}), but the options give a user dictionary of 1 word", other.Message, StringComparison.Ordinal);
        Assert.Contains("rebuild the index (govsearch index --rebuild --user-dict FILE", other.Message, StringComparison.Ordinal);
        Assert.Contains("but the options give no user dictionary", none.Message, StringComparison.Ordinal);
        Assert.Contains("was built with no user dictionary", added.Message, StringComparison.Ordinal);
        // Nothing was left locked: the index opens for writing afterwards.
        using var reopened = GovSearchIndex.Open(withWords);
    }

    [Fact]
    public async Task Manifest_WithWordsThatDoNotMatchTheRecordedHash_IsDamage()
    {
        var path = await BuildAsync("words", WithWords);
        var userData = new Dictionary<string, string>(GovSearch.Storage.IndexStorage.Current(WithWords).ToUserData());
        userData[GovSearch.Storage.IndexManifest.UserDictionaryKey] = "子女抚养";

        var e = Assert.Throws<IndexFormatException>(() => GovSearch.Storage.IndexManifest.FromUserData(path, userData));

        Assert.Contains("records a user dictionary (count 1, hash ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UserWordPartsWeight_DefaultsTo05_AndIsValidated()
    {
        Assert.Equal(0.5f, new SearchOptions().UserWordPartsWeight);
        var e = Assert.Throws<ArgumentException>(() => new SearchOptions { UserWordPartsWeight = -0.1f }.Validate());
        Assert.Equal("SearchOptions.UserWordPartsWeight is -0.1; it must be between 0 and 1. (Parameter 'UserWordPartsWeight')", e.Message);
    }

    [Fact]
    public void Describe_WithoutUserWords_IsUnchanged_SoOldIndexesKeepTheirFingerprint()
    {
        Assert.DoesNotContain("userdict", AnalysisOptions.Default.Describe(), StringComparison.Ordinal);
        Assert.EndsWith($";userdict=1:{WithWords.UserDictionaryHash()}", WithWords.Describe(), StringComparison.Ordinal);
        Assert.NotEqual(AnalysisOptions.Default.Fingerprint(), WithWords.Fingerprint());
    }
}

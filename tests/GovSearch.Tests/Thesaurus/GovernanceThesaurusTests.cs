using System.Text;
using GovSearch.Thesaurus;

namespace GovSearch.Tests.Thesaurus;

/// <summary>The embedded thesaurus: it loads, is large enough, well formed, and finds everyday phrases in query text.</summary>
public sealed class GovernanceThesaurusTests
{
    [Fact]
    public void Resource_LoadsWithAtLeastTwoThousandEntries()
    {
        Assert.True(GovernanceThesaurus.Shared.Entries.Count >= 2000, $"only {GovernanceThesaurus.Shared.Entries.Count} entries");
    }

    [Fact]
    public void Resource_EveryLineIsWellFormedAndNoNormalizedKeyRepeats()
    {
        using var stream = typeof(GovernanceThesaurus).Assembly.GetManifestResourceStream(GovernanceThesaurus.Resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            Assert.True(fields.Length == 4, $"line {number}: {fields.Length} fields");
            Assert.False(string.IsNullOrWhiteSpace(fields[0]), $"line {number}: empty lay phrase");
            Assert.All(fields[1].Split('|'), legal => Assert.False(string.IsNullOrWhiteSpace(legal), $"line {number}: empty legal alternative"));
            Assert.False(string.IsNullOrWhiteSpace(fields[2]), $"line {number}: empty domain");
            var key = GovernanceThesaurus.NormalizeKey(fields[0]);
            if (GovernanceThesaurus.IsSpellingOnly(key, fields[1].Split('|')))
            {
                // The normalizer folds the spelling itself (瞭解 → 了解); the thesaurus leaves the line out.
                Assert.False(GovernanceThesaurus.Shared.Entries.ContainsKey(key), $"line {number}: '{fields[0]}' only respells its wording");
                continue;
            }

            Assert.True(keys.Add(key), $"line {number}: '{fields[0]}' repeats a key");
        }

        Assert.Equal(keys.Count, GovernanceThesaurus.Shared.Entries.Count);
    }

    [Theory]
    [InlineData("被狗咬", "饲养动物 损害责任")]
    [InlineData("加班费", "延长工作时间 工资报酬")]
    [InlineData("闯红灯", "违反交通信号")]
    [InlineData("老赖", "失信被执行人")]
    [InlineData("婚姻法", "民法典 婚姻家庭编")]
    [InlineData("cabinet", "国务院")]
    [InlineData("当过兵", "退出现役")]
    [InlineData("聋哑人", "听力残疾")]
    [InlineData("交满十五年", "累计缴费满十五年")]
    [InlineData("房子被拆", "房屋征收")]
    [InlineData("交警", "公安机关交通管理部门")]
    [InlineData("拖欠工钱", "拖欠 劳动报酬")]
    [InlineData("坐月子", "产假")]
    [InlineData("漏水", "相邻 不动产 损害")]
    [InlineData("转错账", "不当得利")]
    [InlineData("残保金", "残疾人就业保障金")]
    [InlineData("空巢老人", "独居 老年人")]
    public void Resource_HoldsTheIssueExamplesAndEverydayWordsOfEachDomain(string lay, string legal)
    {
        Assert.Contains(legal, GovernanceThesaurus.Shared.Entries[GovernanceThesaurus.NormalizeKey(lay)].Legal);
    }

    [Theory]
    [InlineData("labour")]
    [InlineData("social-insurance")]
    [InlineData("family")]
    [InlineData("inheritance")]
    [InlineData("housing")]
    [InlineData("property-management")]
    [InlineData("traffic")]
    [InlineData("consumer")]
    [InlineData("food-drug")]
    [InlineData("medical")]
    [InlineData("education")]
    [InlineData("internet-data")]
    [InlineData("lending")]
    [InlineData("criminal")]
    [InlineData("public-security")]
    [InlineData("administrative")]
    [InlineData("tax")]
    [InlineData("land")]
    [InlineData("environment")]
    [InlineData("veterans")]
    [InlineData("disability")]
    [InlineData("minors")]
    [InlineData("elderly")]
    [InlineData("women")]
    public void Resource_CoversEachDomainCitizensAskAbout(string domain)
    {
        Assert.True(GovernanceThesaurus.Shared.Entries.Values.Count(e => e.Domain == domain) >= 5, $"fewer than 5 entries in {domain}");
    }

    [Fact]
    public void FindAll_TakesTheLongestPhraseAndFoldsTraditional()
    {
        var matches = GovernanceThesaurus.Shared.FindAll("樓上裝修噪音怎麼辦");

        var match = Assert.Single(matches, m => m.Entry.Lay == "装修噪音");
        Assert.Equal(2, match.Start);
        Assert.Equal(4, match.Length);
    }

    [Fact]
    public void FindAll_MatchesLatinPhrasesOnlyAtWordBoundaries()
    {
        Assert.Contains(GovernanceThesaurus.Shared.FindAll("What did the Cabinet decide?"), m => m.Entry.Lay == "cabinet");
        Assert.DoesNotContain(GovernanceThesaurus.Shared.FindAll("cabinetmaker"), m => m.Entry.Lay == "cabinet");
    }

    [Fact]
    public void Parse_NamesTheLineOfARepeatedKey()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            GovernanceThesaurus.Parse(new StringReader("# header\n被狗咬\t饲养动物\ttort\t\n被狗咬\t动物\ttort\t\n"), "test.tsv"));

        Assert.Equal("test.tsv line 3: the lay phrase '被狗咬' is already listed; merge the two lines.", error.Message);
    }

    [Fact]
    public void Parse_NamesTheLineOfAMalformedEntry()
    {
        var error = Assert.Throws<InvalidDataException>(() => GovernanceThesaurus.Parse(new StringReader("被狗咬\t饲养动物\n"), "test.tsv"));

        Assert.Equal("test.tsv line 1: expected 4 tab-separated fields (lay, legal, domain, note), found 2.", error.Message);
    }

    [Theory]
    [InlineData("被老板开除了怎么办？")]
    [InlineData("What did the NPC Standing Committee decide?")]
    [InlineData("ＮＰＣ全國人大常委會")]
    [InlineData("Ⓐ Ⅻ ΑΒΓ ДЖ İstanbul ǅ")]
    [InlineData("“加班费”——《劳动法》（2018）、第三条…")]
    [InlineData("")]
    public void NormalizeKey_LowerCasesAsTheRuntimeDoes(string text)
    {
        Assert.Equal(GovSearch.Analysis.TextNormalizer.Normalize(text).ToLowerInvariant(), GovernanceThesaurus.NormalizeKey(text));
    }

    [Fact]
    public void NormalizeKey_OfEveryKey_IsWhatTheRuntimeGives()
    {
        foreach (var entry in GovernanceThesaurus.Shared.Entries.Values)
        {
            Assert.Equal(GovSearch.Analysis.TextNormalizer.Normalize(entry.Lay).ToLowerInvariant(), GovernanceThesaurus.NormalizeKey(entry.Lay));
        }
    }
}

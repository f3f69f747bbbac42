using GovSearch.Analysis;
using GovSearch.Tests.Support;
using Xunit;

namespace GovSearch.Tests.Analysis;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Normalize_FoldsFullWidthAsciiAndTheIdeographicSpace()
    {
        Assert.Equal("ABCxyz019!~ %.", TextNormalizer.Normalize("ＡＢＣｘｙｚ０１９！～\u3000％．"));
    }

    [Theory]
    [InlineData("國家治理體系", "国家治理体系")]
    [InlineData("後來的發展", "后来的发展")]
    [InlineData("中華人民共和國憲法", "中华人民共和国宪法")]
    [InlineData("一國兩制", "一国两制")]
    public void Normalize_ConvertsTraditionalToSimplified(string traditional, string simplified)
    {
        Assert.Equal(simplified, TextNormalizer.Normalize(traditional));
    }

    [Theory]
    [InlineData("著作权法和显著成效")]
    [InlineData("与时俱进和俱乐部")]
    [InlineData("慰藉")]
    [InlineData("瞭望")]
    [InlineData("姊妹")]
    [InlineData("苎麻")]
    public void Normalize_LeavesStandardSimplifiedCharactersAsWritten(string simplified)
    {
        Assert.Equal(simplified, TextNormalizer.Normalize(simplified));
    }

    [Theory]
    [InlineData("苧麻", "苎麻")]
    [InlineData("薴", "苎")]
    public void Normalize_ConvertsTheTraditionalFormOfAKeptCharacter(string traditional, string simplified)
    {
        Assert.Equal(simplified, TextNormalizer.Normalize(traditional));
    }

    [Fact]
    public void Normalize_IsIdempotentForEveryUtf16Unit()
    {
        var map = TextNormalizer.Map;

        var unstable = Enumerable.Range(0, map.Length).Where(c => map[map[c]] != map[c]).Select(c => $"U+{c:X4}").ToList();

        Assert.Empty(unstable);
    }

    [Fact]
    public void Normalize_KeepsSurrogatesAndNonHanScriptsUnchanged()
    {
        var map = TextNormalizer.Map;

        Assert.All(Enumerable.Range(0xD800, 0x800), c => Assert.Equal(c, map[c]));
        Assert.Equal("Ünïcödé ĳ Ωμέγα русский 한국어 ひらがな 𠀀😀", TextNormalizer.Normalize("Ünïcödé ĳ Ωμέγα русский 한국어 ひらがな 𠀀😀"));
    }

    [Fact]
    public void Normalize_WithoutConversion_OnlyFoldsWidth()
    {
        Assert.Equal("國家 AB1", TextNormalizer.Normalize("國家\u3000ＡＢ１", convertTraditional: false));
    }

    [Fact]
    public void NormalizeInPlace_ChangesOnlyTheGivenCount()
    {
        var buffer = "國國國".ToCharArray();

        TextNormalizer.NormalizeInPlace(buffer, 2, convertTraditional: true);

        Assert.Equal("国国國", new string(buffer));
    }

    [Theory]
    [InlineData('國', true, false)]
    [InlineData('国', false, true)]
    [InlineData('中', false, false)]
    [InlineData('著', false, false)]
    [InlineData('苧', true, false)]
    [InlineData('A', false, false)]
    public void TraditionalAndSimplifiedFlags_FollowTheConversion(char c, bool traditionalOnly, bool simplifiedOnly)
    {
        Assert.Equal(traditionalOnly, TextNormalizer.IsTraditionalOnly(c));
        Assert.Equal(simplifiedOnly, TextNormalizer.IsSimplifiedOnly(c));
    }

    [Fact]
    public async Task Normalize_LeavesTheHanOfEverySimplifiedCorpusDocumentUnchanged()
    {
        var documents = await CorpusReader.LoadAsync("dev.jsonl");
        var han = 0L;
        var changed = new List<string>();

        foreach (var document in documents.Where(d => d.Language == "zh"))
        {
            var normalized = TextNormalizer.Normalize(document.Text);
            for (var i = 0; i < document.Text.Length; i++)
            {
                if (CharClass.IsHan(document.Text[i]))
                {
                    han++;
                    if (normalized[i] != document.Text[i])
                    {
                        changed.Add($"{document.Id}: {document.Text[i]} -> {normalized[i]}");
                    }
                }
            }
        }

        Assert.True(han > 500_000, $"Only {han} Han characters in the simplified documents.");
        Assert.Empty(changed);
    }
}

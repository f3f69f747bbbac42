using GovSearch.Citations;
using Xunit;

namespace GovSearch.Tests.Citations;

/// <summary>The extractor's rules, one behaviour per row; articles stay as written, in the script of the text (the corpus-wide quality is in <see cref="CitationLabelTests"/>).</summary>
public sealed class CitationExtractorTests
{
    [Theory]
    [InlineData("依照《中华人民共和国数据安全法》第二十一条第一款、第二十二条的规定处理。", "中华人民共和国数据安全法", "数据安全法", "第二十一条第一款、第二十二条")]
    [InlineData("依照《中華人民共和國數據安全法》第十條處理。", "中華人民共和國數據安全法", "数据安全法", "第十條")]
    [InlineData("根据《物业管理条例》，制定本办法。", "物业管理条例", "物业管理条例", "")]
    [InlineData("以盗窃罪定罪，依照刑法第二百六十四条的规定处罚。", "刑法", "刑法", "第二百六十四条")]
    [InlineData("违反治安管理处罚法的规定，由公安机关处罚。", "治安管理处罚法", "治安管理处罚法", "")]
    [InlineData("应当认定属于专利法第十一条规定的使用行为。", "专利法", "专利法", "第十一条")]
    [InlineData("按照最高人民法院《关于适用〈中华人民共和国民事诉讼法〉的解释》第二百五十二条审查。", "关于适用〈中华人民共和国民事诉讼法〉的解释", "关于适用中华人民共和国民事诉讼法的解释", "第二百五十二条")]
    public void Extract_FindsChineseReferences(string text, string title, string key, string article)
    {
        var found = Assert.Single(CitationExtractor.Extract(text));
        Assert.Equal((title, key, article), (found.Title, found.Key, found.Article));
        Assert.Equal(LawTitles.Key("最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"), LawTitles.Key("关于适用〈中华人民共和国民事诉讼法〉的解释"));
    }

    [Theory]
    [InlineData("违反本条例第十条规定的，责令改正。")]
    [InlineData("根据《中华人民共和国档案法》（以下简称《档案法》），制定本办法。")]
    [InlineData("在《国防专利内部通报》上刊登。")]
    [InlineData("依照有关法律、法规的规定执行。")]
    [InlineData("公司法施行前的法律事实。")]
    public void Extract_LeavesOutWhatIsNotAnotherReference(string text)
    {
        var found = CitationExtractor.Extract(text);
        Assert.True(found.Count <= 1);
        Assert.All(found, f => Assert.Equal("档案法", f.Key));
    }

    [Fact]
    public void Extract_FindsEnglishActsAmendmentsAndConstitutionalArticles()
    {
        var found = CitationExtractor.Extract(
            "We passed the No Child Left Behind Act. Under the Fourteenth Amendment and Article V of the Constitution, the Act applies.");
        Assert.Equal(["no child left behind act", LawTitles.UsAmendment(14), LawTitles.UsConstitution], found.Select(f => f.Key));
        Assert.Equal(LawTitles.UsAmendment(14), LawTitles.Key("Constitution of the United States: Amendment XIV"));
        Assert.Equal(LawTitles.UsConstitution, LawTitles.Key("The Constitution of the United States of America (1787)"));
        Assert.Equal("Article V", found[2].Article);
    }

    [Fact]
    public void Keys_KeepAmendmentsApartAndStripRevisionNotes()
    {
        Assert.Equal("公司法", LawTitles.Key("《中华人民共和国公司法（2018年修正）》"));
        Assert.NotEqual(LawTitles.Key("中华人民共和国刑法修正案（九）"), LawTitles.Key("中华人民共和国刑法修正案（十）"));
        Assert.False(LawTitles.IsVersioned(LawTitles.Key("中华人民共和国宪法修正案")));
        Assert.True(LawTitles.IsVersioned(LawTitles.Key("中华人民共和国公司法")));
        Assert.NotEqual(LawTitles.Key("State of the Union Address (1790), George Washington"), LawTitles.Key("State of the Union Address (1791), George Washington"));
    }
}

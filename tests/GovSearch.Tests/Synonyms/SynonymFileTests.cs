using GovSearch.Synonyms;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Synonyms;

/// <summary>The Solr synonyms format of GovSearchIndexOptions.SynonymFiles, and errors naming file and line.</summary>
public sealed class SynonymFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string text)
    {
        var path = _folder.File($"{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        return path;
    }

    private static Dictionary<string, string[]> Table(string path) =>
        SynonymFile.Read([path]).Table.ToDictionary(p => p.Key, p => p.Value.Select(t => t.Text).ToArray());

    [Fact]
    public void Equivalents_MakeEachTermASynonymOfTheOthers()
    {
        var table = Table(Write("# comment\n\n加班费, 加班工资 ,延长工作时间工资报酬\n"));

        Assert.Equal(["加班工资", "延长工作时间工资报酬"], table["加班费"]);
        Assert.Equal(["加班费", "延长工作时间工资报酬"], table["加班工资"]);
        Assert.Equal(["加班费", "加班工资"], table["延长工作时间工资报酬"]);
    }

    [Fact]
    public void ExplicitMapping_GoesOneWay_AndLinesForOneKeyAddUp()
    {
        var table = Table(Write("离婚孩子归谁, 孩子归谁 => 子女抚养\n孩子归谁 => 直接抚养\nCabinet  Office => State   Council\n"));

        Assert.Equal(["子女抚养"], table["离婚孩子归谁"]);
        Assert.Equal(["子女抚养", "直接抚养"], table["孩子归谁"]);
        Assert.False(table.ContainsKey("子女抚养"));
        // Keys are folded as queries are (case, width, traditional); terms keep their spelling, spaces collapsed.
        Assert.Equal(["State Council"], table["cabinet office"]);
    }

    [Fact]
    public void Backslash_MakesTheNextCharacterPlain()
    {
        var table = Table(Write("a\\,b, c\\=>d, e\\\\f\n\\#tag, hashtag\n"));

        Assert.Equal(["c=>d", "e\\f"], table["a,b"]);
        Assert.Equal(["hashtag"], table["#tag"]);
    }

    [Fact]
    public void Keys_AreFoldedLikeQueries()
    {
        var table = Table(Write("國務院, ＣＡＢＩＮＥＴ\n"));

        Assert.Equal(["ＣＡＢＩＮＥＴ"], table["国务院"]);
        Assert.Equal(["國務院"], table["cabinet"]);
    }

    [Theory]
    [InlineData("a, , b", "a term is empty")]
    [InlineData("a =>", "a term is empty")]
    [InlineData("=> b", "a term is empty")]
    [InlineData("a => b => c", "more than one '=>'")]
    [InlineData("alone", "a rule needs at least two different terms")]
    [InlineData("same, SAME", "a rule needs at least two different terms")]
    [InlineData("a, b\\", "ends with a lone backslash")]
    public void BadLine_NamesFileAndLine(string line, string problem)
    {
        var path = Write($"ok, fine\n# note\n{line}\n");

        var e = Assert.Throws<DictionaryFileException>(() => SynonymFile.Read([path]));

        Assert.StartsWith($"{path}:3: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void TooLongTerm_AndMissingFile_AreNamed()
    {
        var path = Write($"short, {new string('x', 65)}\n");
        var missing = _folder.File("none.txt");

        Assert.Contains(":1: the term 'xxxxxxxxxxxxxxxxxxxx…' has 65 characters; a term has at most 64.", Assert.Throws<DictionaryFileException>(() => SynonymFile.Read([path])).Message, StringComparison.Ordinal);
        Assert.Equal($"{missing}: the synonym file does not exist.", Assert.Throws<DictionaryFileException>(() => SynonymFile.Read([missing])).Message);
    }
}

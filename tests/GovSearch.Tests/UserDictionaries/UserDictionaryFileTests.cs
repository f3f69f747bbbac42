using System.Text;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.UserDictionaries;

/// <summary>UserDictionary.Load: the file format, and errors that name the file and the line.</summary>
public sealed class UserDictionaryFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text, bool bom = false)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    [Fact]
    public void Load_ReadsOneWordALine_SkippingCommentsAndBlanks_AndTakesTheFirstColumnOfJiebaLines()
    {
        var path = Write("words.txt", "# legal terms\n\n饲养动物\n  延长工作时间  \n子女抚养 100 n\n劳动报酬\t3\n违反交通信号 v\n", bom: true);

        Assert.Equal(["饲养动物", "延长工作时间", "子女抚养", "劳动报酬", "违反交通信号"], UserDictionary.Load(path));
    }

    [Fact]
    public void Load_ManyFiles_KeepsEachWordOnce_TraditionalAndSimplifiedAlike()
    {
        var first = Write("a.txt", "饲养动物\n國家機關\n");
        var second = Write("b.txt", "饲养动物\n国家机关\n子女抚养\n");

        Assert.Equal(["饲养动物", "國家機關", "子女抚养"], UserDictionary.Load(first, second));
    }

    [Theory]
    [InlineData("5G网络", "holds '5', which is not a Han character")]
    [InlineData("饲", "is one character; a user word has 2 to 32 Han characters")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "has 33 characters; a user word has at most 32")]
    [InlineData("饲养 动物", "is not a frequency (digits) and a tag (letters); a user word cannot contain spaces")]
    [InlineData("饲养动物 100 n extra", "found 4 columns")]
    public void Load_BadLine_NamesFileAndLine(string line, string problem)
    {
        var path = Write("bad.txt", $"# ok\n饲养动物\n{line}\n");

        var e = Assert.Throws<DictionaryFileException>(() => UserDictionary.Load(path));

        Assert.StartsWith($"{path}:3: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Equal(path, e.FilePath);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Load_MissingOrNonUtf8File_IsNamed()
    {
        var missing = _folder.File("none.txt");
        var gbk = _folder.File("gbk.txt");
        File.WriteAllBytes(gbk, [0xCA, 0xFD, 0xBE, 0xDD, 0x0A]); // 数据 in GBK

        Assert.Equal($"{missing}: the user dictionary file does not exist.", Assert.Throws<DictionaryFileException>(() => UserDictionary.Load(missing)).Message);
        Assert.Contains("is not UTF-8 text", Assert.Throws<DictionaryFileException>(() => UserDictionary.Load(gbk)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MoreThanTheMaximum_NamesTheLineThatPassesIt()
    {
        // 120,000 lines, of which more than 100,000 stay distinct after traditional characters are converted.
        var words = Enumerable.Range(0, 120_000).Select(i => new string([(char)(0x4E00 + (i / 20000)), (char)(0x4E00 + (i % 20000))]));
        var path = Write("big.txt", string.Join('\n', words));

        var e = Assert.Throws<DictionaryFileException>(() => UserDictionary.Load(path));

        Assert.True(e.Line > UserDictionary.MaximumWords, e.Message);
        Assert.Contains("more than 100,000 words", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalysisOptions_Validate_ChecksUserWords()
    {
        new AnalysisOptions { UserWords = ["饲养动物"] }.Validate();

        var e = Assert.Throws<ArgumentException>(() => new AnalysisOptions { UserWords = ["abc"] }.Validate());
        Assert.Contains("AnalysisOptions.UserWords", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new AnalysisOptions { UserWords = null! }.Validate());
        Assert.Throws<ArgumentException>(() => new AnalysisOptions { UserWords = ["饲"] }.Validate());
    }
}

using GovSearch.CrossLingual;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.CrossLingual;

/// <summary>
/// Glossary and parallel text files: the shipped glossary loads whole, and a user's file is read line by line with
/// errors that name the file and the line.
/// </summary>
public sealed class GlossaryFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ShippedGlossary_HasAtLeast3000EntriesEachWithChineseAndEnglish()
    {
        var entries = GlossaryFile.LoadShipped();

        Assert.True(entries.Count >= 3000, $"{entries.Count} entries");
        Assert.Equal(entries.Count, entries.Select(e => e.Chinese).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, e => Assert.NotEmpty(e.English));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.Category), $"line {e.Line} has no category"));
    }

    [Fact]
    public void ShippedGlossary_CoversEveryCategoryTheIssueAsksFor()
    {
        var categories = GlossaryFile.LoadShipped().Select(e => e.Category).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["law", "regulation", "body", "concept", "slogan", "everyday"], StringComparer.Ordinal), categories);
    }

    [Fact]
    public void Read_ParsesRenderingsCategoriesAndLineNumbers_SkippingCommentsAndBlankLines()
    {
        var entries = GlossaryFile.Read(new StringReader("# my glossary\n\n数据安全法\tData Security Law | DSL\tlaw\n营商环境\tbusiness environment\n"), "mine.tsv");

        Assert.Collection(
            entries,
            e =>
            {
                Assert.Equal("数据安全法", e.Chinese);
                Assert.Equal(["Data Security Law", "DSL"], e.English);
                Assert.Equal("law", e.Category);
                Assert.Equal(3, e.Line);
            },
            e =>
            {
                Assert.Equal("营商环境", e.Chinese);
                Assert.Equal(["business environment"], e.English);
                Assert.Equal(4, e.Line);
            });
    }

    [Theory]
    [InlineData("数据安全法", "found 1 field")]
    [InlineData("Data Security Law\t数据安全法", "must be Chinese")]
    [InlineData("数据安全法\t数据", "must hold Latin letters and no Chinese")]
    [InlineData("数据安全法\tData Security Law||DSL", "must hold Latin letters")]
    [InlineData("数据安全法\tData Security Law\tlaw\tok\textra", "found 5 fields")]
    public void Read_RefusesAMalformedLine_NamingFileAndLine(string line, string problem)
    {
        var e = Assert.Throws<TranslationFileException>(() => GlossaryFile.Read(new StringReader("# header\n营商环境\tbusiness environment\n" + line + "\n"), "mine.tsv"));

        Assert.Equal("mine.tsv", e.FilePath);
        Assert.Equal(3, e.Line);
        Assert.StartsWith("mine.tsv:3: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RefusesAMissingOrEmptyFile_NamingIt()
    {
        var missing = _folder.File("missing.tsv");
        var empty = _folder.File("empty.tsv");
        File.WriteAllText(empty, "# nothing yet\n");

        var notFound = Assert.Throws<TranslationFileException>(() => GlossaryFile.Load(missing));
        var noEntries = Assert.Throws<TranslationFileException>(() => GlossaryFile.Load(empty));

        Assert.Equal(0, notFound.Line);
        Assert.Equal($"{missing}: the glossary file does not exist.", notFound.Message);
        Assert.Contains("has no entries", noEntries.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParallelText_ReadsPairsAndRefusesMalformedLines()
    {
        var good = _folder.File("good.tsv");
        var bad = _folder.File("bad.tsv");
        File.WriteAllLines(good, ["# pairs", "发展数字经济。\tDevelop the digital economy.", "", "保护生态环境。\tProtect the environment."]);
        File.WriteAllLines(bad, ["发展数字经济。\tDevelop the digital economy.", "Protect the environment.\t保护生态环境。"]);

        var pairs = ParallelTextFile.Load(good);
        var e = Assert.Throws<TranslationFileException>(() => ParallelTextFile.Load(bad));

        Assert.Equal(["发展数字经济。", "保护生态环境。"], pairs.Select(p => p.Chinese));
        Assert.Equal($"{good}:4", pairs[1].Source);
        Assert.Equal(2, e.Line);
        Assert.Equal($"{bad}:2: the first field must be the Chinese text (hold a Han character).", e.Message);
    }
}

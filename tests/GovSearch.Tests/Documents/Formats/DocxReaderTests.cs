using System.IO.Compression;
using GovSearch.Documents;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Documents.Formats;

/// <summary>Word files made by pandoc: headings, tables and footnotes kept; comments and tracked deletions not.</summary>
public sealed class DocxReaderTests
{
    [Fact]
    public async Task Law_HeadingStylesCutPassages_TitleAndDateComeFromTheFile()
    {
        var document = await FormatFixtures.LoadAsync("law-zh.docx");

        Assert.Equal("law-zh.docx", document.Id);
        Assert.Equal("中华人民共和国数据安全示范条例", document.Title);
        Assert.Equal(new DocumentDate(2021, 6, 10), document.Date);
        Assert.DoesNotContain(document.Title, document.Text, StringComparison.Ordinal);
        var article = Assert.Single(PassageSplitter.Split(document.Text, document.Headings),
            p => p.TextOf(document.Text).Contains("第四条", StringComparison.Ordinal));
        Assert.Equal("第二章 数据安全制度 › 第一节 分类分级保护 › 第四条", article.Heading);
    }

    [Fact]
    public async Task Law_KeepsTablesAndFootnotes_DropsCommentsAndTrackedDeletions()
    {
        var document = await FormatFixtures.LoadAsync("law-zh.docx");

        Assert.Contains("数据级别\t保护要求\n核心数据\t实行更加严格的管理制度", document.Text, StringComparison.Ordinal);
        Assert.Contains("脚注：本条例为测试用示范文本。", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("这段文字已被删除", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("批注开始", document.Text, StringComparison.Ordinal);
        Assert.Contains("对列入目录的数据进行重点保护。", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZipBomb_IsRefusedUnreadWithAMessage()
    {
        using var folder = new TempFolder();
        var bomb = folder.File("bomb.docx");
        File.Copy(FormatFixtures.Path("law-zh.docx"), bomb);
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Update))
        {
            // 8 MB of one byte packs into a few KB; the limit below is 1 MB per part.
            await using var part = zip.CreateEntry("word/media/padding.bin", CompressionLevel.SmallestSize).Open();
            await part.WriteAsync(new byte[8 * 1024 * 1024]);
        }

        Assert.True(new FileInfo(bomb).Length < 100_000);
        var problem = await FormatFixtures.ProblemAsync(bomb, new DocumentLoadOptions { MaximumPartBytes = 1024 * 1024 });

        Assert.Equal(
            "The Word file's part 'word/media/padding.bin' unpacks to 8,388,608 bytes; the limit is 1,048,576 per part (a ZIP bomb?), so it was not read.",
            problem.Message);
    }

    [Fact]
    public async Task TooManyParts_IsRefused()
    {
        var problem = await FormatFixtures.ProblemAsync(FormatFixtures.Path("law-zh.docx"), new DocumentLoadOptions { MaximumParts = 3 });

        Assert.Matches(@"^The Word file has \d+ parts; the limit is 3 per file, so it was not read\.$", problem.Message);
    }

    [Fact]
    public async Task FileThatIsNotAZipPackage_IsNamedAsSuch()
    {
        using var folder = new TempFolder();
        var path = LoaderHarness.Write(folder.Path, "notes.docx", "plain words saved with the wrong ending");

        var problem = await FormatFixtures.ProblemAsync(path);

        Assert.Equal("The file is not a Word (DOCX) document: a DOCX file is a ZIP package, and this one is not.", problem.Message);
    }
}

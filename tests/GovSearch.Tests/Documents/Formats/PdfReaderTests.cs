using GovSearch.Documents;
using GovSearch.Documents.Formats;

namespace GovSearch.Tests.Documents.Formats;

/// <summary>PDF files printed by LibreOffice: text in reading order, headings from the type, scans and passwords refused.</summary>
public sealed class PdfReaderTests
{
    [Fact]
    public async Task Law_HeadingsFromFontSizeCutPassages_LinesRejoinIntoParagraphs()
    {
        var document = await FormatFixtures.LoadAsync("law-zh.pdf");

        Assert.Equal("中华人民共和国数据安全示范条例", document.Title);
        Assert.Contains(
            "第一条 为了规范数据处理活动，保障数据安全，促进数据开发利用，保护个人、组织的合法权益，维护国家主权、安全和发展利益，制定本条例。",
            document.Text,
            StringComparison.Ordinal);
        Assert.Contains("数据级别\t保护要求", document.Text, StringComparison.Ordinal);
        var article = Assert.Single(PassageSplitter.Split(document.Text, document.Headings),
            p => p.TextOf(document.Text).StartsWith("第四条", StringComparison.Ordinal));
        Assert.Equal("第二章 数据安全制度 › 第一节 分类分级保护 › 第四条", article.Heading);
    }

    [Fact]
    public async Task EnglishReport_TwoLineTitle_HyphenatedAndWrappedLinesRejoin()
    {
        var document = await FormatFixtures.LoadAsync("report-en.pdf");

        Assert.Equal("Report on the Work of the Government (sample)", document.Title);
        Assert.Contains(
            "Last year was the first year of fully implementing the guiding principles of the national congress. The economy rebounded and trended upward, and high-quality development was steadily advanced.",
            document.Text,
            StringComparison.Ordinal);
        Assert.Equal(
            ["Review of the Past Year", "Overall Requirements and Policy Orientation", "Fiscal policy", "Monetary policy"],
            document.Headings.Select(h => document.Text[h.Start..].Split('\n')[0]));
        Assert.Equal([2, 2, 3, 3], document.Headings.Select(h => h.Level)); // level 1 is the size of the title
    }

    [Fact]
    public async Task ScannedPdf_IsReportedAsHavingNoTextLayer()
    {
        var problem = await FormatFixtures.ProblemAsync(FormatFixtures.Path("scanned.pdf"));

        Assert.Equal("The PDF has no text layer (scanned?): OCR is not supported, so it was not indexed.", problem.Message);
        Assert.Null(problem.Line);
    }

    [Fact]
    public async Task PasswordProtectedPdf_IsReportedAsSuch()
    {
        var problem = await FormatFixtures.ProblemAsync(FormatFixtures.Path("encrypted.pdf"));

        Assert.Equal("The PDF is password-protected (encrypted); save a copy without a password to index it.", problem.Message);
    }

    [Fact]
    public async Task PdfOverTheTextLimit_IsRefusedWhileItIsRead()
    {
        var problem = await FormatFixtures.ProblemAsync(FormatFixtures.Path("law-zh.pdf"), new DocumentLoadOptions { MaximumTextLength = 100 });

        Assert.Equal("The document has more than 100 characters of text, the limit per document, so it was not loaded.", problem.Message);
    }

    [Fact]
    public async Task PdfOverThePageLimit_IsRefusedNamingItsPagesAndTheLimit()
    {
        var problem = await FormatFixtures.ProblemAsync(FormatFixtures.Path("three-pages.pdf"), new DocumentLoadOptions { MaximumPages = 2 });

        Assert.Equal("The PDF has 3 pages; the limit is 2 per file, so it was not read.", problem.Message);
        Assert.EndsWith("three-pages.pdf", problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PdfAtThePageLimit_IsReadToItsLastPage()
    {
        var document = await FormatFixtures.LoadAsync("three-pages.pdf", new DocumentLoadOptions { MaximumPages = 3 });

        Assert.Equal("中华人民共和国数据安全示范条例", document.Title);
        Assert.Contains("第五条 本条例自 2021 年9月 1 日起施行。", document.Text, StringComparison.Ordinal);
        Assert.Contains("Gross domestic product grew by 5.2 percent", document.Text, StringComparison.Ordinal); // page 3
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void PdfReadInRunsOfPages_ReadsTheSameAsInOneRun(int pagesPerOpening)
    {
        var options = new DocumentLoadOptions();
        ExtractedDocument Read(int pages)
        {
            using var stream = File.OpenRead(FormatFixtures.Path("three-pages.pdf"));
            return PdfReader.Read(new FileInput(stream.Name, stream, default), options, pages, CancellationToken.None);
        }

        var whole = Read(PdfReader.PagesPerOpening);
        var inRuns = Read(pagesPerOpening);

        Assert.Equal(whole.Title, inRuns.Title);
        Assert.Equal(whole.Text, inRuns.Text);
        Assert.Equal(whole.Headings, inRuns.Headings);
        Assert.Equal(whole.Date, inRuns.Date);
    }

    [Fact]
    public async Task DamagedPdf_IsReportedWithoutStoppingTheLoad()
    {
        using var folder = new GovSearch.Tests.Support.TempFolder();
        var bytes = await File.ReadAllBytesAsync(FormatFixtures.Path("law-zh.pdf"));
        LoaderHarness.WriteBytes(folder.Path, "cut.pdf", bytes[..(bytes.Length / 3)]);
        LoaderHarness.Write(folder.Path, "good.txt", "第一条 好的文件。");
        var loader = new DocumentLoader();

        var documents = await LoaderHarness.LoadAllAsync(loader, folder.Path);

        Assert.Equal(["good.txt"], documents.Select(d => d.Id));
        var problem = Assert.Single(loader.Problems);
        Assert.EndsWith("cut.pdf", problem.Path, StringComparison.Ordinal);
        Assert.StartsWith("The PDF ", problem.Message, StringComparison.Ordinal);
    }
}

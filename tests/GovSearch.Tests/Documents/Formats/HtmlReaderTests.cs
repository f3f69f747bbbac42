using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;

namespace GovSearch.Tests.Documents.Formats;

/// <summary>Web pages shaped like government sites: the notice is kept, the site around it is not.</summary>
public sealed class HtmlReaderTests
{
    /// <summary>Words that only the site's furniture holds: nav bar, breadcrumb, sidebar, share and print links, footer
    /// with address, ICP and public-security record numbers, scripts, styles, hidden elements, CSS class names.</summary>
    private static readonly string[] Furniture =
    [
        "首页", "政务服务", "互动交流", "当前位置", "相关链接", "分享到", "打印本页", "关闭窗口", "关于我们", "网站地图",
        "人民大道", "京ICP备", "公网安备", "网站标识码", "统计代码", "导航统计", "_hmt", "display", "隐藏", "nav-bar",
        "无障碍", "请输入关键词", "示范市人民政府门户网站",
    ];

    [Theory]
    [InlineData("gov-notice.html")]
    [InlineData("gov-notice-gbk.html")]
    public async Task GovernmentPage_KeepsTheNotice_DropsTheSiteAroundIt(string name)
    {
        var document = await FormatFixtures.LoadAsync(name);

        Assert.Equal("关于进一步加强政务公开工作的通知", document.Title);
        Assert.Equal(new DocumentDate(2024, 3, 15), document.Date);
        Assert.StartsWith("各区人民政府，市政府各委、办、局：\n", document.Text, StringComparison.Ordinal);
        Assert.Contains("财政预决算\t市财政局", document.Text, StringComparison.Ordinal);
        Assert.EndsWith("示范市人民政府办公厅\n2024年3月15日", document.Text, StringComparison.Ordinal);
        Assert.All(Furniture, word => Assert.DoesNotContain(word, document.Text + document.Title, StringComparison.Ordinal));
        Assert.DoesNotContain('<', document.Text);
    }

    [Fact]
    public async Task GovernmentPage_HeadingsBecomePassageHeadings()
    {
        var document = await FormatFixtures.LoadAsync("gov-notice.html");

        var passages = PassageSplitter.Split(document.Text, document.Headings);

        var policy = Assert.Single(passages, p => p.TextOf(document.Text).StartsWith("（二）加强政策解读", StringComparison.Ordinal));
        Assert.Equal("二、重点任务 › （二）加强政策解读", policy.Heading);
    }

    [Fact]
    public async Task Big5Page_IsDecodedByItsMetaCharset_AndDatedByItsLabelledLine()
    {
        var document = await FormatFixtures.LoadAsync("notice-hant.html");

        Assert.Equal("數位政府推動方案", document.Title);
        Assert.Equal(new DocumentDate(2023, 8, 1), document.Date);
        Assert.Contains("為因應數位轉型趨勢，提升政府服務效能，特訂定本方案。", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("行政院全球資訊網", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("忠孝東路", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GovernmentPage_IndexedAsChinese_AndItsFurnitureIsNotSearchable()
    {
        var document = await FormatFixtures.LoadAsync("gov-notice.html");
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddAsync(document);
        await index.CommitAsync();

        Assert.Equal("zh", (await index.GetAsync(document.Id))!.Document.Language);
        Assert.Single((await index.SearchAsync("政务公开")).Hits);
        Assert.Empty((await index.SearchAsync("统计代码")).Hits);
        Assert.Empty((await index.SearchAsync("网站地图")).Hits);
    }

    [Fact]
    public async Task PageThatBreaksItsOwnMetaCharset_IsDetectedInstead()
    {
        using var folder = new GovSearch.Tests.Support.TempFolder();
        var page = "<html><head><meta charset=\"gb2312\"><title>通知</title></head><body><p>这是UTF-8写成的页面，却声明了gb2312。</p></body></html>";
        LoaderHarness.Write(folder.Path, "page.html", page);

        var document = await FormatFixtures.LoadAsync(folder.File("page.html"));

        Assert.Equal("这是UTF-8写成的页面，却声明了gb2312。", document.Text);
        Assert.Equal("通知", document.Title);
    }
}

using System.Text.Json;
using Xunit.Abstractions;

namespace GovSearch.Tests.AspNetCore;

/// <summary>The search page in a real browser (Debian's headless Chromium over the DevTools protocol) against a real
/// Kestrel server: a Chinese search with its hits, highlights, headings, facets, paging, trend chart and document
/// view, and a document holding &lt;script&gt; that must never run.</summary>
public sealed class ServePageBrowserTests(ServedIndexFixture served, ITestOutputHelper output) : IClassFixture<ServedIndexFixture>
{
    private const string NoScriptRan = $"window.{ServedIndexFixture.HostileMarker} === undefined";

    [ChromiumFact]
    public async Task SearchPage_ChineseQueryShowsHitsHighlightsFacetsAndPages()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(served.Server.Address);
        await browser.EvaluateAsync("document.getElementById('q').value = '数据安全'; document.getElementById('search-form').requestSubmit(); true");
        await browser.WaitForAsync("document.querySelectorAll('#hits .hit').length > 0 && !document.getElementById('trend').hidden");

        var page = await ReadPageAsync(browser);
        output.WriteLine(page.ToString());
        var titles = Strings(page, "titles");
        Assert.Contains("中华人民共和国数据安全法", titles);
        Assert.StartsWith("?q=", page.GetProperty("search").GetString(), StringComparison.Ordinal);
        var marks = Strings(page, "marks");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Contains(m, new[] { "数据", "安全", "数据安全" }));
        Assert.Contains(Strings(page, "headings"), h => h.Contains("第一条", StringComparison.Ordinal));
        var facets = Strings(page, "facets");
        Assert.Contains("lang=zh", facets);
        Assert.Contains("type=law", facets);
        Assert.Contains("type=regulation", facets);
        Assert.Contains(facets, f => f.StartsWith("year=20", StringComparison.Ordinal));
        Assert.Contains(facets, f => f.StartsWith("topic=", StringComparison.Ordinal));
        Assert.True(page.GetProperty("lines").GetInt32() >= 1, "The topic-trend chart has no line.");
        Assert.Contains("documents match", page.GetProperty("summary").GetString(), StringComparison.Ordinal);

        var screenshot = await browser.ScreenshotAsync();
        var file = Path.Combine(AppContext.BaseDirectory, "serve-page.png");
        await File.WriteAllBytesAsync(file, screenshot);
        output.WriteLine($"Screenshot: {file}");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, screenshot[..4]);

        // A facet is a filter: clicking type=law keeps only laws, and shows the facet as chosen.
        await browser.EvaluateAsync("document.querySelector('.facet[data-parameter=\"type\"][data-value=\"law\"]').click(); true");
        await browser.WaitForAsync("location.search.includes('type=law') && document.querySelector('.facet.active[data-value=\"law\"]') !== null");
        var filtered = await ReadPageAsync(browser);
        Assert.Equal(["中华人民共和国数据安全法"], Strings(filtered, "titles"));

        // Paging: a query with more hits than a page, then Next.
        await browser.EvaluateAsync("document.getElementById('q').value = '第一条'; document.getElementById('search-form').requestSubmit(); true");
        await browser.WaitForAsync("document.querySelectorAll('#pager button').length === 2 && !location.search.includes('type=')");
        await browser.EvaluateAsync("document.querySelectorAll('#pager button')[1].click(); true");
        await browser.WaitForAsync("location.search.includes('offset=10') && document.getElementById('summary').textContent.includes('showing 11–')");
        Assert.Equal("11", (await browser.EvaluateAsync("document.querySelector('#pager .facts').textContent.includes('page 2') ? '11' : ''")).GetString());

        // The document view: a hit's title opens the document with its passages and their headings.
        await browser.EvaluateAsync("document.querySelector('#hits h3 a').click(); true");
        await browser.WaitForAsync("!document.getElementById('document').hidden && document.querySelector('#document h2') !== null");
        var passages = await browser.EvaluateAsync("document.querySelectorAll('#document .passage-text').length");
        Assert.True(passages.GetInt32() > 0);
        Assert.True((await browser.EvaluateAsync("document.getElementById('results').hidden")).GetBoolean());
    }

    [ChromiumFact]
    public async Task SearchPage_DocumentWithScriptShowsItAsTextAndNeverRunsIt()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(new Uri(served.Server.Address, "?q=" + Uri.EscapeDataString("数据安全 标记")));
        await browser.WaitForAsync("document.querySelectorAll('#hits .hit').length > 0");
        await Task.Delay(300); // time for an injected onerror handler to fire, had one been created
        var shown = await browser.EvaluateAsync(
            "[...document.querySelectorAll('#hits h3 a')].some(a => a.textContent.startsWith('<script>window.'))");
        Assert.True(shown.GetBoolean(), "The hostile title is not shown as text.");
        await AssertNothingRanAsync(browser);

        await browser.NavigateAsync(new Uri(served.Server.Address, "?doc=" + ServedIndexFixture.HostileId));
        await browser.WaitForAsync("document.querySelector('#document h2') !== null");
        await Task.Delay(300);
        Assert.StartsWith("<script>", (await browser.EvaluateAsync("document.querySelector('#document h2').textContent")).GetString(), StringComparison.Ordinal);
        Assert.Contains("<b onmouseover=", (await browser.EvaluateAsync("document.getElementById('document').textContent")).GetString(), StringComparison.Ordinal);
        await AssertNothingRanAsync(browser);
    }

    private static async Task AssertNothingRanAsync(HeadlessChromium browser)
    {
        Assert.True((await browser.EvaluateAsync(NoScriptRan)).GetBoolean(), "A script from a document ran in the page.");
        Assert.Equal(1, (await browser.EvaluateAsync("document.querySelectorAll('script').length")).GetInt32());
        Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('main img, main b, main i, main script').length")).GetInt32());
    }

    private static Task<JsonElement> ReadPageAsync(HeadlessChromium browser) => browser.EvaluateAsync("""
        ({
          search: location.search,
          summary: document.getElementById('summary').textContent,
          titles: [...document.querySelectorAll('#hits h3 a')].map(a => a.textContent),
          marks: [...document.querySelectorAll('#hits mark')].map(m => m.textContent),
          headings: [...document.querySelectorAll('#hits .heading')].map(h => h.textContent),
          facets: [...document.querySelectorAll('#facets .facet')].map(f => f.dataset.parameter + '=' + f.dataset.value),
          lines: document.querySelectorAll('#trend-chart polyline').length,
        })
        """);

    private static List<string> Strings(JsonElement page, string name) =>
        page.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}

using System.Text.Json;
using GovSearch.Cli;
using GovSearch.Tests.Documents.Formats;
using GovSearch.Tests.Reliability;

namespace GovSearch.Tests.Cli;

/// <summary>
/// <c>govsearch index</c> on folders of files as governments publish them: PDF, DOCX and HTML indexed, every other
/// file listed with its reason, exit 3 only when every input failed, and ids that do not depend on the folder given.
/// </summary>
[Collection("cli")]
public sealed class CliFormatsTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public CliFormatsTests() => Assert.NotNull(CliRunner.CachePath);

    public void Dispose() => _runner.Dispose();

    /// <summary>site/docs holds the law as DOCX and PDF, a government notice page, a scan and a spreadsheet.</summary>
    private string Site()
    {
        var site = _runner.Folder.File("site");
        var docs = Path.Combine(site, "docs");
        Directory.CreateDirectory(docs);
        foreach (var name in new[] { "law-zh.docx", "law-zh.pdf", "gov-notice.html", "scanned.pdf" })
        {
            File.Copy(FormatFixtures.Path(name), Path.Combine(docs, name));
        }

        File.WriteAllBytes(Path.Combine(docs, "budget.xlsx"), [0x50, 0x4B, 0x03, 0x04]);
        return site;
    }

    [Fact]
    public async Task Index_BuiltTool_IndexesEachFormat_ListsTheRestWithReasons_InJson()
    {
        var docs = Path.Combine(Site(), "docs");
        var index = _runner.Folder.File("index");

        using var tool = ChildProcess.Tool("index", docs, "--index", index, "--no-topics", "--json");
        var code = await tool.ExitAsync(TimeSpan.FromMinutes(2));

        Assert.True(code == ExitCodes.Success, tool.Error);
        using var json = JsonDocument.Parse(tool.Output);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("documents").GetInt32());
        Assert.Empty(root.GetProperty("sameText").EnumerateArray());
        var skipped = root.GetProperty("skipped").EnumerateArray()
            .Select(s => (Path.GetFileName(s.GetProperty("path").GetString()!), s.GetProperty("message").GetString()!)).ToList();
        Assert.Equal(2, skipped.Count);
        Assert.Equal("budget.xlsx", skipped[0].Item1);
        Assert.StartsWith("unsupported format .xlsx: GovSearch reads ", skipped[0].Item2, StringComparison.Ordinal);
        Assert.Equal(("scanned.pdf", "The PDF has no text layer (scanned?): OCR is not supported, so it was not indexed."), skipped[1]);

        using var search = ChildProcess.Tool("search", "数据分类分级保护", "--index", index, "--json");
        Assert.Equal(ExitCodes.Success, await search.ExitAsync(TimeSpan.FromMinutes(1)));
        using var hits = JsonDocument.Parse(search.Output);
        Assert.Equal(["law-zh.docx", "law-zh.pdf"],
            hits.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Index_WhenEveryInputFails_ExitsWithTheInputCode_AndSaysSo()
    {
        var docs = _runner.Folder.File("broken");
        Directory.CreateDirectory(docs);
        File.Copy(FormatFixtures.Path("scanned.pdf"), Path.Combine(docs, "scanned.pdf"));
        File.Copy(FormatFixtures.Path("encrypted.pdf"), Path.Combine(docs, "encrypted.pdf"));

        var (code, output, error) = await CliRunner.RunAsync("index", docs, "--index", _runner.Folder.File("index"), "--no-topics");

        Assert.Equal(ExitCodes.Input, code);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Indexed 0 documents", lines[0], StringComparison.Ordinal);
        Assert.Equal("Nothing was indexed: every input failed (2):", lines[1]);
        Assert.Equal($"  {docs}/encrypted.pdf: The PDF is password-protected (encrypted); save a copy without a password to index it.", lines[2]);
        Assert.Equal($"  {docs}/scanned.pdf: The PDF has no text layer (scanned?): OCR is not supported, so it was not indexed.", lines[3]);
        Assert.DoesNotContain("DocumentLoad", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_WithTheSameRoot_ThroughAnotherFolder_AddsNoCopies_WithoutItWarns()
    {
        var site = Site();
        var index = _runner.Folder.File("index");

        var first = await CliRunner.RunAsync("index", Path.Combine(site, "docs"), "--root", site, "--index", index, "--no-topics");
        var again = await CliRunner.RunAsync("index", site, "--root", site, "--index", index, "--no-topics", "--json");
        var elsewhere = await CliRunner.RunAsync("index", Path.Combine(site, "docs"), "--index", index, "--no-topics");

        Assert.Equal(ExitCodes.Success, first.Code);
        using (var json = JsonDocument.Parse(again.Out))
        {
            Assert.Equal(3, json.RootElement.GetProperty("documentsInIndex").GetInt32());
            Assert.Empty(json.RootElement.GetProperty("sameText").EnumerateArray());
        }

        Assert.Equal(ExitCodes.Success, elsewhere.Code);
        Assert.Contains("Warning: 3 new documents with the same text as another; the same files indexed through another folder? Give the same --root each time, or --rebuild:", elsewhere.Out, StringComparison.Ordinal);
        Assert.Contains("  law-zh.pdf = docs/law-zh.pdf", elsewhere.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_IncludeAndExclude_PickTheFiles()
    {
        var docs = Path.Combine(Site(), "docs");

        var (code, output, _) = await CliRunner.RunAsync("index", docs, "--include", "*.pdf", "--exclude", "scanned.*", "--index", _runner.Folder.File("index"), "--no-topics", "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("skipped").EnumerateArray());
    }

    [Fact]
    public async Task Index_MissingRoot_IsAnInputError()
    {
        var (code, _, error) = await CliRunner.RunAsync("index", Site(), "--root", _runner.Folder.File("nowhere"), "--index", _runner.Folder.File("index"), "--no-topics");

        Assert.Equal(ExitCodes.Input, code);
        Assert.Contains("--root", error, StringComparison.Ordinal);
        Assert.Contains("is not a folder", error, StringComparison.Ordinal);
    }
}

using System.Text;
using GovSearch.Documents;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Documents.Formats;

/// <summary>Folder loads: every supported format read, every other file listed with its reason, ids stable under a named root.</summary>
public sealed class FolderLoadTests
{
    private static async Task<(List<GovDocument> Documents, IReadOnlyList<LoadProblem> Problems)> LoadAsync(string path, DocumentLoadOptions? options = null)
    {
        var loader = new DocumentLoader(options);
        var documents = await LoaderHarness.LoadAllAsync(loader, path);
        return (documents, loader.Problems);
    }

    private static TempFolder MixedFolder()
    {
        var folder = new TempFolder();
        var docs = Path.Combine(folder.Path, "site", "docs");
        foreach (var name in new[] { "law-zh.docx", "law-zh.pdf", "gov-notice.html", "plain-gbk.txt" })
        {
            var target = Path.Combine(docs, name.EndsWith(".txt", StringComparison.Ordinal) ? Path.Combine("old", name) : name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(FormatFixtures.Path(name), target);
        }

        LoaderHarness.WriteBytes(docs, "budget.xlsx", [0x50, 0x4B, 0x03, 0x04, 0, 0]);
        LoaderHarness.Write(docs, "README", "no ending");
        LoaderHarness.Write(docs, ".hidden.txt", "a hidden file");
        LoaderHarness.Write(docs, ".git/HEAD.txt", "a hidden folder");
        return folder;
    }

    [Fact]
    public async Task Folder_ReadsEverySupportedFormat_AndListsEveryOtherFileWithItsReason()
    {
        using var folder = MixedFolder();
        var docs = Path.Combine(folder.Path, "site", "docs");

        var (documents, problems) = await LoadAsync(docs);

        Assert.Equal(["gov-notice.html", "law-zh.docx", "law-zh.pdf", "old/plain-gbk.txt"], documents.Select(d => d.Id));
        Assert.Equal([Path.Combine(docs, "README"), Path.Combine(docs, "budget.xlsx")], problems.Select(p => p.Path));
        Assert.StartsWith("unsupported format (the file name has no ending): GovSearch reads ", problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("unsupported format .xlsx: GovSearch reads .docm, .docx, .htm, .html, .jsonl, .markdown, .md, .ndjson, .pdf, ", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamedRoot_GivesTheSameIdsWhicheverFolderIsLoaded()
    {
        using var folder = MixedFolder();
        var site = Path.Combine(folder.Path, "site");
        var options = new DocumentLoadOptions { Root = site };

        var (fromDocs, _) = await LoadAsync(Path.Combine(site, "docs"), options);
        var (fromSite, _) = await LoadAsync(site, options);
        var (fromOld, _) = await LoadAsync(Path.Combine(site, "docs", "old"), options);
        var (oneFile, _) = await LoadAsync(Path.Combine(site, "docs", "law-zh.pdf"), options);

        Assert.Equal(["docs/gov-notice.html", "docs/law-zh.docx", "docs/law-zh.pdf", "docs/old/plain-gbk.txt"], fromDocs.Select(d => d.Id));
        Assert.Equal(fromDocs.Select(d => d.Id), fromSite.Select(d => d.Id));
        Assert.Equal(["docs/old/plain-gbk.txt"], fromOld.Select(d => d.Id));
        Assert.Equal(["docs/law-zh.pdf"], oneFile.Select(d => d.Id));
    }

    [Fact]
    public async Task FileOutsideTheRoot_IsSkippedWithAMessage()
    {
        using var folder = MixedFolder();
        var root = Path.Combine(folder.Path, "site", "docs", "old");

        var (documents, problems) = await LoadAsync(Path.Combine(folder.Path, "site", "docs", "law-zh.docx"), new DocumentLoadOptions { Root = root });

        Assert.Empty(documents);
        Assert.Equal($"The file is outside the root folder {root}; ids are paths relative to the root, so name a root that holds every file.",
            Assert.Single(problems).Message);
    }

    [Fact]
    public async Task Ids_AreInUnicodeNormalFormC_WithCaseKept()
    {
        using var folder = new TempFolder();
        var decomposed = "Re\u0301sume\u0301/Caf\u00E9-Notice.txt".Normalize(NormalizationForm.FormD);
        LoaderHarness.Write(folder.Path, decomposed, "text");

        var (documents, _) = await LoadAsync(folder.Path);

        Assert.Equal("R\u00E9sum\u00E9/Caf\u00E9-Notice.txt", Assert.Single(documents).Id);
    }

    [Fact]
    public async Task IncludeAndExclude_PickFilesByPattern()
    {
        using var folder = MixedFolder();
        var docs = Path.Combine(folder.Path, "site", "docs");

        var (pdfAndDocx, problems) = await LoadAsync(docs, new DocumentLoadOptions { Include = ["*.pdf", "*.docx"] });
        var (notOld, _) = await LoadAsync(docs, new DocumentLoadOptions { Exclude = ["old/**", "*.xlsx", "README"] });

        Assert.Equal(["law-zh.docx", "law-zh.pdf"], pdfAndDocx.Select(d => d.Id));
        Assert.Empty(problems);
        Assert.Equal(["gov-notice.html", "law-zh.docx", "law-zh.pdf"], notOld.Select(d => d.Id));
    }
}

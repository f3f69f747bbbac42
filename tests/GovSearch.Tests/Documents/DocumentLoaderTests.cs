using System.Text.Json;
using GovSearch.Documents;
using GovSearch.Tests.Support;
using Xunit;

namespace GovSearch.Tests.Documents;

public sealed class DocumentLoaderTests
{
    [Fact]
    public async Task LoadFolder_ReadsTextFilesRecursivelyInOrdinalOrderWithRelativeIds()
    {
        using var folder = new TempFolder();
        LoaderHarness.Write(folder.Path, "b.txt", "第二份\n正文");
        LoaderHarness.Write(folder.Path, "B.md", "# 标题B\n正文");
        LoaderHarness.Write(folder.Path, "a.markdown", "intro");
        LoaderHarness.Write(folder.Path, "sub/c.txt", "c");
        LoaderHarness.Write(folder.Path, "sub/deeper/d.TXT", "d");
        LoaderHarness.Write(folder.Path, "notes.json", "{}");
        LoaderHarness.Write(folder.Path, "README", "readme");
        var loader = new DocumentLoader();

        var documents = await LoaderHarness.LoadAllAsync(loader, folder.Path);

        // Ordinal: 'B' (U+0042) sorts before 'a' (U+0061).
        Assert.Equal(["B.md", "a.markdown", "b.txt", "sub/c.txt", "sub/deeper/d.TXT"], documents.Select(d => d.Id));
        Assert.Equal("第二份\n正文", documents[2].Text);
        Assert.All(documents, d => Assert.Null(d.Language));
        Assert.All(documents, d => Assert.Empty(d.Metadata));
        Assert.Empty(loader.Problems);
    }

    [Theory]
    [InlineData("# 标题B\n正文", "标题B")]
    [InlineData("\n\n  第二份  \n正文", "第二份")]
    [InlineData("intro line\n\n## Heading Two ##\nbody", "Heading Two ##")]
    [InlineData("   \n", "")]
    public void TitleOf_TakesTheFirstHeadingElseTheFirstNonBlankLine(string text, string title)
    {
        Assert.Equal(title, DocumentLoader.TitleOf(text));
    }

    [Fact]
    public void TitleOf_LooksForAHeadingOnlyInTheFirst20NonBlankLines()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"line {i}");

        Assert.Equal("line 1", DocumentLoader.TitleOf(string.Join("\n\n", lines) + "\n# Late heading"));
        Assert.Equal("Heading", DocumentLoader.TitleOf(string.Join("\n", lines.Take(19)) + "\n# Heading"));
    }

    [Fact]
    public void TitleOf_CapsTheTitleAt200Characters()
    {
        var title = DocumentLoader.TitleOf(new string('题', 150) + " " + new string('x', 100));

        Assert.Equal(new string('题', 150) + " " + new string('x', 49) + "…", title);
    }

    [Fact]
    public async Task LoadFolder_ReadsOnlyTheConfiguredExtensions()
    {
        using var folder = new TempFolder();
        LoaderHarness.Write(folder.Path, "a.txt", "a");
        LoaderHarness.Write(folder.Path, "b.text", "b");

        var documents = await LoaderHarness.LoadAllAsync(new DocumentLoader(new DocumentLoadOptions { TextExtensions = [".TEXT"] }), folder.Path);

        Assert.Equal("b.text", Assert.Single(documents).Id);
    }

    [Fact]
    public async Task LoadFile_UsesTheFileNameAsTheId()
    {
        using var folder = new TempFolder();
        var path = LoaderHarness.Write(folder.Path, "sub/law.md", "# 数据安全法\n第一条 为了……");

        var document = Assert.Single(await LoaderHarness.LoadAllAsync(new DocumentLoader(), path));

        Assert.Equal("law.md", document.Id);
        Assert.Equal("数据安全法", document.Title);
    }

    [Fact]
    public async Task LoadJsonLines_ReadsTheCorpusSchema()
    {
        using var folder = new TempFolder();
        var path = LoaderHarness.Write(folder.Path, "docs.jsonl", string.Join("\n",
            """{"id":"udhr-zh-Hant","title":"世界人權宣言","lang":"zh-hant","doc_type":"declaration","date":"1948-12-10","source":"UN","parallel_id":"udhr","text":"人人生而自由。\n第一條","url":"https://example.invalid/udhr","page":3,"extra":null}""",
            """{"id":"en-1","title":"Title","lang":null,"doc_type":null,"date":null,"source":null,"parallel_id":null,"text":"Body"}""",
            "",
            "{\"id\":\"crlf\",\"date\":\"2019\",\"text\":\"x\"}\r",
            """  {"id":"spaces","date":"2019-03","text":"y"}  """));
        var loader = new DocumentLoader();

        var documents = await LoaderHarness.LoadAllAsync(loader, path);

        Assert.Empty(loader.Problems);
        Assert.Equal(["udhr-zh-Hant", "en-1", "crlf", "spaces"], documents.Select(d => d.Id));
        var first = documents[0];
        Assert.Equal("世界人權宣言", first.Title);
        Assert.Equal("人人生而自由。\n第一條", first.Text);
        Assert.Equal("zh-Hant", first.Language);
        Assert.Equal("declaration", first.DocType);
        Assert.Equal(new DocumentDate(1948, 12, 10), first.Date);
        Assert.Equal("UN", first.Source);
        Assert.Equal(
            new Dictionary<string, string> { ["parallel_id"] = "udhr", ["url"] = "https://example.invalid/udhr", ["page"] = "3" },
            first.Metadata);
        var second = documents[1];
        Assert.Null(second.Language);
        Assert.Null(second.Date);
        Assert.Null(second.DocType);
        Assert.Null(second.Source);
        Assert.Empty(second.Metadata);
        Assert.Equal(new DocumentDate(2019), documents[2].Date);
        Assert.Equal(new DocumentDate(2019, 3), documents[3].Date);
    }

    [Fact]
    public async Task LoadJsonLines_ReadsNdjsonToo()
    {
        using var folder = new TempFolder();
        var path = LoaderHarness.Write(folder.Path, "docs.ndjson", """{"id":"n","text":"x"}""");

        Assert.Equal("n", Assert.Single(await LoaderHarness.LoadAllAsync(new DocumentLoader(), path)).Id);
    }

    [Fact]
    public async Task SkipMode_RecordsEachBadRecordWithFileAndLineAndLoadsTheRest()
    {
        using var folder = new TempFolder();
        var path = LoaderHarness.Write(folder.Path, "mixed.jsonl", BadRecords);
        var loader = new DocumentLoader();

        var documents = await LoaderHarness.LoadAllAsync(loader, path);

        Assert.Equal(["a", "g"], documents.Select(d => d.Id));
        Assert.All(loader.Problems, p => Assert.Equal(path, p.Path));
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, 10], loader.Problems.Select(p => p.Line));
        var messages = loader.Problems.Select(p => p.Message).ToList();
        Assert.StartsWith("The line is not valid JSON: ", messages[0], StringComparison.Ordinal);
        Assert.Equal(
            [
                "The line holds a JSON array, not an object.",
                "The record has no 'id'; every record needs a non-empty string id.",
                "The record has no 'id'; every record needs a non-empty string id.",
                "Record 'd' has date '2020-13-01'; use yyyy, yyyy-MM or yyyy-MM-dd.",
                "Record 'e' has lang 'fr'; use one of zh, zh-Hant, en, mixed, or null to detect it.",
                "Document 'f' is empty: it has neither a title nor any text.",
                $"Id 'a' was already loaded from {path}:1; ids must be unique.",
                "Field 'id' must be a string or null, not a number.",
            ],
            messages.Skip(1));
    }

    [Fact]
    public async Task FailMode_ThrowsAtTheFirstBadRecordWithItsFileAndLine()
    {
        using var folder = new TempFolder();
        var path = LoaderHarness.Write(folder.Path, "mixed.jsonl", BadRecords);
        var loader = new DocumentLoader(new DocumentLoadOptions { ErrorMode = LoadErrorMode.Fail });
        var loaded = new List<string>();

        var error = await Assert.ThrowsAsync<DocumentLoadException>(async () =>
        {
            await foreach (var document in loader.LoadAsync(path))
            {
                loaded.Add(document.Id);
            }
        });

        Assert.Equal(["a"], loaded);
        Assert.Equal(path, error.Problem.Path);
        Assert.Equal(2, error.Problem.Line);
        Assert.StartsWith("The line is not valid JSON: ", error.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(error.Problem.ToString(), error.Message);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
        Assert.Empty(loader.Problems);
    }

    [Fact]
    public async Task FailMode_ThrowsForAnEmptyTextFileWithoutALine()
    {
        using var folder = new TempFolder();
        LoaderHarness.Write(folder.Path, "a.txt", "a");
        var empty = LoaderHarness.Write(folder.Path, "b.txt", " \n ");
        var loader = new DocumentLoader(new DocumentLoadOptions { ErrorMode = LoadErrorMode.Fail });

        var error = await Assert.ThrowsAsync<DocumentLoadException>(() => LoaderHarness.LoadAllAsync(loader, folder.Path));

        Assert.Equal(new LoadProblem(empty, null, "Document 'b.txt' is empty: it has neither a title nor any text."), error.Problem);
    }

    [Fact]
    public async Task DuplicateIds_AreCaughtAcrossLoadsOfOneLoader_NamingTheFirstFile()
    {
        using var folder = new TempFolder();
        var text = LoaderHarness.Write(folder.Path, "texts/x.txt", "x");
        var lines = LoaderHarness.Write(folder.Path, "more.jsonl", """{"id":"y","text":"y"}""" + "\n" + """{"id":"x.txt","text":"again"}""");
        var loader = new DocumentLoader();

        var first = await LoaderHarness.LoadAllAsync(loader, Path.Combine(folder.Path, "texts"));
        var second = await LoaderHarness.LoadAllAsync(loader, lines);

        Assert.Equal("x.txt", Assert.Single(first).Id);
        Assert.Equal("y", Assert.Single(second).Id);
        Assert.Equal(new LoadProblem(lines, 2, $"Id 'x.txt' was already loaded from {text}; ids must be unique."), Assert.Single(loader.Problems));
    }

    [Fact]
    public async Task TextOverTheLimit_IsAProblem()
    {
        using var folder = new TempFolder();
        var path = LoaderHarness.Write(folder.Path, "long.jsonl", """{"id":"long","text":"123456"}""" + "\n" + """{"id":"short","text":"12345"}""");
        var loader = new DocumentLoader(new DocumentLoadOptions { MaximumTextLength = 5 });

        var documents = await LoaderHarness.LoadAllAsync(loader, path);

        Assert.Equal("short", Assert.Single(documents).Id);
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith("Document 'long' has 6 characters of text; the limit is 5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_RejectsAMissingPathAndABlankOne()
    {
        var loader = new DocumentLoader();
        var missing = Path.Combine(Path.GetTempPath(), "govsearch-tests", Guid.NewGuid().ToString("N"), "none.jsonl");

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => LoaderHarness.LoadAllAsync(loader, missing));
        await Assert.ThrowsAsync<ArgumentException>(() => LoaderHarness.LoadAllAsync(loader, " "));

        Assert.Equal($"'{missing}' is neither a file nor a folder.", error.Message);
    }

    [Fact]
    public async Task Load_StopsWhenCancelled()
    {
        using var folder = new TempFolder();
        LoaderHarness.Write(folder.Path, "a.txt", "a");
        var path = LoaderHarness.Write(folder.Path, "b.jsonl", """{"id":"b","text":"b"}""");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LoaderHarness.LoadAllAsync(new DocumentLoader(), folder.Path, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LoaderHarness.LoadAllAsync(new DocumentLoader(), path, cancelled.Token));
    }

    [Fact]
    public async Task LoadDevCorpus_Gives226DocumentsMatchingTheirRecordsAndNoProblem()
    {
        var path = TestCorpus.Require("dev.jsonl");
        var loader = new DocumentLoader();

        var documents = await LoaderHarness.LoadAllAsync(loader, path);

        Assert.Empty(loader.Problems);
        Assert.Equal(226, documents.Count);
        Assert.Equal(new FileInfo(path).Length, loader.BytesRead);
        var lines = File.ReadAllLines(path);
        Assert.Equal(lines.Length, documents.Count);
        for (var i = 0; i < lines.Length; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            var root = record.RootElement;
            var document = documents[i];
            Assert.Equal(root.GetProperty("id").GetString(), document.Id);
            Assert.Equal(root.GetProperty("title").GetString(), document.Title);
            Assert.Equal(root.GetProperty("text").GetString(), document.Text);
            Assert.Equal(root.GetProperty("lang").GetString(), document.Language);
            Assert.Equal(root.GetProperty("doc_type").GetString(), document.DocType);
            Assert.Equal(root.GetProperty("source").GetString(), document.Source);
            Assert.Equal(root.GetProperty("date").GetString(), document.Date?.ToString());
            Assert.Equal(root.GetProperty("parallel_id").GetString(), document.Metadata.GetValueOrDefault("parallel_id"));
        }

        Assert.Equal(17, documents.Count(d => d.Metadata.ContainsKey("parallel_id")));
    }

    /// <summary>A good record, nine bad ones (lines 2–10), a blank line and a good record (line 12).</summary>
    private static readonly string BadRecords = string.Join("\n",
        """{"id":"a","text":"first"}""",
        """{not json""",
        """[1,2]""",
        """{"title":"no id","text":"x"}""",
        """{"id":"  ","text":"blank id"}""",
        """{"id":"d","text":"x","date":"2020-13-01"}""",
        """{"id":"e","text":"x","lang":"fr"}""",
        """{"id":"f","title":"","text":" "}""",
        """{"id":"a","text":"again"}""",
        """{"id":7,"text":"x"}""",
        "",
        """{"id":"g","text":"last"}""");
}

using System.Text;
using GovSearch.Documents;
using GovSearch.Tests.Support;
using Xunit;

namespace GovSearch.Tests.Documents;

public sealed class DocumentLoaderEncodingTests
{
    private const string Body = "# 中华人民共和国数据安全法\n第一条 为了规范数据处理活动，保障数据安全。𠀀\nArticle 1 governance";

    private static readonly string Records = string.Join("\n",
        """{"id":"a","title":"数据安全法","text":"第一条 上海市。𠀀"}""",
        "",
        """{"id":"b","title":"两个维护","text":"上下\n左右"}""") + "\n";

    public static TheoryData<string> MarkedEncodings() => new() { "utf-8", "utf-16", "utf-16BE", "utf-32", "utf-32BE" };

    [Theory]
    [MemberData(nameof(MarkedEncodings))]
    public async Task TextFile_WithAByteOrderMark_IsDecodedWithoutTheMark(string webName)
    {
        using var folder = new TempFolder();
        var path = LoaderHarness.Write(folder.Path, "law.md", Body, Encoding.GetEncoding(webName));
        var loader = new DocumentLoader();

        var document = Assert.Single(await LoaderHarness.LoadAllAsync(loader, path));

        Assert.Equal(Body, document.Text);
        Assert.Equal("中华人民共和国数据安全法", document.Title);
        Assert.Empty(loader.Problems);
        Assert.Equal(new FileInfo(path).Length, loader.BytesRead);
    }

    [Theory]
    [MemberData(nameof(MarkedEncodings))]
    public async Task JsonLines_WithAByteOrderMark_AreSplitAndDecodedLineByLine(string webName)
    {
        using var folder = new TempFolder();
        var encoding = Encoding.GetEncoding(webName);
        var path = LoaderHarness.Write(folder.Path, "docs.jsonl", Records.Replace("\n", "\r\n", StringComparison.Ordinal), encoding);
        var loader = new DocumentLoader();

        var documents = await LoaderHarness.LoadAllAsync(loader, path);

        Assert.Empty(loader.Problems);
        Assert.Equal(["a", "b"], documents.Select(d => d.Id));
        Assert.Equal("第一条 上海市。𠀀", documents[0].Text);
        Assert.Equal("上下\n左右", documents[1].Text);
    }

    [Fact]
    public async Task TextFile_InGb18030_IsDecoded()
    {
        using var folder = new TempFolder();
        var bytes = LoaderHarness.Gb18030.GetBytes(Body);
        Assert.False(TextDecoder.IsValidUtf8(bytes));
        var path = LoaderHarness.WriteBytes(folder.Path, "gb.txt", bytes);

        var document = Assert.Single(await LoaderHarness.LoadAllAsync(new DocumentLoader(), path));

        Assert.Equal(Body, document.Text);
    }

    [Fact]
    public async Task JsonLines_InGb18030_AreDecodedEvenWhenTheFirstLineIsPlainAscii()
    {
        using var folder = new TempFolder();
        var text = """{"id":"ascii","text":"plain"}""" + "\n" + Records;
        var bytes = LoaderHarness.Gb18030.GetBytes(text);
        Assert.False(TextDecoder.IsValidUtf8(bytes));
        var path = LoaderHarness.WriteBytes(folder.Path, "gb.jsonl", bytes);
        var loader = new DocumentLoader();

        var documents = await LoaderHarness.LoadAllAsync(loader, path);

        Assert.Empty(loader.Problems);
        Assert.Equal(["ascii", "a", "b"], documents.Select(d => d.Id));
        Assert.Equal("第一条 上海市。𠀀", documents[1].Text);
    }

    [Fact]
    public async Task DeclaredEncoding_IsUsedForFilesWithoutAMark()
    {
        using var folder = new TempFolder();
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        var path = LoaderHarness.WriteBytes(folder.Path, "docs.jsonl", utf16.GetBytes(Records));
        var loader = new DocumentLoader(new DocumentLoadOptions { Encoding = utf16 });

        var documents = await LoaderHarness.LoadAllAsync(loader, path);

        Assert.Empty(loader.Problems);
        Assert.Equal(["a", "b"], documents.Select(d => d.Id));
    }

    [Fact]
    public async Task TextFile_ThatIsNeitherUtf8NorGb18030_IsAProblemOnTheLineOfItsFirstBadByte()
    {
        using var folder = new TempFolder();
        var bad = LoaderHarness.WriteBytes(folder.Path, "bad.txt", [0x41, 0x0A, 0x41, 0xFF, 0xFF, 0x42]);
        LoaderHarness.Write(folder.Path, "good.txt", "好");
        var loader = new DocumentLoader();

        var documents = await LoaderHarness.LoadAllAsync(loader, folder.Path);

        Assert.Equal("good.txt", Assert.Single(documents).Id);
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(bad, problem.Path);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith("The file is not text in UTF-8, UTF-16, GB18030 or Big5 (byte 0xFF at byte offset 3 is not valid UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("); save it as UTF-8, or declare its encoding.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextFile_ThatIsNeitherUtf8NorGb18030_FailsWithTheDecoderError()
    {
        using var folder = new TempFolder();
        var bad = LoaderHarness.WriteBytes(folder.Path, "bad.txt", [0x41, 0x81]);
        var loader = new DocumentLoader(new DocumentLoadOptions { ErrorMode = LoadErrorMode.Fail });

        var error = await Assert.ThrowsAsync<DocumentLoadException>(() => LoaderHarness.LoadAllAsync(loader, bad));

        Assert.Equal(bad, error.Problem.Path);
        Assert.Equal(1, error.Problem.Line);
        Assert.IsType<DecoderFallbackException>(error.InnerException);
    }

    [Fact]
    public async Task JsonLine_ThatIsNeitherUtf8NorGb18030_IsAProblemOnItsLine()
    {
        using var folder = new TempFolder();
        byte[] bytes =
        [
            .. "{\"id\":\"x\",\"text\":\""u8, 0xFF, 0xFF, .. "\"}\n"u8,
            .. "{\"id\":\"u\",\"text\":\"中文\"}\n"u8,
            .. "{\"id\":\"v\",\"text\":\""u8, 0xC0, 0xAF, .. "\"}\n"u8,
            .. "{\"id\":\"w\",\"text\":\"w\"}"u8,
        ];
        var path = LoaderHarness.WriteBytes(folder.Path, "bad.jsonl", bytes);
        var loader = new DocumentLoader();

        var documents = await LoaderHarness.LoadAllAsync(loader, path);

        Assert.Equal(["u", "w"], documents.Select(d => d.Id));
        Assert.Equal([1, 3], loader.Problems.Select(p => p.Line));
        Assert.StartsWith("The line is not text in UTF-8, UTF-16, GB18030 or Big5 (", loader.Problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("The line is not valid utf-8 (", loader.Problems[1].Message, StringComparison.Ordinal);
    }
}

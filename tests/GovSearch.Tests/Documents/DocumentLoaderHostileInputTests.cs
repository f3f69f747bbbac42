using System.Text;
using System.Text.Json;
using GovSearch.Documents;
using GovSearch.Tests.Support;
using Xunit;

namespace GovSearch.Tests.Documents;

/// <summary>
/// Hostile input (issue 10): each bad file or record is one problem naming the file, the line where there is one, and
/// the reason, and everything else in the same input still loads.
/// </summary>
public sealed class DocumentLoaderHostileInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Good = """{"id":"good","title":"数据安全法","text":"第一条 为了规范数据处理活动。"}""";

    private static async Task<(List<GovDocument> Documents, DocumentLoader Loader)> LoadAsync(string path, DocumentLoadOptions? options = null)
    {
        var loader = new DocumentLoader(options);
        return (await LoaderHarness.LoadAllAsync(loader, path), loader);
    }

    [Fact]
    public async Task TextFile_OverMaximumDocumentBytes_IsOneProblemNamingTheLimit_AndTheRestLoads()
    {
        var big = HostileFiles.WriteRepeated(_folder.File("docs/big.txt"), "# Big\n", (byte)'x', 100L * HostileFiles.MiB);
        LoaderHarness.Write(_folder.Path, "docs/small.txt", "# Small\nbody");

        var (documents, loader) = await LoadAsync(_folder.File("docs"));

        Assert.Equal("small.txt", Assert.Single(documents).Id);
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(big, problem.Path);
        Assert.Null(problem.Line);
        Assert.Equal(
            "The file has 104,857,600 bytes; the limit is 33,554,432 bytes, so it was not read.",
            problem.Message);
    }

    [Fact]
    public async Task TextFile_ThatReportsNoSize_IsReadToItsEnd()
    {
        // Files under /proc report a length of 0 but have content, like a file that grows after it is measured.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (documents, loader) = await LoadAsync("/proc/self/status");

        Assert.Empty(loader.Problems);
        Assert.Contains("\nPid:", Assert.Single(documents).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextFile_ThatReportsNoSize_IsStillHeldToTheLimit()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (documents, loader) = await LoadAsync("/proc/self/status", new DocumentLoadOptions { MaximumDocumentBytes = 10 });

        Assert.Empty(documents);
        Assert.Equal(
            new LoadProblem("/proc/self/status", null, "The file has more than 10 bytes; the limit is 10 bytes, so it was not read."),
            Assert.Single(loader.Problems));
    }

    [Fact]
    public async Task JsonLine_OverMaximumDocumentBytes_IsOneProblemOnItsLine_AndTheLinesAroundItLoad()
    {
        var path = _folder.File("big.jsonl");
        HostileFiles.WriteRepeated(path, Good.Replace("good", "before", StringComparison.Ordinal) + "\n{\"id\":\"huge\",\"text\":\"", (byte)'a', 3000, "\"}\n" + Good + "\n");

        var (documents, loader) = await LoadAsync(path, new DocumentLoadOptions { MaximumDocumentBytes = 1000 });

        Assert.Equal(["before", "good"], documents.Select(d => d.Id));
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith("The line has 2,", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith(" bytes; the limit is 1,000 bytes, so it was not read.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLine_Of50MegabytesWithAHugeTextField_IsRefusedWithItsLine()
    {
        var path = _folder.File("huge.jsonl");
        HostileFiles.WriteRepeated(path, Good + "\n{\"id\":\"huge\",\"title\":\"t\",\"text\":\"", (byte)'z', 50L * HostileFiles.MiB, "\"}\n" + Good.Replace("good", "after", StringComparison.Ordinal));

        var (documents, loader) = await LoadAsync(path);

        Assert.Equal(["good", "after"], documents.Select(d => d.Id));
        var problem = Assert.Single(loader.Problems);
        Assert.Equal($"{path}:2: The line has 52,428,", problem.ToString()[..(path.Length + 24)]);
        Assert.Contains("the limit is 33,554,432 bytes", problem.Message, StringComparison.Ordinal);
        Assert.True(loader.BytesRead > 50L * HostileFiles.MiB);
    }

    [Fact]
    public async Task JsonLine_UnderMaximumDocumentBytesWithATextOverMaxTextLength_NamesTheLoaderOption()
    {
        var path = _folder.File("long.jsonl");
        File.WriteAllLines(path, [JsonSerializer.Serialize(new { id = "long", text = new string('x', 2000) }), Good]);

        var (documents, loader) = await LoadAsync(path, new DocumentLoadOptions { MaximumTextLength = 1000 });

        Assert.Equal("good", Assert.Single(documents).Id);
        Assert.Equal(
            new LoadProblem(path, 1, "Document 'long' has 2,000 characters of text; the limit is 1,000."),
            Assert.Single(loader.Problems));
    }

    public static TheoryData<string, byte[], string> BinaryFiles() => new()
    {
        { "image.txt", HostileFiles.Png, "The file is a PNG image, not text." },
        { "program.txt", HostileFiles.Elf, "The file is an ELF executable, not text." },
        { "archive.txt", HostileFiles.Gzip(), "The file is gzip-compressed data, not text." },
        { "noise.txt", HostileFiles.ControlBytes(), "The file looks binary, not text: 1366 of its first 4096 bytes are control bytes." },
    };

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public async Task BinaryFile_NamedTxt_IsOneProblemSayingItIsNotText(string name, byte[] bytes, string message)
    {
        var bad = LoaderHarness.WriteBytes(_folder.Path, name, bytes);
        LoaderHarness.Write(_folder.Path, "z-good.txt", "好");

        var (documents, loader) = await LoadAsync(_folder.Path);

        Assert.Equal("z-good.txt", Assert.Single(documents).Id);
        Assert.Equal(new LoadProblem(bad, null, message), Assert.Single(loader.Problems));
    }

    [Fact]
    public async Task TextFile_WithANulByte_IsAProblemOnTheLineOfTheByte()
    {
        var bad = LoaderHarness.WriteBytes(_folder.Path, "nul.txt", [.. "line one\nline two\nthree "u8, 0x00, .. " more\n"u8]);

        var (documents, loader) = await LoadAsync(bad);

        Assert.Empty(documents);
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal(
            "The file holds a NUL byte at byte offset 24; text holds none. If it is UTF-16 without a byte-order mark, save it with one or declare its encoding.",
            problem.Message);
    }

    [Fact]
    public async Task TextFile_WithANulCharacterInADeclaredEncoding_IsStillAProblem()
    {
        var bad = LoaderHarness.WriteBytes(_folder.Path, "nul.txt", [.. "a\nb"u8, 0x00]);

        var (documents, loader) = await LoadAsync(bad, new DocumentLoadOptions { Encoding = Encoding.UTF8 });

        Assert.Empty(documents);
        Assert.Equal(
            new LoadProblem(bad, 2, "The file holds a NUL character; text files hold none. Remove it, or declare the file's encoding if it is UTF-16 or UTF-32."),
            Assert.Single(loader.Problems));
    }

    [Fact]
    public async Task TextFile_InDamagedUtf8_IsRejectedWithTheLineAndByteOffset_NeverReplacementCharacters()
    {
        // Good UTF-8 Chinese with one sequence cut short on line 3: not GB18030, not to be decoded with U+FFFD.
        var good = Encoding.UTF8.GetBytes("中华人民共和国\n数据安全法\n第一条 ");
        byte[] bytes = [.. good, 0xE4, 0xB8, .. "为了规范数据处理活动。\n"u8];
        var bad = LoaderHarness.WriteBytes(_folder.Path, "damaged.txt", bytes);

        var (documents, loader) = await LoadAsync(bad);

        Assert.Empty(documents);
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains($"byte 0xE4 at byte offset {good.Length} is not valid UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLine_InInvalidUtf8_IsRejectedOnItsLineWithTheByteIndex()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Good + "\n"), .. "{\"id\":\"bad\",\"text\":\"ab"u8, 0xFF, .. "\"}\n"u8, .. "{\"id\":\"ok\",\"text\":\"x\"}"u8];
        var path = LoaderHarness.WriteBytes(_folder.Path, "bad.jsonl", bytes);

        var (documents, loader) = await LoadAsync(path);

        Assert.Equal(["good", "ok"], documents.Select(d => d.Id));
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("[FF] at index 22", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(documents, d => d.Text.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public async Task JsonLine_WithARawNulByte_AfterUtf8Lines_IsInvalidJsonOnItsLine()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Good + "\n"), .. "{\"id\":\"nul\",\"text\":\"a"u8, 0x00, .. "b\"}\n"u8];
        var path = LoaderHarness.WriteBytes(_folder.Path, "nul.jsonl", bytes);

        var (documents, loader) = await LoadAsync(path);

        Assert.Equal("good", Assert.Single(documents).Id);
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith("The line is not valid JSON: '0x00' is invalid within a JSON string.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLine_WithARawNulByte_BeforeTheEncodingIsKnown_IsRejectedOnItsLineWithItsOffset()
    {
        var path = LoaderHarness.WriteBytes(_folder.Path, "nul.jsonl", [.. "{\"id\":\"nul\",\"text\":\"a"u8, 0x00, .. "b\"}\n"u8, .. Encoding.UTF8.GetBytes(Good)]);

        var (documents, loader) = await LoadAsync(path);

        Assert.Equal("good", Assert.Single(documents).Id);
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith("The line holds a NUL byte at byte offset 21; text holds none.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLine_Nested100000Deep_IsOneShortProblemNamingTheDepth()
    {
        var path = _folder.File("deep.jsonl");
        File.WriteAllText(path, Good + "\n" + new string('[', 100_000) + "\n" + Good.Replace("good", "after", StringComparison.Ordinal) + "\n");

        var (documents, loader) = await LoadAsync(path);

        Assert.Equal(["good", "after"], documents.Select(d => d.Id));
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal("The line is not valid JSON: The maximum configured depth of 64 has been exceeded. Cannot read next JSON array. (at byte 65 of the record)", problem.Message);
    }

    [Fact]
    public async Task JsonLine_WithALoneSurrogateEscape_IsAProblemNotACrash()
    {
        var path = _folder.File("surrogate.jsonl");
        File.WriteAllLines(path, ["""{"id":"s","text":"a\ud800b"}""", Good]);

        var (documents, loader) = await LoadAsync(path);

        Assert.Equal("good", Assert.Single(documents).Id);
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith("Field 'text' is not valid Unicode text", problem.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> HostileIds() => new()
    {
        { "/etc/passwd", "Document id '/etc/passwd' starts with '/'; ids are names, not absolute paths." },
        { "\\\\server\\share", "Document id '\\\\server\\share' starts with '\\'; ids are names, not absolute paths." },
        { "../../x", "Document id '../../x' holds a '..' segment; ids are names, not relative paths." },
        { "a/../../b", "Document id 'a/../../b' holds a '..' segment; ids are names, not relative paths." },
        { "a\\..", "Document id 'a\\..' holds a '..' segment; ids are names, not relative paths." },
        { "bell\u0007\u001b[31m", "Document id 'bell\\u0007\\u001B[31m' holds the control character U+0007 at position 5; ids may not hold control characters." },
        { "two\nlines", "Document id 'two\\u000Alines' holds the control character U+000A at position 4; ids may not hold control characters." },
        { new string('x', 10_000), $"Document id '{new string('x', 80)}…' has 10,000 characters; the limit is 1,024." },
    };

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task JsonLine_WithAHostileId_IsOneProblemOnItsLine_WithTheIdShownSafely(string id, string message)
    {
        var path = _folder.File("ids.jsonl");
        File.WriteAllLines(path, [JsonSerializer.Serialize(new { id, text = "x" }), Good]);

        var (documents, loader) = await LoadAsync(path);

        Assert.Equal("good", Assert.Single(documents).Id);
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(new LoadProblem(path, 1, message), problem);
        Assert.DoesNotContain('\n', problem.ToString());
        Assert.DoesNotContain('\u001b', problem.ToString());
    }

    [Fact]
    public async Task JsonLine_WithSlashesInsideItsId_IsAccepted()
    {
        var path = _folder.File("ids.jsonl");
        File.WriteAllLines(path, ["""{"id":"law/2020/1","text":"x"}""", """{"id":"..x/y..","text":"y"}""", """{"id":"中国/宪法","text":"z"}"""]);

        var (documents, loader) = await LoadAsync(path);

        Assert.Empty(loader.Problems);
        Assert.Equal(["law/2020/1", "..x/y..", "中国/宪法"], documents.Select(d => d.Id));
    }

    [Fact]
    public async Task TextFile_WhoseNameHoldsAControlCharacter_IsAProblemPrintedOnOneLine()
    {
        var bad = LoaderHarness.Write(_folder.Path, "bad\nname.txt", "text");
        LoaderHarness.Write(_folder.Path, "good.txt", "text");

        var (documents, loader) = await LoadAsync(_folder.Path);

        Assert.Equal("good.txt", Assert.Single(documents).Id);
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(bad, problem.Path);
        Assert.Equal(
            $"{_folder.Path}/bad\\u000Aname.txt: Document id 'bad\\u000Aname.txt' holds the control character U+000A at position 4; ids may not hold control characters.",
            problem.ToString());
    }

    [Fact]
    public async Task SameIdTwice_NamesBothLines()
    {
        var path = _folder.File("twice.jsonl");
        File.WriteAllLines(path, [Good, """{"id":"other","text":"x"}""", Good]);

        var (documents, loader) = await LoadAsync(path);

        Assert.Equal(["good", "other"], documents.Select(d => d.Id));
        Assert.Equal($"{path}:3: Id 'good' was already loaded from {path}:1; ids must be unique.", Assert.Single(loader.Problems).ToString());
    }

    [Fact]
    public async Task FailMode_StopsAtTheFirstHostileInputWithItsFileAndLine()
    {
        var path = _folder.File("deep.jsonl");
        File.WriteAllText(path, Good + "\n" + new string('[', 100_000) + "\n");
        var loader = new DocumentLoader(new DocumentLoadOptions { ErrorMode = LoadErrorMode.Fail });

        var error = await Assert.ThrowsAsync<DocumentLoadException>(() => LoaderHarness.LoadAllAsync(loader, path));

        Assert.Equal(2, error.Problem.Line);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }
}

using System.Text;
using System.Text.Json;
using GovSearch.Cli;
using GovSearch.Tests.Documents;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

/// <summary>
/// <c>govsearch index</c> on a folder and a JSON lines file that mix hostile inputs with good ones: one line per bad
/// input naming file, line and reason; the good documents indexed and searchable; nothing written outside the index.
/// </summary>
[Collection("cli")]
public sealed class CliHostileInputTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public CliHostileInputTests() => Assert.NotNull(CliRunner.CachePath);

    public void Dispose() => _runner.Dispose();

    [Fact]
    public async Task Index_SkipsEachHostileInputWithOneLine_IndexesTheRest_AndWritesOnlyItsIndex()
    {
        var docs = _runner.Folder.File("docs");
        LoaderHarness.Write(docs, "good.txt", "# 数据安全法\n第一条 为了规范数据处理活动，保障数据安全。");
        LoaderHarness.Write(docs, "sub/good.md", "# Governance\nModernize governance capacity.");
        var big = HostileFiles.WriteRepeated(Path.Combine(docs, "big.txt"), "# Big\n", (byte)'x', 100L * HostileFiles.MiB);
        var png = LoaderHarness.WriteBytes(docs, "image.txt", HostileFiles.Png);
        var elf = LoaderHarness.WriteBytes(docs, "program.txt", HostileFiles.Elf);
        var gzip = LoaderHarness.WriteBytes(docs, "archive.txt", HostileFiles.Gzip());
        var nul = LoaderHarness.WriteBytes(docs, "nul.txt", [.. "one\ntwo "u8, 0x00, .. "\n"u8]);
        var damaged = LoaderHarness.WriteBytes(docs, "damaged.txt", [.. Encoding.UTF8.GetBytes("中华人民共和国\n数据"), 0xE4, 0xB8, .. "安全\n"u8]);
        var badName = LoaderHarness.Write(docs, "bad\u001bname.txt", "text");

        var records = _runner.Folder.File("records.jsonl");
        string Record(string id, string text) => JsonSerializer.Serialize(new { id, title = id, text });
        await File.WriteAllTextAsync(records, string.Join('\n',
            Record("law/2021/data-security", "数据安全 第一条"),              // 1: good, '/' inside the id is fine
            Record("../../escaped", "x"),                                     // 2
            Record("/etc/escaped", "x"),                                      // 3
            Record("bell\u0007", "x"),                                        // 4
            Record(new string('i', 10_000), "x"),                             // 5
            new string('[', 100_000),                                         // 6
            "PLACEHOLDER-FOR-BAD-UTF8",                                       // 7
            Record("law/2021/data-security", "again"),                        // 8: same id as line 1
            "{\"id\":\"huge\",\"text\":\""));                          // 9: 50 MB line, appended below
        HostileFiles.WriteRepeated(records + ".tail", "", (byte)'z', 50L * HostileFiles.MiB, "\"}\n" + Record("speech/1992", "We must modernize governance.") + "\n");
        await using (var appended = new FileStream(records, FileMode.Append))
        await using (var tail = File.OpenRead(records + ".tail"))
        {
            await tail.CopyToAsync(appended);
        }

        File.Delete(records + ".tail");
        var bytes = await File.ReadAllBytesAsync(records);
        var placeholder = bytes.AsSpan().IndexOf("PLACEHOLDER-FOR-BAD-UTF8"u8);
        await File.WriteAllBytesAsync(records, [.. bytes[..placeholder], .. "{\"id\":\"bad\",\"text\":\"a"u8, 0xFF, .. "\"}"u8, .. bytes[(placeholder + 24)..]]);

        var index = _runner.Folder.File("index");
        var before = Snapshot();

        var (code, output, error) = await CliRunner.RunAsync("index", docs, records, "--index", index, "--no-topics");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Indexed 4 documents", lines[0], StringComparison.Ordinal);
        Assert.True(lines[1] == "Skipped 15 input(s):", output);
        var problems = lines.Skip(2).ToList();
        string[] expected =
        [
            $"  {docs}/archive.txt: The file is gzip-compressed data, not text.",
            $"  {docs}/bad\\u001Bname.txt: Document id 'bad\\u001Bname.txt' holds the control character U+001B at position 4;",
            $"  {big}: The file has 104,857,600 bytes; the limit is 33,554,432 bytes",
            $"  {damaged}:2: The file is not text in UTF-8, UTF-16, GB18030 or Big5 (byte 0xE4 at byte offset 28 is not valid UTF-8",
            $"  {png}: The file is a PNG image, not text.",
            $"  {nul}:2: The file holds a NUL byte at byte offset 8; text holds none.",
            $"  {elf}: The file is an ELF executable, not text.",
            $"  {records}:2: Document id '../../escaped' holds a '..' segment",
            $"  {records}:3: Document id '/etc/escaped' starts with '/'",
            $"  {records}:4: Document id 'bell\\u0007' holds the control character U+0007",
            $"  {records}:5: Document id '{new string('i', 80)}…' has 10,000 characters; the limit is 1,024.",
            $"  {records}:6: The line is not valid JSON: The maximum configured depth of 64 has been exceeded.",
            $"  {records}:7: The line is not text in UTF-8, UTF-16, GB18030 or Big5 (byte 0xFF at byte offset 21 is not valid UTF-8",
            $"  {records}:8: Id 'law/2021/data-security' was already loaded from {records}:1; ids must be unique.",
            $"  {records}:9: The line has 52,428,",
        ];
        Assert.Equal(expected.Length, problems.Count);
        foreach (var start in expected)
        {
            Assert.Single(problems, p => p.StartsWith(start, StringComparison.Ordinal));
        }

        Assert.All(problems, p => Assert.DoesNotContain('\u001b', p));

        // The good documents are in and searchable.
        var found = new List<string>();
        foreach (var query in new[] { "数据安全", "governance" })
        {
            var search = await CliRunner.RunAsync("search", query, "--index", index, "--json");
            Assert.Equal(ExitCodes.Success, search.Code);
            using var json = JsonDocument.Parse(search.Out);
            found.AddRange(json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
        }

        Assert.Equal(["good.txt", "law/2021/data-security", "speech/1992", "sub/good.md"], found.Distinct().Order(StringComparer.Ordinal));

        // Nothing changed outside the index folder, and nothing in it is named after an id.
        var after = Snapshot();
        Assert.Equal(before, after.Where(kv => !kv.Key.StartsWith("index", StringComparison.Ordinal)).ToDictionary());
        Assert.DoesNotContain(after.Keys, k => k.Contains("escaped", StringComparison.Ordinal) || k.Contains("law", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_runner.Folder.Path, "..", "escaped")));
    }

    /// <summary>Every file and folder under the test folder, relative, with its length (-1 for a folder).</summary>
    private Dictionary<string, long> Snapshot() =>
        Directory.EnumerateFileSystemEntries(_runner.Folder.Path, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(_runner.Folder.Path, f),
                f => File.Exists(f) ? new FileInfo(f).Length : -1);
}

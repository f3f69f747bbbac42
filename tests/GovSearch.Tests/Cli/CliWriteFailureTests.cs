using System.Text.Json;
using GovSearch.Cli;
using GovSearch.Indexing;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

/// <summary>
/// The tool on storage that refuses writes: a full tmpfs and a read-only remount give exit 8 and one line on standard
/// error, a missing folder gives exit 4; the last commit stays readable. Skipped, with the reason, without tmpfs.
/// </summary>
[Collection("cli")]
public sealed class CliWriteFailureTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public CliWriteFailureTests() => Assert.NotNull(CliRunner.CachePath);

    public void Dispose() => _runner.Dispose();

    [TmpfsFact]
    public async Task Index_OnAFullDisk_ExitsWith8AndOneLine_AndKeepsTheLastCommit()
    {
        using var mount = TmpfsMount.Create("1m");
        var index = mount.File("index");
        var input = _runner.Folder.File("bulky.jsonl");
        var random = new Random(8);
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, 200).Select(i => JsonLine(BulkyDocs.Make(random, $"bulky-{i}"))));

        var (code, output, error) = await CliRunner.RunAsync("index", input, "--index", index, "--no-topics");

        Assert.Equal(ExitCodes.Write, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"govsearch: The disk holding the index at '{index}' is full; every change since the last commit was discarded, and the last commit is intact. Free some space and write again.{Environment.NewLine}", error);
        using var reader = GovSearchIndex.Open(index, new GovSearchIndexOptions { ReadOnly = true });
        Assert.Equal(0, reader.DocumentCount);
    }

    [TmpfsFact]
    public async Task Index_OnAReadOnlyFolder_ExitsWith8_WhileSearchStillWorks()
    {
        using var mount = TmpfsMount.Create("8m");
        var index = mount.File("index");
        var built = await CliRunner.RunAsync("index", TestCorpus.Seeds, "--index", index, "--no-topics");
        Assert.True(built.Code == ExitCodes.Success, built.Error);

        mount.Remount(readOnly: true);
        try
        {
            var update = await CliRunner.RunAsync("index", TestCorpus.Seeds, "--index", index, "--no-topics");
            var rebuild = await CliRunner.RunAsync("index", TestCorpus.Seeds, "--index", index, "--rebuild", "--no-topics");
            var fresh = await CliRunner.RunAsync("index", TestCorpus.Seeds, "--index", mount.File("sub/new"), "--no-topics");
            var search = await CliRunner.RunAsync("search", "governance", "--index", index, "--json");

            Assert.Equal(ExitCodes.Write, update.Code);
            Assert.Equal($"govsearch: The index at '{index}' cannot be written (its folder or file system is read-only, or permission is denied); nothing was written. Make the folder writable, or open the index read-only.{Environment.NewLine}", update.Error);
            Assert.Equal(ExitCodes.Write, rebuild.Code);
            Assert.Single(rebuild.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(ExitCodes.Write, fresh.Code);
            Assert.StartsWith($"govsearch: The index at '{mount.File("sub/new")}' cannot be written", fresh.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", update.Error + rebuild.Error + fresh.Error, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Success, search.Code);
            Assert.True(JsonDocument.Parse(search.Out).RootElement.GetProperty("totalHits").GetInt32() > 0);
        }
        finally
        {
            mount.Remount(readOnly: false);
        }
    }

    [Fact]
    public async Task Search_AndStats_OnAMissingFolder_ExitWith4AndSayThereIsNoIndex()
    {
        var missing = _runner.Folder.File("missing");

        var search = await CliRunner.RunAsync("search", "x", "--index", missing);
        var stats = await CliRunner.RunAsync("stats", "--index", missing);

        Assert.Equal(ExitCodes.Index, search.Code);
        Assert.Equal($"govsearch: no index at {missing}; create one with govsearch index FILES --index {missing}.{Environment.NewLine}", search.Error);
        Assert.Equal(ExitCodes.Index, stats.Code);
        Assert.False(Directory.Exists(missing));
    }

    private static string JsonLine(GovSearch.GovDocument document) =>
        JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["id"] = document.Id,
            ["title"] = document.Title,
            ["lang"] = document.Language,
            ["doc_type"] = document.DocType,
            ["date"] = "2020-01-01",
            ["source"] = document.Source,
            ["text"] = document.Text,
        });
}

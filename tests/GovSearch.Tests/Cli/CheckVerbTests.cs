using System.Text.Json;
using GovSearch.Cli;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Cli;

/// <summary><c>govsearch check</c> and every read verb on a damaged index, through the tool.</summary>
[Collection("cli")]
public sealed class CheckVerbTests : IDisposable
{
    private readonly CliRunner _runner = new();

    public CheckVerbTests() => Assert.NotNull(CliRunner.CachePath);

    public void Dispose() => _runner.Dispose();

    private string Index => _runner.Folder.File("index");

    /// <summary>Writes 20 documents of dev.jsonl, from <paramref name="skip"/> on, to a JSON lines file.</summary>
    private string Batch(int skip)
    {
        var path = _runner.Folder.File($"batch-{skip}.jsonl");
        File.WriteAllLines(path, File.ReadLines(TestCorpus.Require("dev.jsonl")).Skip(skip).Take(20));
        return path;
    }

    /// <summary>Three index runs of 20 documents (one segment each, one analysis thread), topics trained on the last.</summary>
    private async Task BuildAsync()
    {
        foreach (var (skip, topics) in new[] { (0, "--no-topics"), (20, "--no-topics"), (40, "--topics") })
        {
            string[] args = topics == "--topics"
                ? ["index", Batch(skip), "--index", Index, "--threads", "1", "--topics", "4"]
                : ["index", Batch(skip), "--index", Index, "--threads", "1", "--no-topics"];
            var (code, _, error) = await CliRunner.RunAsync(args);
            Assert.True(code == ExitCodes.Success, error);
        }
    }

    /// <summary>Builds the index and flips bytes in the compound file of its second segment.</summary>
    private async Task<(string Segment, List<string> Kept)> DamagedAsync()
    {
        await BuildAsync();
        var segments = IndexDamage.IdsBySegment(Index);
        Assert.Equal(3, segments.Count);
        var victim = segments.Keys.Order(StringComparer.Ordinal).ElementAt(1);
        IndexDamage.FlipBytes(Index, IndexDamage.CompoundFile(Index, victim));
        return (victim, segments.Where(s => s.Key != victim).SelectMany(s => s.Value).Order(StringComparer.Ordinal).ToList());
    }

    private static void AssertOneLine(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("govsearch: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_HealthyIndexExitsZero()
    {
        await BuildAsync();

        var (code, output, error) = await CliRunner.RunAsync("check", "--index", Index);
        var json = await CliRunner.RunAsync("check", "--index", Index, "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("The index is healthy: 3 segments, 60 documents.", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, json.Code);
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.True(root.GetProperty("healthy").GetBoolean());
        Assert.Equal(3, root.GetProperty("segments").GetArrayLength());
    }

    [Fact]
    public async Task Check_DamagedSegmentIsNamedWithItsDocumentCountAndExitsFour()
    {
        var (victim, _) = await DamagedAsync();

        var (code, output, _) = await CliRunner.RunAsync("check", "--index", Index);
        var json = await CliRunner.RunAsync("check", "--index", Index, "--json");

        Assert.Equal(ExitCodes.Index, code);
        Assert.Contains($"  {victim,-8}       20 documents  DAMAGED: {victim}.cfs: its checksum does not match its contents", output, StringComparison.Ordinal);
        Assert.Contains($"The index is damaged: 1 segment ({victim}) with 20 documents cannot be trusted.", output, StringComparison.Ordinal);
        Assert.Contains("govsearch check --repair", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Index, json.Code);
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.False(root.GetProperty("healthy").GetBoolean());
        Assert.True(root.GetProperty("canRepair").GetBoolean());
        Assert.Equal(20, root.GetProperty("documentsLost").GetInt32());
        var damaged = Assert.Single(root.GetProperty("segments").EnumerateArray(), s => s.GetProperty("damaged").GetBoolean());
        Assert.Equal(victim, damaged.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("search", "law")]
    [InlineData("stats")]
    [InlineData("show", "any-id")]
    [InlineData("topics")]
    [InlineData("similar", "any-id")]
    public async Task ReadVerbs_OnDamagedIndexFailWithOneLineAndExitFour(params string[] verb)
    {
        var (victim, _) = await DamagedAsync();

        var (code, output, error) = await CliRunner.RunAsync([.. verb, "--index", Index]);

        Assert.Equal(ExitCodes.Index, code);
        Assert.Equal(string.Empty, output);
        AssertOneLine(error);
        Assert.Contains($"segment {victim} is corrupt", error, StringComparison.Ordinal);
        Assert.Contains("govsearch check", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repair_WithoutYesOnNonInteractiveInputRefusesAndChangesNothing()
    {
        await DamagedAsync();
        var before = Directory.GetFiles(Index).Order(StringComparer.Ordinal).Select(f => (f, new FileInfo(f).Length)).ToList();

        var (code, output, error) = await CliRunner.RunAsync("check", "--repair", "--index", Index);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("A repair drops them and keeps the other 40 documents", output, StringComparison.Ordinal);
        AssertOneLine(error);
        Assert.Contains("standard input is not a terminal; nothing was changed. Run again with --yes", error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Index).Order(StringComparer.Ordinal).Select(f => (f, new FileInfo(f).Length)).ToList());
        Assert.Equal(ExitCodes.Index, (await CliRunner.RunAsync("check", "--index", Index)).Code);
    }

    [Fact]
    public async Task Repair_AtATerminalAsksAndDoesNothingUnlessTheAnswerIsYes()
    {
        var (victim, kept) = await DamagedAsync();

        var declined = await CliRunner.RunAtTerminalAsync("n\n", "check", "--repair", "--index", Index);
        var stillDamaged = await CliRunner.RunAsync("check", "--index", Index);
        var accepted = await CliRunner.RunAtTerminalAsync("y\n", "check", "--repair", "--index", Index);

        Assert.Equal(ExitCodes.Index, declined.Code);
        Assert.Contains("Drop these segments and their documents? [y/N] ", declined.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was changed; the index is still damaged.", declined.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Index, stillDamaged.Code);
        Assert.True(accepted.Code == ExitCodes.Success, accepted.Error);
        Assert.Contains($"Repaired: dropped 1 segment ({victim}) with 20 documents.", accepted.Out, StringComparison.Ordinal);
        Assert.Equal(kept, IndexDamage.IdsBySegment(Index).Values.SelectMany(v => v).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Repair_WithYesDropsOnlyTheDamagedSegmentAndTopicsWaitForRetraining()
    {
        var (victim, kept) = await DamagedAsync();

        var (code, output, error) = await CliRunner.RunAsync("check", "--repair", "--yes", "--index", Index);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains($"{victim} lost ids: ", output, StringComparison.Ordinal);
        Assert.Contains($"Repaired: dropped 1 segment ({victim}) with 20 documents. The index now holds 40 documents.", output, StringComparison.Ordinal);
        Assert.Contains("The topic model was trained on documents that are gone and was removed", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("check", "--index", Index)).Code);
        Assert.Equal(kept, IndexDamage.IdsBySegment(Index).Values.SelectMany(v => v).Order(StringComparer.Ordinal).ToList());
        foreach (var id in kept)
        {
            Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("show", id, "--index", Index, "--json")).Code);
        }

        var topics = await CliRunner.RunAsync("topics", "--index", Index);
        var hybrid = await CliRunner.RunAsync("search", "law", "--mode", "hybrid", "--index", Index);
        Assert.Equal(ExitCodes.NoTopics, topics.Code);
        AssertOneLine(topics.Error);
        Assert.Contains("no topic model", topics.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NoTopics, hybrid.Code);

        // The next index run works, and retraining brings topics back.
        var again = await CliRunner.RunAsync("index", Batch(60), "--index", Index, "--threads", "1", "--topics", "4", "--json");
        Assert.True(again.Code == ExitCodes.Success, again.Error);
        Assert.Equal(60, JsonDocument.Parse(again.Out).RootElement.GetProperty("documentsInIndex").GetInt32());
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("topics", "--index", Index)).Code);
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("check", "--index", Index)).Code);
    }

    [Fact]
    public async Task Check_MissingCommitFileSaysRepairIsNotPossible()
    {
        await BuildAsync();
        File.Delete(Path.Combine(Index, IndexDamage.CommitFile(Index)));

        var (code, output, _) = await CliRunner.RunAsync("check", "--index", Index);
        var repair = await CliRunner.RunAsync("check", "--repair", "--yes", "--index", Index);
        var search = await CliRunner.RunAsync("search", "law", "--index", Index);

        Assert.Equal(ExitCodes.Index, code);
        Assert.Contains("commit file (segments_N) is missing", output, StringComparison.Ordinal);
        Assert.Contains("Dropping segments cannot repair this; rebuild the index", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Index, repair.Code);
        Assert.Equal(ExitCodes.Index, search.Code);
        AssertOneLine(search.Error);
    }
}

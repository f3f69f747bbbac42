using GovSearch.Cli;
using GovSearch.Indexing;
using GovSearch.ReliabilityHost;
using GovSearch.Storage;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Reliability;

/// <summary>
/// One writer per index folder, proven with real separate processes: a second writer (another process, the tool's
/// index, --rebuild and topic training, or another instance here) fails at open and changes nothing; a writer killed
/// with SIGKILL leaves no lock behind; readers in other processes keep answering while a writer commits.
/// </summary>
[Collection("processes")]
public sealed class WriteLockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<string> SmallIndexAsync(string name)
    {
        var path = _folder.File(name);
        using var index = GovSearchIndex.Create(path);
        await index.AddRangeAsync(Docs.Sample);
        await index.CommitAsync();
        return path;
    }

    [Fact]
    public async Task SecondWriterInAnotherProcess_FailsAtOpenAndChangesNothing()
    {
        var path = await SmallIndexAsync("held");
        var before = Snapshot(path);
        using var holder = ChildProcess.Host("hold", path);
        await holder.WaitForOutputAsync("held");

        var error = Assert.Throws<IndexLockedException>(() => GovSearchIndex.Open(path));
        Assert.Throws<IndexLockedException>(() => GovSearchIndex.OpenOrCreate(path));
        using var tool = ChildProcess.Tool("index", TestCorpus.Seeds, "--index", path, "--no-topics");
        var toolExit = await tool.ExitAsync();
        using var rebuild = ChildProcess.Tool("index", TestCorpus.Seeds, "--index", path, "--rebuild", "--no-topics");
        var rebuildExit = await rebuild.ExitAsync();
        using var train = ChildProcess.Host("train", path, _folder.File("journal"));
        var trainExit = await train.ExitAsync();

        Assert.Equal(path, error.Path);
        Assert.Equal(ExitCodes.Index, toolExit);
        Assert.Equal($"govsearch: The index at '{path}' is being written by another writer (another process or another instance holds its write lock). Wait for it to finish, or open the index read-only.\n", tool.Error.ReplaceLineEndings("\n"));
        Assert.Equal(ExitCodes.Index, rebuildExit);
        Assert.False(Directory.Exists(path + ".rebuild"));
        Assert.Equal(4, trainExit);
        Assert.Equal(before, Snapshot(path));
        using var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
        Assert.Equal(Docs.Sample.Count, reader.DocumentCount);
    }

    [Fact]
    public async Task WriterKilledWithSigkill_LeavesNoLockThatBlocksTheNextWriter()
    {
        var path = await SmallIndexAsync("killed");
        using (var holder = ChildProcess.Host("hold", path))
        {
            await holder.WaitForOutputAsync("held");
            Assert.True(WriteLock.IsLocked(path));
            holder.Kill();
        }

        Assert.True(File.Exists(Path.Combine(path, WriteLock.FileName)));
        Assert.False(WriteLock.IsLocked(path));
        using var next = GovSearchIndex.Open(path);
        await next.AddAsync(Docs.Make("after", "After the kill", "written after the kill"));
        await next.CommitAsync();
        Assert.Equal(Docs.Sample.Count + 1, next.DocumentCount);
    }

    [Fact]
    public async Task TwoProcessesCreatingOneFolder_OneCreatesAndTheOtherIsRefusedOrOpensIt()
    {
        var path = _folder.File("race");
        var corpus = TestCorpus.Require("dev.jsonl");
        using var first = ChildProcess.Host("write", path, _folder.File("j1"), corpus, "5", "3");
        using var second = ChildProcess.Host("write", path, _folder.File("j2"), corpus, "5", "3");
        var codes = new[] { await first.ExitAsync(), await second.ExitAsync() };

        // Whoever got the lock wrote its 15 documents; the other either waited for nothing (refused, exit 4) or ran after
        // the first had finished and added 15 more. Never an error of any other kind, never a lost commit.
        Assert.All(codes, c => Assert.Contains(c, new[] { 0, 4 }));
        Assert.Contains(0, codes);
        using var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
        Assert.Equal(15 * codes.Count(c => c == 0), reader.DocumentCount);
    }

    [Fact]
    public async Task ReadersInThisProcess_KeepAnsweringWhileAnotherProcessCommits()
    {
        var path = _folder.File("busy");
        var journalPath = _folder.File("journal");
        var corpus = TestCorpus.Require("dev.jsonl");
        using (var seed = ChildProcess.Host("write", path, journalPath, corpus, "4", "1"))
        {
            Assert.Equal(0, await seed.ExitAsync());
        }

        using var writer = ChildProcess.Host("write", path, journalPath, corpus, "4", "40");
        using var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
        var reads = 0;
        var opens = 0;
        while (!writer.HasExited || reads < 50)
        {
            reader.Refresh();
            var seen = reader.DocumentCount;
            var results = await reader.SearchAsync("中华人民共和国 OR the");
            Assert.True(results.TotalHits <= seen);
            Assert.Contains(seen, Counts(journalPath));
            reads++;
            if (reads % 5 == 0)
            {
                // A reader that opens during a commit sees the commit before or after it, never an error.
                using var fresh = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
                Assert.Contains(fresh.DocumentCount, Counts(journalPath));
                opens++;
            }
        }

        Assert.Equal(0, await writer.ExitAsync());
        Assert.True(opens > 0);
        reader.Refresh();
        Assert.Equal(4 * 41, reader.DocumentCount);
    }

    /// <summary>Every count a commit may have left: those journaled before a commit began.</summary>
    private static HashSet<int> Counts(string journal) =>
        Journal.Read(journal).Where(l => l.What == "begin").Select(l => (int)l.Count).ToHashSet();

    private static string Snapshot(string path) =>
        string.Join("\n", Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != WriteLock.FileName)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(path, f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f).Ticks}"));
}

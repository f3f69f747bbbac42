using System.Diagnostics;
using System.Globalization;
using GovSearch.Cli;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.ReliabilityHost;
using GovSearch.Tests.Support;
using Xunit.Abstractions;
using HostProgram = GovSearch.ReliabilityHost.Program;

namespace GovSearch.Tests.Reliability;

/// <summary>
/// The kill -9 suite: real writer processes killed with SIGKILL at seeded random moments, while they add documents,
/// while they commit, while they train topics, and while <c>govsearch index --rebuild</c> builds and swaps. After each
/// kill the index must open, hold exactly one committed state with every document of the last commit that completed
/// (the writer journals each commit, and the check compares against the journal), and the next run must complete.
/// </summary>
/// <remarks>CI runs <see cref="DefaultTrials"/> kills; the long run sets <c>GOVSEARCH_CRASH_TRIALS=100</c> (README,
/// Reliability).</remarks>
[Collection("processes")]
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    public const int DefaultTrials = 10;
    private const int Batch = 8;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task KilledWriters_LoseNothingCommittedAndTheNextRunCompletes()
    {
        var trials = int.TryParse(Environment.GetEnvironmentVariable("GOVSEARCH_CRASH_TRIALS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultTrials;
        var random = new Random(20261202);
        var corpus = TestCorpus.Require("dev.jsonl");
        var large = Subset(corpus, "large.jsonl", 120);
        var writes = _folder.File("writes");
        var journal = _folder.File("journal");
        var rebuilt = _folder.File("rebuilt");
        var small = Subset(corpus, "small.jsonl", 40);
        corpus = small;
        Assert.Equal(0, await Run(ChildProcess.Host("write", writes, journal, corpus, Batch.ToString(CultureInfo.InvariantCulture), "3")));
        var rebuildSeconds = await TimedRebuild(rebuilt, small);
        var smallRebuild = true;
        var phases = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var trial = 0; trial < trials; trial++)
        {
            string phase;
            switch (trial % 3)
            {
                case 0:
                    phase = await KillWriter(writes, journal, corpus, random.Next(400, 3000));
                    break;
                case 1:
                    phase = await KillTraining(writes, journal, random.Next(300, 3500));
                    break;
                default:
                    var input = smallRebuild ? large : small;
                    smallRebuild = !smallRebuild;
                    phase = await KillRebuild(rebuilt, input, smallRebuild ? large : small, TimeSpan.FromSeconds(rebuildSeconds * (0.3 + (random.NextDouble() * 0.9))));
                    break;
            }

            phases[phase] = phases.GetValueOrDefault(phase) + 1;
        }

        output.WriteLine($"{trials} kills, nothing lost: " + string.Join(", ", phases.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
    }

    /// <summary>Kills a writer adding batches of <see cref="Batch"/> and committing after each; returns where it died.</summary>
    private async Task<string> KillWriter(string index, string journal, string corpus, int milliseconds)
    {
        using (var writer = ChildProcess.Host("write", index, journal, corpus, Batch.ToString(CultureInfo.InvariantCulture), "100000"))
        {
            await Task.Delay(milliseconds);
            Assert.False(writer.HasExited, writer.Error);
            writer.Kill();
        }

        var lines = Journal.Read(journal);
        var phase = lines[^1].What == "begin" ? "writer during commit" : "writer during adds";
        var count = CheckCommitted(index, journal);
        Assert.Equal(0, await Run(ChildProcess.Host("write", index, journal, corpus, Batch.ToString(CultureInfo.InvariantCulture), "1")));
        Assert.Equal(count + Batch, CheckCommitted(index, journal));
        return phase;
    }

    /// <summary>Kills topic training; the documents must be untouched and the model either whole or refused with a reason.</summary>
    private async Task<string> KillTraining(string index, string journal, int milliseconds)
    {
        var before = CheckCommitted(index, journal);
        using (var training = ChildProcess.Host("train", index, journal))
        {
            await Task.Delay(milliseconds);
            training.Kill();
        }

        var finished = Journal.Read(journal)[^1].What == "train-done";
        Assert.Equal(before, CheckCommitted(index, journal));
        using (var reader = GovSearchIndex.Open(index, new GovSearchIndexOptions { ReadOnly = true }))
        {
            var status = reader.TopicStatus;
            Assert.True(status.IsTrained || status.Problem is not null || !finished, status.Problem);
        }

        Assert.Equal(0, await Run(ChildProcess.Host("train", index, journal)));
        using (var reader = GovSearchIndex.Open(index, new GovSearchIndexOptions { ReadOnly = true }))
        {
            Assert.True(reader.TopicStatus.IsTrained, reader.TopicStatus.Problem);
            Assert.NotEmpty((await reader.SearchAsync("发展", new SearchOptions { Mode = SearchMode.Hybrid })).Hits);
        }

        return finished ? "training after it finished" : "training";
    }

    /// <summary>Kills <c>govsearch index --rebuild</c> at a moment drawn across its whole run (the swap is at its end).</summary>
    private async Task<string> KillRebuild(string index, string input, string previous, TimeSpan after)
    {
        using (var tool = ChildProcess.Tool("index", input, "--index", index, "--rebuild", "--no-topics"))
        {
            await Task.Delay(after);
            tool.Kill();
        }

        string phase;
        using (var reader = GovSearchIndex.Open(index, new GovSearchIndexOptions { ReadOnly = true }))
        {
            var ids = (await reader.SearchAsync("中华人民共和国 OR 的 OR the OR 国务院", new SearchOptions { Limit = 1000 })).TotalHits;
            var count = reader.DocumentCount;
            var expectedNew = Ids(input);
            var expectedOld = Ids(previous);
            Assert.True(count == expectedNew.Count || count == expectedOld.Count, $"{count} documents after a killed rebuild");
            var expected = count == expectedNew.Count ? expectedNew : expectedOld;
            foreach (var id in expected)
            {
                Assert.NotNull(await reader.GetAsync(id));
            }

            phase = count == expectedNew.Count && expectedNew.Count != expectedOld.Count ? "rebuild after the swap" : "rebuild before the swap";
            Assert.True(ids > 0);
        }

        Assert.Equal(ExitCodes.Success, await Run(ChildProcess.Tool("index", input, "--index", index, "--rebuild", "--no-topics")));
        using (var reader = GovSearchIndex.Open(index, new GovSearchIndexOptions { ReadOnly = true }))
        {
            Assert.Equal(Ids(input).Count, reader.DocumentCount);
        }

        Assert.False(Directory.Exists(index + ".rebuild"));
        return phase;
    }

    /// <summary>Opens the index and checks it against the journal: the last completed commit, or the one begun after
    /// it (killed between the commit landing and the journal line), with every id that count implies.</summary>
    private static int CheckCommitted(string index, string journal)
    {
        var lines = Journal.Read(journal).Where(l => l.What is "begin" or "done").ToList();
        var lastDone = lines.FindLastIndex(l => l.What == "done");
        var allowed = new HashSet<long> { lines[lastDone].Count };
        allowed.UnionWith(lines.Skip(lastDone + 1).Select(l => l.Count));
        using var reader = GovSearchIndex.Open(index, new GovSearchIndexOptions { ReadOnly = true });
        var count = reader.DocumentCount;
        Assert.True(allowed.Contains(count), $"The index holds {count} documents; the journal allows {string.Join(" or ", allowed)}.");
        foreach (var number in Enumerable.Range(0, count))
        {
            Assert.NotNull(reader.GetAsync(HostProgram.Id(number)).Result);
        }

        return count;
    }

    private async Task<double> TimedRebuild(string index, string input)
    {
        var clock = Stopwatch.StartNew();
        Assert.Equal(ExitCodes.Success, await Run(ChildProcess.Tool("index", input, "--index", index, "--rebuild", "--no-topics")));
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<int> Run(ChildProcess child)
    {
        using (child)
        {
            var code = await child.ExitAsync();
            Assert.True(code == 0, $"exit {code}: {child.Error}");
            return code;
        }
    }

    private string Subset(string corpus, string name, int lines)
    {
        var path = _folder.File(name);
        File.WriteAllLines(path, File.ReadLines(corpus).Take(lines));
        return path;
    }

    private static HashSet<string> Ids(string jsonl) =>
        File.ReadLines(jsonl).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
}

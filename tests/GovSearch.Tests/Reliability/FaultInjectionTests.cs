using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Storage;
using GovSearch.Tests.Support;
using GovSearch.Topics;
using Lucene.Net.Store;
using Xunit.Abstractions;

namespace GovSearch.Tests.Reliability;

/// <summary>
/// Seeded fault injection (the idea of Lucene's MockDirectoryWrapper): each trial commits a known batch on disk, then
/// adds, updates, deletes and commits more through a <see cref="FaultyDirectory"/> that throws at a random operation.
/// After the fault, the folder read without faults holds exactly the last successful commit, the same instance and a
/// new writer session both write again, and nothing throws but <see cref="IndexWriteException"/>.
/// </summary>
/// <remarks>200 trials by default (a few seconds); set GOVSEARCH_FAULT_TRIALS for a long run. One indexing thread keeps
/// each seed's run the same (background merges aside).</remarks>
public sealed class FaultInjectionTests(ITestOutputHelper output) : IDisposable
{
    private const int BaseSeed = 20261207;
    private const int DefaultTrials = 200;
    private const double MaxFailAt = 30_000;

    private static readonly string[] Texts = Docs.Sample.Select(d => d.Text).ToArray();

    private readonly TempFolder _folder = new();

    /// <summary>Trial folders go to memory-backed /dev/shm where there is one: real files, without a disk's fsync cost.</summary>
    private readonly string _trials = System.IO.Directory.Exists("/dev/shm")
        ? System.IO.Directory.CreateDirectory(Path.Combine("/dev/shm", "govsearch-faults-" + Guid.NewGuid().ToString("N"))).FullName
        : System.IO.Directory.CreateTempSubdirectory("govsearch-faults-").FullName;

    /// <summary>GOVSEARCH_FAULT_TRIALS, or 200.</summary>
    public static int Trials =>
        int.TryParse(Environment.GetEnvironmentVariable("GOVSEARCH_FAULT_TRIALS"), out var trials) && trials > 0 ? trials : DefaultTrials;

    public void Dispose()
    {
        _folder.Dispose();
        System.IO.Directory.Delete(_trials, recursive: true);
    }

    [Fact]
    public async Task RandomWriteFaults_LeaveExactlyTheLastCommit_AndTheIndexWritesAgain()
    {
        var tally = new FaultTally();
        for (var trial = 0; trial < Trials; trial++)
        {
            await RunTrialAsync(BaseSeed + trial, tally);
        }

        output.WriteLine(tally.ToString());
        Assert.Equal(0, tally.Lost);
        Assert.True(tally.Failed >= Trials / 2, $"Too few trials hit a fault: {tally}");
    }

    [Fact]
    public async Task LeftoversOfAFailedFlush_AreNotReusedByTheNextSegment()
    {
        // This seed's trial fails writing _3.cfe during a commit, with faults that stay on. Lucene.Net 4.8 could not delete
        // the failed segment's files, reused the name _3 for the next segment, and deleted that segment's files when it
        // retried: the first commit after recovery failed on a missing _3.cfs (LeftoverFiles prevents it).
        var tally = new FaultTally();
        await RunTrialAsync(20261223, tally);
        Assert.Equal(1, tally.Failed);
    }

    [Fact]
    public async Task FailedBackgroundMerges_DoNotCrashTheProcess_AndLoseNothing()
    {
        var path = _folder.File("merges");
        System.IO.Directory.CreateDirectory(path);
        var (index, faulty) = OpenFaulty(path, seed: 7);
        using (index)
        {
            // Each commit adds a segment; from about ten on, Lucene merges them on a background thread, which fails here.
            faulty.Arm(failAt: 1, FaultMode.Sticky, FaultyDirectory.DiskFull, mergesOnly: true);
            for (var i = 0; i < 30; i++)
            {
                await index.AddAsync(Docs.Make($"m{i}", $"merge {i}", Texts[i % Texts.Length]));
                await index.CommitAsync();
            }

            Assert.Equal(30, index.DocumentCount);
            Assert.False(index.HasUncommittedChanges);
        }

        Assert.True(faulty.Faults > 0, "No merge ran, so no merge failed; the test proves nothing.");
        using var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
        Assert.Equal(30, reader.DocumentCount);
    }

    [Fact]
    public async Task FailedTopicTraining_KeepsThePreviousModel_AndRemovesTheHalfSavedOne()
    {
        var path = _folder.File("topics");
        System.IO.Directory.CreateDirectory(path);
        var options = new TopicModelOptions { NumberOfTopics = 2, Iterations = 10, MinimumDocumentFrequency = 1, Threads = 1 };
        var (index, faulty) = OpenFaulty(path, seed: 11);
        using (index)
        {
            await index.AddRangeAsync(Docs.Sample);
            await index.CommitAsync();
            var first = await index.TrainTopicsAsync(options);
            await index.AddAsync(Docs.Make("later", "Later note on governance", "Governance of cities and the rule of law."));
            await index.CommitAsync();

            faulty.Arm(failAt: 1, FaultMode.Sticky, FaultyDirectory.DiskFull);
            var error = await Assert.ThrowsAsync<IndexWriteException>(() => index.TrainTopicsAsync(options with { NumberOfTopics = 3 }));
            faulty.Disarm();

            Assert.Equal(IndexWriteFailure.DiskFull, error.Failure);
            Assert.Contains("the previous topic model and the last commit are intact", error.Message, StringComparison.Ordinal);
            Assert.Equal(first.Select(t => t.Label), index.GetTopics().Select(t => t.Label));
            Assert.False(System.IO.Directory.Exists(Path.Combine(path, "topics.new")));
            Assert.False(index.HasUncommittedChanges);
            Assert.Equal(Docs.Sample.Count + 1, index.DocumentCount);
            Assert.NotEmpty((await index.SearchAsync("governance", new SearchOptions { Mode = SearchMode.Hybrid })).Hits);

            Assert.Equal(3, (await index.TrainTopicsAsync(options with { NumberOfTopics = 3 })).Count);
        }

        using var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
        Assert.Equal(3, reader.GetTopics().Count);
    }

    private async Task RunTrialAsync(int seed, FaultTally tally)
    {
        var random = new Random(seed);
        var path = Path.Combine(_trials, $"trial-{seed}");
        System.IO.Directory.CreateDirectory(path);
        var (index, faulty) = OpenFaulty(path, seed);
        var live = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var next = 0;
        var version = 0;
        SortedDictionary<string, string> committed;
        SortedDictionary<string, string>? attempted = null;
        IndexWriteException? error = null;
        var step = "none";
        var hresult = random.Next(2) == 0 ? FaultyDirectory.DiskFull : FaultyDirectory.InputOutputError;
        var disposedArmed = false;
        tally.Trials++;
        try
        {
            await index.AddRangeAsync(NewDocuments(random.Next(3, 12)));
            await index.CommitAsync();
            committed = new(live);

            faulty.Arm((long)Math.Exp(random.NextDouble() * Math.Log(MaxFailAt)) + 1, (FaultMode)random.Next(3), hresult);
            try
            {
                for (var round = 0; round < 4; round++)
                {
                    switch (random.Next(4))
                    {
                        case 0:
                            step = "add";
                            await index.AddRangeAsync(NewDocuments(random.Next(1, 8)));
                            break;
                        case 1:
                            step = "update";
                            var changed = live.Keys.ToList().Where(_ => random.Next(3) == 0).Take(5).Select(Revised).Concat(NewDocuments(random.Next(0, 3))).ToList();
                            await index.UpdateRangeAsync(changed.ToAsyncEnumerable());
                            break;
                        case 2:
                            step = "delete";
                            var id = live.Count > 0 && random.Next(4) != 0 ? live.Keys.ElementAt(random.Next(live.Count)) : "missing";
                            live.Remove(id);
                            await index.DeleteAsync(id);
                            break;
                        default:
                            step = "add one";
                            await index.AddAsync(NewDocuments(1).Single());
                            break;
                    }

                    if (round == 3 || random.Next(3) != 0)
                    {
                        step = "commit";
                        attempted = new(live);
                        await index.CommitAsync();
                        committed = attempted;
                        attempted = null;
                    }
                }
            }
            catch (IndexWriteException e)
            {
                error = e;
            }

            tally.Faults += faulty.Faults;
            if (error is not null)
            {
                tally.Failed++;
                tally.FailedAt(step);
                Assert.Equal(path, error.Path);
                Assert.Equal(hresult == FaultyDirectory.DiskFull ? IndexWriteFailure.DiskFull : IndexWriteFailure.StorageError, error.Failure);
                Assert.False(index.HasUncommittedChanges, $"seed {seed}: uncommitted changes reported after a failure");
            }
            else
            {
                attempted = null;
                if (faulty.Faults > 0)
                {
                    tally.Absorbed++;
                }
                else
                {
                    tally.NoFault++;
                }
            }

            disposedArmed = error is not null && random.Next(3) == 0;
            if (!disposedArmed)
            {
                faulty.Disarm();
            }

            // The folder, read by another instance without faults: exactly the last commit, or (a commit that failed at its
            // last step) that whole commit; never a mix.
            var universe = Enumerable.Range(0, next).Select(i => $"d{i}").Append("after").Append("next").ToList();
            var expected = await ExpectedAsync(path, universe, committed, step == "commit" ? attempted : null, seed, tally);

            if (!disposedArmed)
            {
                Assert.Equal(expected, await ReadAsync(index, universe));
                await index.AddAsync(Docs.Make("after", "after", "written by the same instance after the fault"));
                await index.CommitAsync();
                expected["after"] = "after";
            }
            else
            {
                tally.DisposedArmed++;
            }

            index.Dispose();
            faulty.Disarm();

            using (var writer = GovSearchIndex.Open(path))
            {
                Assert.Equal(expected, await ReadAsync(writer, universe));
                await writer.AddAsync(Docs.Make("next", "next", "written by the next session"));
                await writer.CommitAsync();
                expected["next"] = "next";
            }

            using var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
            Assert.Equal(expected, await ReadAsync(reader, universe));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"Trial with seed {seed} failed at step '{step}' (first fault: {faulty.FirstFault}): {e.GetType().Name}: {e.Message}", e);
        }
        finally
        {
            index.Dispose();
        }

        System.IO.Directory.Delete(path, recursive: true);

        List<GovDocument> NewDocuments(int count)
        {
            var documents = new List<GovDocument>();
            for (var i = 0; i < count; i++)
            {
                var id = $"d{next++}";
                var title = $"{id} v{version++}";
                live[id] = title;
                documents.Add(Docs.Make(id, title, Texts[random.Next(Texts.Length)]));
            }

            return documents;
        }

        GovDocument Revised(string id)
        {
            var title = $"{id} v{version++}";
            live[id] = title;
            return Docs.Make(id, title, Texts[random.Next(Texts.Length)]);
        }
    }

    private static async Task<SortedDictionary<string, string>> ExpectedAsync(
        string path, List<string> universe, SortedDictionary<string, string> committed, SortedDictionary<string, string>? attempted, int seed, FaultTally tally)
    {
        using var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
        var found = await ReadAsync(reader, universe);
        if (Same(found, committed))
        {
            return new(committed);
        }

        if (attempted is not null && Same(found, attempted))
        {
            tally.CommitLanded++;
            return new(attempted);
        }

        tally.Lost++;
        Assert.Fail($"seed {seed}: the folder holds [{string.Join(", ", found.Select(p => p.Value))}], not the last commit [{string.Join(", ", committed.Select(p => p.Value))}]");
        return found;
    }

    private static bool Same(SortedDictionary<string, string> a, SortedDictionary<string, string> b) => a.SequenceEqual(b);

    /// <summary>Every document of the universe the index holds, id to title, checked against its document count.</summary>
    private static async Task<SortedDictionary<string, string>> ReadAsync(GovSearchIndex index, List<string> universe)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in universe)
        {
            if (await index.GetAsync(id) is { } document)
            {
                found[id] = document.Document.Title;
            }
        }

        Assert.Equal(found.Count, index.DocumentCount);
        return found;
    }

    /// <summary>Opens the index in a folder through a <see cref="FaultyDirectory"/>, holding the folder's write lock as
    /// <see cref="GovSearchIndex.Open(string, GovSearchIndexOptions?)"/> does.</summary>
    private static (GovSearchIndex Index, FaultyDirectory Faulty) OpenFaulty(string path, int seed)
    {
        var held = WriteLock.Acquire(path);
        var faulty = new FaultyDirectory(FSDirectory.Open(new DirectoryInfo(path), new HeldLockFactory(held)), seed);
        return (GovSearchIndex.OpenOrCreate(faulty, path, held, new GovSearchIndexOptions { IndexingThreads = 1 }), faulty);
    }
}

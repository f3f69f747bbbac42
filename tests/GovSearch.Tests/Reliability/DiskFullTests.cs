using GovSearch.Indexing;
using GovSearch.Storage;
using GovSearch.Tests.Support;
using GovSearch.Topics;

namespace GovSearch.Tests.Reliability;

/// <summary>
/// A real full disk: a 2 MB tmpfs filled by indexing until ENOSPC. The write fails with
/// <see cref="IndexWriteFailure.DiskFull"/>, the last commit stays whole, and once space is freed the same index writes
/// again. Skipped, with the reason, where tmpfs cannot be mounted (not root, not Linux).
/// </summary>
public sealed class DiskFullTests
{
    [TmpfsFact]
    public async Task DiskFull_WhileIndexing_FailsWithDiskFull_KeepsTheLastCommit_AndWritesAgainOnceThereIsRoom()
    {
        using var mount = TmpfsMount.Create("2m");
        var path = mount.File("index");
        var ballast = mount.File("ballast");
        await File.WriteAllBytesAsync(ballast, new byte[384 * 1024]);
        var random = new Random(5);
        var committed = new List<string>();
        IndexWriteException? error = null;
        using var index = GovSearchIndex.Create(path, new GovSearchIndexOptions { IndexingThreads = 1 });
        for (var batch = 0; batch < 200 && error is null; batch++)
        {
            var documents = Enumerable.Range(0, 10).Select(i => BulkyDocs.Make(random, $"b{batch}-{i}")).ToList();
            try
            {
                await index.AddRangeAsync(documents);
                await index.CommitAsync();
                committed.AddRange(documents.Select(d => d.Id));
            }
            catch (IndexWriteException e)
            {
                error = e;
            }
        }

        Assert.NotNull(error);
        Assert.Equal(IndexWriteFailure.DiskFull, error.Failure);
        Assert.Equal(path, error.Path);
        Assert.Equal($"The disk holding the index at '{path}' is full; every change since the last commit was discarded, and the last commit is intact. Free some space and write again.", error.Message);
        Assert.NotEmpty(committed);
        Assert.False(index.HasUncommittedChanges);
        Assert.Equal(committed.Count, index.DocumentCount);
        using (var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true }))
        {
            Assert.Equal(committed.Count, reader.DocumentCount);
            foreach (var id in committed)
            {
                Assert.NotNull(await reader.GetAsync(id));
            }
        }

        File.Delete(ballast);
        await index.AddAsync(Docs.Make("after", "After the disk was full", "Space was freed and writing goes on."));
        await index.CommitAsync();
        Assert.Equal(committed.Count + 1, index.DocumentCount);
    }

    [TmpfsFact]
    public async Task DiskFull_WhileSavingATopicModel_KeepsThePreviousModel_AndLeavesNoHalfSavedOne()
    {
        using var mount = TmpfsMount.Create("4m");
        var path = mount.File("index");
        var options = new TopicModelOptions { NumberOfTopics = 2, Iterations = 10, MinimumDocumentFrequency = 1, Threads = 1 };
        using var index = GovSearchIndex.Create(path, new GovSearchIndexOptions { IndexingThreads = 1 });
        await index.AddRangeAsync(Docs.Sample);
        await index.CommitAsync();
        var first = await index.TrainTopicsAsync(options);

        var ballast = mount.Fill();
        var error = await Assert.ThrowsAsync<IndexWriteException>(() => index.TrainTopicsAsync(options with { NumberOfTopics = 3 }));

        Assert.Equal(IndexWriteFailure.DiskFull, error.Failure);
        Assert.Equal($"The disk holding the index at '{path}' is full; the previous topic model and the last commit are intact. Free some space and write again.", error.Message);
        Assert.False(Directory.Exists(Path.Combine(path, "topics.new")));
        Assert.Equal(first.Select(t => t.Label), index.GetTopics().Select(t => t.Label));
        using (var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true }))
        {
            Assert.Equal(first.Select(t => t.Label), reader.GetTopics().Select(t => t.Label));
        }

        File.Delete(ballast);
        Assert.Equal(3, (await index.TrainTopicsAsync(options with { NumberOfTopics = 3 })).Count);
    }
}

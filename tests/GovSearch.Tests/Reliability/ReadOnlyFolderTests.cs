using GovSearch.Indexing;
using GovSearch.Storage;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Reliability;

/// <summary>
/// Folders that cannot be written: a tmpfs remounted read-only (root ignores permission bits, so chmod proves nothing),
/// and a folder removed while its writer is open. Writers are refused with <see cref="IndexWriteException"/> and no
/// lock file; readers keep working.
/// </summary>
public sealed class ReadOnlyFolderTests
{
    [TmpfsFact]
    public async Task ReadOnlyFileSystem_RefusesWritersWithNotWritable_AndReadersStillWork()
    {
        using var mount = TmpfsMount.Create("4m");
        var path = mount.File("index");
        using (var index = GovSearchIndex.Create(path))
        {
            await index.AddRangeAsync(Docs.Sample);
            await index.CommitAsync();
        }

        // Without its lock file, a refused writer would have to create one: it must not.
        File.Delete(Path.Combine(path, WriteLock.FileName));
        mount.Remount(readOnly: true);
        try
        {
            var open = Assert.Throws<IndexWriteException>(() => GovSearchIndex.Open(path));
            var openOrCreate = Assert.Throws<IndexWriteException>(() => GovSearchIndex.OpenOrCreate(path));
            var create = Assert.Throws<IndexWriteException>(() => GovSearchIndex.Create(mount.File("new")));

            Assert.Equal(IndexWriteFailure.NotWritable, open.Failure);
            Assert.Equal(path, open.Path);
            Assert.Equal($"The index at '{path}' cannot be written (its folder or file system is read-only, or permission is denied); nothing was written. Make the folder writable, or open the index read-only.", open.Message);
            Assert.Equal(IndexWriteFailure.NotWritable, openOrCreate.Failure);
            Assert.Equal(IndexWriteFailure.NotWritable, create.Failure);
            Assert.Equal(mount.File("new"), create.Path);
            Assert.False(Directory.Exists(mount.File("new")));
            Assert.False(File.Exists(Path.Combine(path, WriteLock.FileName)));

            using var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true });
            Assert.Equal(Docs.Sample.Count, reader.DocumentCount);
            Assert.NotEmpty((await reader.SearchAsync("数据安全")).Hits);
        }
        finally
        {
            mount.Remount(readOnly: false);
        }

        using var writer = GovSearchIndex.Open(path);
        await writer.AddAsync(Docs.Make("after", "Writable again", "The folder is writable again."));
        await writer.CommitAsync();
        Assert.Equal(Docs.Sample.Count + 1, writer.DocumentCount);
    }

    [Fact]
    public async Task FolderRemovedWhileTheWriterIsOpen_FailsTheCommitClearly_AndDisposeDoesNotThrow()
    {
        using var folder = new TempFolder();
        var path = folder.File("index");
        var index = GovSearchIndex.Create(path);
        await index.AddRangeAsync(Docs.Sample);
        await index.CommitAsync();

        Directory.Delete(path, recursive: true);
        var error = await Assert.ThrowsAsync<IndexWriteException>(async () =>
        {
            await index.AddAsync(Docs.Make("orphan", "Orphan", "Written after the folder was removed."));
            await index.CommitAsync();
        });

        Assert.Equal(IndexWriteFailure.StorageError, error.Failure);
        Assert.Equal(path, error.Path);
        Assert.StartsWith($"Writing the index at '{path}' failed (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; every change since the last commit was discarded, and the last commit is intact. Check the disk and the folder, and write again.", error.Message, StringComparison.Ordinal);
        Assert.False(index.HasUncommittedChanges);
        index.Dispose();
        Assert.Throws<IndexMissingException>(() => GovSearchIndex.Open(path));
    }
}

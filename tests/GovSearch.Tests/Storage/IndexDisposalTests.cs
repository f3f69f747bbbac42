using GovSearch.Indexing;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Storage;

/// <summary>
/// <c>await using</c> closes an index as <c>using</c> does: uncommitted changes are discarded, the last commit is kept,
/// the write lock is released for the next writer, and the instance refuses further use. And a batch can be given to
/// <see cref="GovSearchIndex.UpdateRangeAsync(IEnumerable{GovSearch.GovDocument}, CancellationToken)"/>
/// as a plain list, as to AddRangeAsync.
/// </summary>
public sealed class IndexDisposalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task DisposeAsync_KeepsTheLastCommitDiscardsTheRestAndReleasesTheLock()
    {
        var path = _folder.File("index");
        var index = GovSearchIndex.Create(path);
        await using (index)
        {
            await index.AddRangeAsync(Docs.Sample);
            await index.CommitAsync();
            await index.AddAsync(Docs.Make("uncommitted", "未提交", "这份文件没有提交。"));
        }

        await index.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => index.SearchAsync("数据"));
        using var next = GovSearchIndex.Open(path);
        Assert.Equal(Docs.Sample.Count, next.DocumentCount);
        Assert.Null(await next.GetAsync("uncommitted"));
    }

    [Fact]
    public async Task DisposeAsync_OfAReadOnlyInstanceLeavesTheIndexAsItIs()
    {
        var path = _folder.File("index");
        using (var writer = GovSearchIndex.Create(path))
        {
            await writer.AddRangeAsync(Docs.Sample);
            await writer.CommitAsync();
        }

        await using (var reader = GovSearchIndex.Open(path, new GovSearchIndexOptions { ReadOnly = true }))
        {
            Assert.Equal(Docs.Sample.Count, reader.DocumentCount);
        }

        using var reopened = GovSearchIndex.Open(path);
        Assert.Equal(Docs.Sample.Count, reopened.DocumentCount);
    }

    [Fact]
    public async Task UpdateRangeAsync_TakesAListAndReplacesOrAdds()
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync(Docs.Sample);
        await index.CommitAsync();
        var first = Docs.Sample[0];
        var replaced = Docs.Make(first.Id, "替换后的标题", "替换后的正文，提到独特词语甲乙丙。");
        var added = Docs.Make("added-by-update", "新增", "通过更新加入的文件。");

        var written = await index.UpdateRangeAsync([replaced, added]);
        await index.CommitAsync();

        Assert.Equal(2, written);
        Assert.Equal(Docs.Sample.Count + 1, index.DocumentCount);
        Assert.Equal("替换后的标题", (await index.GetAsync(first.Id))!.Document.Title);
        Assert.NotNull(await index.GetAsync("added-by-update"));
    }
}

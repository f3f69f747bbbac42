using GovSearch.Indexing;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Indexing;

/// <summary>The index contract on disk (memory-mapped folders).</summary>
public sealed class OnDiskIndexContractTests : IndexContractTests
{
    private readonly TempFolder _folder = new();
    private int _count;

    protected override GovSearchIndex CreateEmpty(GovSearchIndexOptions? options = null) =>
        GovSearchIndex.Create(_folder.File($"index-{Interlocked.Increment(ref _count)}"), options);

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }
}

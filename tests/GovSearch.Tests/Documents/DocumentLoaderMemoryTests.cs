using GovSearch.Documents;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Documents;

/// <summary>Refusing a huge input costs little memory: it is never held whole.</summary>
[Collection(AllocationCollection.Name)]
public sealed class DocumentLoaderMemoryTests : IDisposable
{
    private const long Input = 100L * HostileFiles.MiB;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A100MegabyteTextFile_IsRefusedWithoutReadingIt()
    {
        var path = HostileFiles.WriteRepeated(_folder.File("big.txt"), "# Big\n", (byte)'x', Input);
        var loader = new DocumentLoader();

        var allocated = await AllocatedAsync(() => LoaderHarness.LoadAllAsync(loader, path));

        Assert.Single(loader.Problems);
        Assert.True(allocated < 4 * HostileFiles.MiB, $"Refusing a 100 MB file allocated {allocated:N0} bytes.");
    }

    [Fact]
    public async Task A100MegabyteJsonLine_IsReadPastInPieces()
    {
        var path = HostileFiles.WriteRepeated(_folder.File("big.jsonl"), "{\"id\":\"big\",\"text\":\"", (byte)'x', Input, "\"}\n{\"id\":\"ok\",\"text\":\"x\"}\n");
        var loader = new DocumentLoader(new DocumentLoadOptions { MaximumDocumentBytes = HostileFiles.MiB });

        var allocated = await AllocatedAsync(async () => Assert.Equal("ok", Assert.Single(await LoaderHarness.LoadAllAsync(loader, path)).Id));

        Assert.Equal(1, Assert.Single(loader.Problems).Line);
        Assert.True(allocated < 8 * HostileFiles.MiB, $"Skipping a 100 MB line with a 1 MiB limit allocated {allocated:N0} bytes.");
    }

    [Fact]
    public async Task A100MegabyteJsonLine_WithTheDefaultLimit_HoldsAtMostAboutTwiceTheLimit()
    {
        var path = HostileFiles.WriteRepeated(_folder.File("big.jsonl"), "{\"id\":\"big\",\"text\":\"", (byte)'x', Input, "\"}\n");
        var loader = new DocumentLoader();

        var allocated = await AllocatedAsync(() => LoaderHarness.LoadAllAsync(loader, path));

        Assert.Single(loader.Problems);
        Assert.True(allocated < 2 * DocumentLoadOptions.DefaultMaximumDocumentBytes + 8 * HostileFiles.MiB, $"Skipping a 100 MB line allocated {allocated:N0} bytes.");
    }

    private static async Task<long> AllocatedAsync(Func<Task> work)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await work();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }
}

using GovSearch.Indexing;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Quality;

/// <summary>dev.jsonl indexed once in memory, shared by the tests of one class.</summary>
public sealed class DevCorpusIndexFixture : IAsyncLifetime
{
    private GovSearchIndex? _index;

    /// <summary>The ids of every document in dev.jsonl.</summary>
    public IReadOnlySet<string> DocumentIds { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The index of dev.jsonl.</summary>
    public GovSearchIndex Index => _index ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        var documents = await CorpusReader.LoadAsync("dev.jsonl");
        DocumentIds = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        _index = GovSearchIndex.CreateInMemory();
        await _index.AddRangeAsync(documents);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index?.Dispose();
        return Task.CompletedTask;
    }
}

using GovSearch.Tests.Support;

namespace GovSearch.Tests.Analytics;

/// <summary>
/// A corpus file indexed once in memory with its documents kept for brute-force counting: dev.jsonl, or the file
/// named by GOVSEARCH_USAGE_CORPUS (docs.jsonl for the long run in the README).
/// </summary>
public sealed class UsageCorpusFixture : IAsyncLifetime
{
    private GovSearchIndex? _index;

    /// <summary>The corpus file's name.</summary>
    public string File { get; } = Environment.GetEnvironmentVariable("GOVSEARCH_USAGE_CORPUS") is { Length: > 0 } file ? file : "dev.jsonl";

    /// <summary>Every document of the file.</summary>
    public IReadOnlyList<GovDocument> Documents { get; private set; } = [];

    /// <summary>The index of the file.</summary>
    public GovSearchIndex Index => _index ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        Documents = await CorpusReader.LoadAsync(File);
        _index = GovSearchIndex.CreateInMemory();
        await _index.AddRangeAsync(Documents);
        await _index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _index?.Dispose();
        return Task.CompletedTask;
    }
}

using GovSearch.Indexing;

namespace GovSearch.Tests.Indexing;

/// <summary>The index contract on in-memory storage.</summary>
public sealed class InMemoryIndexContractTests : IndexContractTests
{
    protected override GovSearchIndex CreateEmpty(GovSearchIndexOptions? options = null) => GovSearchIndex.CreateInMemory(options);
}

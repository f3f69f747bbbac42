namespace GovSearch.Tests.Documents;

/// <summary>Tests that measure the process's allocations: they run alone, after the parallel ones, so nothing else allocates meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Allocation";
}

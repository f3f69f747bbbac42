namespace GovSearch.Tests.Support;

/// <summary>Tests that capture the process's own standard output (<see cref="Console.Out"/>, descriptor 1): they run
/// alone, after the parallel ones, so that no other test's output (the benchmark smoke runs log to the console) lands
/// in what they capture.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessOutputCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "ProcessOutput";
}

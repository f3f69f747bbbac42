using System.Text.Json.Serialization;

namespace GovSearch.Benchmarks.Java;

/// <summary>One run of the Java Lucene indexer, as it prints it.</summary>
/// <param name="Threads">The threads that added documents.</param>
/// <param name="Documents">The documents indexed.</param>
/// <param name="InputMb">The UTF-8 megabytes of every title and text.</param>
/// <param name="IndexSeconds">Adding every document.</param>
/// <param name="CommitSeconds">The commit and close that followed.</param>
internal sealed record JavaRun(
    [property: JsonPropertyName("threads")] int Threads,
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("input_mb")] double InputMb,
    [property: JsonPropertyName("index_seconds")] double IndexSeconds,
    [property: JsonPropertyName("commit_seconds")] double CommitSeconds)
{
    /// <summary>Input megabytes per second, commit included.</summary>
    public double MegabytesPerSecond => InputMb / (IndexSeconds + CommitSeconds);
}

namespace GovSearch;

/// <summary>
/// How far a long write has come, reported to the <see cref="IProgress{T}"/> given to a batch write or to
/// <see cref="GovSearchIndex.TrainTopicsAsync(TopicModelOptions?, IProgress{IndexingProgress}?, CancellationToken)"/>.
/// </summary>
/// <remarks>
/// A batch write reports every 64 documents and once at the end; topic training reports when each stage starts and
/// ends. Reports come from the threads doing the work: <see cref="Progress{T}"/> hands them to the context that
/// created it (a UI thread, for example), so a handler need not be thread-safe there. Documents are written in
/// parallel, so two reports of one batch may arrive out of order; the last report of a batch that succeeds has the total.
/// </remarks>
public sealed record IndexingProgress
{
    /// <summary>What is being done.</summary>
    public required IndexingStage Stage { get; init; }

    /// <summary>The documents done so far in this stage.</summary>
    public required int Documents { get; init; }

    /// <summary>The documents the stage will do, when known; <see langword="null"/> for a streamed batch.</summary>
    public int? TotalDocuments { get; init; }

    /// <summary>The characters of titles and texts written so far (<see cref="IndexingStage.Writing"/>; 0 otherwise).</summary>
    public long Characters { get; init; }
}

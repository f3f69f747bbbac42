namespace GovSearch;

/// <summary>What <see cref="GovSearchIndex.RepairAsync"/> dropped.</summary>
public sealed class IndexRepairResult
{
    /// <summary>The index folder.</summary>
    public required string Path { get; init; }

    /// <summary>The broken segments that were removed, with their document counts and the ids that could still be read;
    /// empty when the index was healthy and nothing was changed.</summary>
    public required IReadOnlyList<SegmentCheck> DroppedSegments { get; init; }

    /// <summary>The documents lost with the dropped segments.</summary>
    public int DocumentsLost => DroppedSegments.Sum(s => s.Documents);

    /// <summary>The documents the repaired index holds.</summary>
    public required int DocumentsKept { get; init; }

    /// <summary>Whether the topic model was removed because it was trained on documents that are gone; train it again
    /// (<see cref="GovSearchIndex.TrainTopicsAsync(TopicModelOptions?, CancellationToken)"/>) before using topics or hybrid search.</summary>
    public required bool TopicModelRemoved { get; init; }
}

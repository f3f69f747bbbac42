namespace GovSearch;

/// <summary>What a check found in one segment (a part of the index written by one flush or merge).</summary>
public sealed class SegmentCheck
{
    /// <summary>The segment's name, as Lucene names its files (for example <c>_3</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The documents the segment holds (deleted documents not counted).</summary>
    public required int Documents { get; init; }

    /// <summary>What is wrong with the segment, or <see langword="null"/> when it passed every check.</summary>
    public string? Problem { get; init; }

    /// <summary>Whether the segment is damaged; a repair drops it and its documents.</summary>
    public bool IsBroken => Problem is not null;

    /// <summary>For a damaged segment, the ids of its documents that could still be read (possibly fewer than
    /// <see cref="Documents"/>, possibly none); empty for a healthy segment.</summary>
    public IReadOnlyList<string> ReadableIds { get; init; } = [];
}

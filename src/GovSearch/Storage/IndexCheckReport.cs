namespace GovSearch;

/// <summary>The outcome of <see cref="GovSearchIndex.CheckAsync"/>: every segment of the latest commit and what is wrong with it.</summary>
public sealed class IndexCheckReport
{
    /// <summary>The index folder.</summary>
    public required string Path { get; init; }

    /// <summary>Whether every file of the latest commit passed its checks and its GovSearch manifest is readable.</summary>
    public bool IsHealthy => Problem is null && Segments.All(s => !s.IsBroken);

    /// <summary>A problem with the index as a whole (a damaged or missing commit file, a damaged manifest), or
    /// <see langword="null"/>. Such damage cannot be repaired by dropping segments.</summary>
    public string? Problem { get; init; }

    /// <summary>Whether <see cref="GovSearchIndex.RepairAsync"/> can mend the index: some segments are broken and
    /// the commit that lists them, and its manifest, are readable.</summary>
    public bool CanRepair => Problem is null && Segments.Any(s => s.IsBroken);

    /// <summary>The segments of the latest commit, in the commit's order (empty when the commit cannot be read).</summary>
    public required IReadOnlyList<SegmentCheck> Segments { get; init; }

    /// <summary>The documents a repair would lose: those of the broken segments.</summary>
    public int DocumentsLost => Segments.Where(s => s.IsBroken).Sum(s => s.Documents);

    /// <summary>The documents of all segments.</summary>
    public int Documents => Segments.Sum(s => s.Documents);
}

namespace GovSearch.Analysis;

/// <summary>
/// Remembers how short Han runs were segmented, so the many runs governance texts repeat (本条例, 第一条,
/// 县级以上人民政府 …) are segmented once per thread instead of once per occurrence. The segmenter is deterministic,
/// so a cached answer is the answer. Lookups by span allocate nothing; when full, the cache starts over.
/// </summary>
internal sealed class SegmentationCache
{
    /// <summary>Runs longer than this are not cached: they rarely repeat.</summary>
    public const int MaxRunLength = 24;

    private const int Capacity = 32_768;

    private readonly Dictionary<string, int[]> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SegmentationCache() => _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The token bounds (start, end pairs relative to the run) of a run seen before.</summary>
    public bool TryGet(ReadOnlySpan<char> run, out int[] bounds) => _lookup.TryGetValue(run, out bounds!);

    /// <summary>Remembers a run's token bounds.</summary>
    public void Add(string run, int[] bounds)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[run] = bounds;
    }
}

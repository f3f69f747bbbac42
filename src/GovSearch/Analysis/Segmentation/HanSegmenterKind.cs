namespace GovSearch.Analysis.Segmentation;

/// <summary>
/// Which implementation segments Han runs. Both give the same words with the same offsets (the equivalence tests
/// compare them on the whole corpus), so an index written by one is searched correctly with the other; the index
/// manifest records which one wrote each commit.
/// </summary>
internal enum HanSegmenterKind
{
    /// <summary>GovSearch's <see cref="HanSegmenter"/>: SmartCn's algorithm and data over flat arrays. The default.</summary>
    Fast,

    /// <summary>Lucene.Net's SmartCn <c>HHMMSegmenter</c> itself.</summary>
    SmartCn,
}

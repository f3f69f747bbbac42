namespace GovSearch.Analysis.Segmentation;

/// <summary>One remembered edge weight of <see cref="HanSegmenter"/>: the two words' ids and the weight.</summary>
/// <param name="Pair">The first word's id in the upper 32 bits, the second's in the lower; -1 marks an empty slot.</param>
/// <param name="Weight">SmartCn's smoothed cost of the second word following the first.</param>
internal readonly record struct CachedPairWeight(long Pair, double Weight);

namespace GovSearch.Analysis.Segmentation;

/// <summary>One remembered bigram lookup of <see cref="HanSegmenter"/>: the key's two hashes and the frequency.</summary>
/// <param name="Fnv">The key's 64-bit FNV hash.</param>
/// <param name="Djb">The key's djb hash; -1 marks an empty slot.</param>
/// <param name="Frequency">SmartCn's answer for the key.</param>
internal readonly record struct CachedBigram(long Fnv, int Djb, int Frequency);

namespace GovSearch.CrossLingual;

/// <summary>
/// One step of a length-based alignment: <see cref="ChineseCount"/> segments from <see cref="ChineseStart"/> match
/// <see cref="EnglishCount"/> segments from <see cref="EnglishStart"/> (counts 0, 1 or 2).
/// </summary>
internal readonly record struct AlignmentBead(int ChineseStart, int ChineseCount, int EnglishStart, int EnglishCount);

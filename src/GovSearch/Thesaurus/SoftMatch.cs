namespace GovSearch.Thesaurus;

/// <summary>A thesaurus key found in a query text without standing in it verbatim (喝了两瓶啤酒开车 for the key 喝了酒开车).</summary>
/// <param name="Key">The normalized key that matched.</param>
/// <param name="Entry">Its thesaurus entry.</param>
/// <param name="Start">Where the part of the searched text that holds the key's characters starts.</param>
/// <param name="Length">How many characters that part spans.</param>
/// <param name="Quality">The rarity-weighted share of the key's characters and character pairs found there: above 0, at most 1.</param>
internal sealed record SoftMatch(string Key, ThesaurusEntry Entry, int Start, int Length, float Quality);

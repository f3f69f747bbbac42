namespace GovSearch;

/// <summary>How a phrase's occurrences are found.</summary>
public enum PhraseMatching
{
    /// <summary>A phrase of Han characters only: every place where the text, with traditional characters folded to
    /// simplified, holds these characters in this order, whatever the word segmentation (overlapping places count
    /// each).</summary>
    Characters,

    /// <summary>Any other phrase (English, mixed, with spaces): the index's words in order, as a quoted phrase of a
    /// search matches them (lower case, English word forms folded by stemming, a stop word standing for any one word).</summary>
    Words,
}

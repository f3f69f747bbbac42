namespace GovSearch;

/// <summary>A topic learned from the corpus: what it is about, and how much of the corpus it covers.</summary>
/// <param name="Id">The topic's number: 0 to the number of topics less one. Topic vectors are indexed by it.</param>
/// <param name="Label">A short name for people: the topic's three strongest words joined by " · ", such as "保护 · 生态 · 环境".</param>
/// <param name="TopWords">The topic's strongest words, strongest first (ties in ordinal order of the word);
/// <see cref="TopicModelOptions.TopWordsPerTopic"/> of them, or fewer when the topic has fewer words.</param>
/// <param name="Weight">The topic's share of the corpus's topic mass: the sum over the training documents of each
/// one's weight on this topic, divided by the number of documents that have any words in the vocabulary. The weights
/// of all topics add up to 1.</param>
public sealed record TopicDescription(int Id, string Label, IReadOnlyList<TopicWord> TopWords, double Weight)
{
    /// <summary>The separator between the words of <see cref="Label"/>.</summary>
    public const string LabelSeparator = " · ";

    /// <summary>The number of words in <see cref="Label"/>.</summary>
    public const int LabelWordCount = 3;

    /// <summary>Builds the label of a topic from its strongest words.</summary>
    internal static string MakeLabel(IEnumerable<TopicWord> topWords) =>
        string.Join(LabelSeparator, topWords.Take(LabelWordCount).Select(w => w.Word));
}

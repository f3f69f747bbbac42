using GovSearch.Analysis;

namespace GovSearch;

/// <summary>A topic learned from the corpus: what it is about, and how much of the corpus it covers.</summary>
/// <param name="Id">The topic's number: 0 to the number of topics less one. Topic vectors are indexed by it.</param>
/// <param name="Label">A short name for people: the topic's three strongest words joined by " · ", such as "保护 · 生态 · 环境".
/// When those three are all Chinese or all English but the topic's ten strongest words hold at least two words of the
/// other language (a topic learned from aligned Chinese and English texts), the third is the strongest of them, such
/// as "改革 · 发展 · reform", provided it weighs at least half as much as the third.</param>
/// <param name="TopWords">The topic's strongest words, strongest first (ties in ordinal order of the word);
/// <see cref="TopicModelOptions.TopWordsPerTopic"/> of them, or fewer when the topic has fewer words.</param>
/// <param name="Weight">The topic's share of the corpus's topic mass: the sum over the training documents of each
/// one's weight on this topic, divided by the number of documents that have any words in the vocabulary. The weights
/// of all topics add up to 1.</param>
public sealed record TopicDescription(int Id, string Label, IReadOnlyList<TopicWord> TopWords, double Weight)
{
    /// <summary>
    /// The label in the other language when <see cref="Label"/>'s words are all Chinese or all English, such as
    /// "people's court · case · court" for "人民法院 · 案件 · 法院"; <see langword="null"/> otherwise, or when fewer than two
    /// of its words translate. A machine translation of the label's words, word by word, from the package's bilingual
    /// lexicon (the curated glossary first, then the translation table learned from aligned text), not words the topic
    /// was learned with: show it marked as a translation. Set by <see cref="GovSearchIndex.GetTopics"/> only; default
    /// <see langword="null"/>.
    /// </summary>
    public string? TranslatedLabel { get; init; }

    /// <summary>The separator between the words of <see cref="Label"/>.</summary>
    public const string LabelSeparator = " · ";

    /// <summary>The number of words in <see cref="Label"/>.</summary>
    public const int LabelWordCount = 3;

    /// <summary>How many of the strongest words are searched for a word of the other language.</summary>
    private const int BilingualWindow = 10;

    /// <summary>The least weight, as a share of the third word's, of a word of the other language that replaces it:
    /// a stray word of the other language in a one-language topic weighs far less.</summary>
    private const double BilingualShare = 0.5;

    /// <summary>Builds the label of a topic from its strongest words (see <see cref="Label"/>).</summary>
    internal static string MakeLabel(IEnumerable<TopicWord> topWords)
    {
        var words = topWords.Take(BilingualWindow).ToList();
        var label = words.Take(LabelWordCount).ToList();
        if (label.Count == LabelWordCount && ScriptOf(label[0].Word) is var script and not Script.Other &&
            label.All(w => ScriptOf(w.Word) == script) &&
            words.Skip(LabelWordCount).Where(w => ScriptOf(w.Word) is var other && other != script && other != Script.Other).ToList() is
            [var word, _, ..] &&
            word.Weight >= BilingualShare * label[LabelWordCount - 1].Weight)
        {
            label[LabelWordCount - 1] = word;
        }

        return string.Join(LabelSeparator, label.Select(w => w.Word));
    }

    private static Script ScriptOf(string word)
    {
        foreach (var c in word)
        {
            if (CharClass.IsHan(c))
            {
                return Script.Han;
            }

            if (CharClass.IsLatinLetter(c))
            {
                return Script.Latin;
            }
        }

        return Script.Other;
    }

    private enum Script
    {
        Other,
        Han,
        Latin,
    }
}

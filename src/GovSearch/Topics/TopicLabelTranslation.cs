using GovSearch.Analysis;
using GovSearch.CrossLingual;

namespace GovSearch.Topics;

/// <summary>
/// Names one-language topics in the other language too (<see cref="TopicDescription.TranslatedLabel"/>), word by word,
/// from the package's bilingual lexicon: the curated glossary first, then the translation table learned from aligned
/// text (<see cref="Translator"/>).
/// </summary>
/// <remarks>
/// A Chinese word takes the English of the glossary entry that is exactly it, else the learned table's most probable
/// English; the table's English is stemmed (<c>peopl</c>), so its words are shown in the form the glossary's English
/// writes them most often, and a word without such a form is not translated. An English word is analyzed as a query is
/// and takes the most probable Chinese of the two tables. Words without a translation are left out; a label of which
/// fewer than two words translate gets none. The translation is of the words, not of the topic.
/// </remarks>
internal sealed class TopicLabelTranslation
{
    /// <summary>The glossary's share when both tables translate a word, as a search's default.</summary>
    private const double GlossaryWeight = 0.5;

    /// <summary>The fewest translated words a translated label needs.</summary>
    private const int MinimumWords = 2;

    private readonly Translator _translator;
    private readonly Func<string, List<(string Term, int Position)>> _analyze;
    private readonly Func<string, string?> _stem;
    private readonly Dictionary<string, string> _glossary = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _english;

    /// <param name="translator">The index's translation tables.</param>
    /// <param name="glossary">The glossary entries (shipped and the user's), for their English as written.</param>
    /// <param name="analyze">The query analyzer.</param>
    /// <param name="stem">The topic tokenizer's stem of a lower-case English word.</param>
    public TopicLabelTranslation(Translator translator, IEnumerable<GlossaryEntry> glossary, Func<string, List<(string Term, int Position)>> analyze, Func<string, string?> stem)
    {
        _translator = translator;
        _analyze = analyze;
        _stem = stem;
        var english = new List<string>();
        foreach (var entry in glossary)
        {
            if (entry.English.Count > 0)
            {
                _glossary.TryAdd(entry.Chinese, entry.English[0]);
                english.AddRange(entry.English);
            }
        }

        _english = english;
    }

    /// <summary>The topics, each one-language label with its translation.</summary>
    public IReadOnlyList<TopicDescription> Apply(IReadOnlyList<TopicDescription> topics)
    {
        var words = topics.Select(t => t.Label.Split(TopicDescription.LabelSeparator)).ToList();
        var chinese = words.Where(Chinese).SelectMany(w => w).Distinct(StringComparer.Ordinal).ToList();
        var learned = chinese
            .Where(w => !_glossary.ContainsKey(w))
            .Select(w => (Word: w, Target: _translator.Translate(TranslationDirection.ChineseToEnglish, w, 0).FirstOrDefault()?.Target))
            .Where(t => t.Target is not null)
            .ToDictionary(t => t.Word, t => t.Target!, StringComparer.Ordinal);
        var forms = SurfaceForms.Find(_english, learned.Values.SelectMany(t => t.Split(' ')).ToHashSet(StringComparer.Ordinal), _stem);
        return topics.Select((topic, i) =>
        {
            var script = Chinese(words[i]) ? true : English(words[i]) ? false : (bool?)null;
            if (script is null)
            {
                return topic;
            }

            var translated = words[i]
                .Select(w => script.Value ? ToEnglish(w, learned, forms) : ToChinese(w))
                .OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            return translated.Count >= MinimumWords ? topic with { TranslatedLabel = string.Join(TopicDescription.LabelSeparator, translated) } : topic;
        }).ToList();
    }

    private static bool Chinese(string[] words) => words.All(w => w.Any(CharClass.IsHan));

    private static bool English(string[] words) => words.All(w => w.Any(CharClass.IsLatinLetter) && !w.Any(CharClass.IsHan));

    private string? ToEnglish(string word, Dictionary<string, string> learned, Dictionary<string, string> forms)
    {
        if (_glossary.TryGetValue(word, out var english))
        {
            return english;
        }

        if (!learned.TryGetValue(word, out var stems))
        {
            return null;
        }

        var written = stems.Split(' ').Select(s => forms.GetValueOrDefault(s)).ToList();
        return written.All(w => w is not null) ? string.Join(' ', written) : null;
    }

    private string? ToChinese(string word)
    {
        var terms = _analyze(word).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var target = _translator.Translate(TranslationDirection.EnglishToChinese, string.Join(' ', terms), GlossaryWeight).FirstOrDefault()?.Target;
        return target?.Replace(" ", string.Empty, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;

namespace GovSearch.Topics;

/// <summary>
/// The words of topic labels as people write them: each English stem the analyzer makes ("countri", "peopl") is shown
/// as its most frequent surface form ("country", "people") in a sample of texts, such as a topic's top documents.
/// Chinese words are not stemmed and are left as they are.
/// </summary>
internal static partial class SurfaceForms
{
    /// <summary>
    /// For each of <paramref name="stems"/> that some word of <paramref name="texts"/> stems to, the lower-case word
    /// that does so most often (ties: the shorter, then the ordinally first). Only words that begin with the stem less
    /// its last letter are analyzed, which every English stem of the analyzer satisfies and which keeps the cost low.
    /// </summary>
    /// <param name="texts">The texts to count words in.</param>
    /// <param name="stems">The stems wanted.</param>
    /// <param name="stem">The analyzer's stem of one lower-case word, or <see langword="null"/> when it drops the word.</param>
    public static Dictionary<string, string> Find(IEnumerable<string> texts, IReadOnlyCollection<string> stems, Func<string, string?> stem)
    {
        var wanted = stems.Where(s => s.Length > 0 && !s.Any(char.IsDigit)).ToHashSet(StringComparer.Ordinal);
        var prefixSet = wanted.Select(s => s[..Math.Max(1, s.Length - 1)]).ToHashSet(StringComparer.Ordinal);
        var minimum = prefixSet.Count == 0 ? 0 : prefixSet.Min(p => p.Length);
        var prefixes = prefixSet.GetAlternateLookup<ReadOnlySpan<char>>();
        var stemOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match match in Word().Matches(text))
            {
                var word = match.Value.ToLowerInvariant();
                if (!HasWantedPrefix(word, prefixes, minimum))
                {
                    continue;
                }

                if (!stemOf.TryGetValue(word, out var stemmed))
                {
                    stemmed = stem(word);
                    stemOf[word] = stemmed;
                }

                if (stemmed is not null && wanted.Contains(stemmed))
                {
                    var forms = counts.TryGetValue(stemmed, out var known) ? known : counts[stemmed] = new Dictionary<string, int>(StringComparer.Ordinal);
                    forms[word] = forms.GetValueOrDefault(word) + 1;
                }
            }
        }

        return counts.ToDictionary(
            c => c.Key,
            c => c.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
    }

    /// <summary>The topics with each top word replaced by its surface form where one is known, and labels remade from them.</summary>
    public static IReadOnlyList<TopicDescription> Apply(IReadOnlyList<TopicDescription> topics, IReadOnlyDictionary<string, string> forms) =>
        topics.Select(t =>
        {
            var words = t.TopWords.Select(w => forms.TryGetValue(w.Word, out var form) ? w with { Word = form } : w).ToArray();
            return t with { TopWords = words, Label = TopicDescription.MakeLabel(words) };
        }).ToArray();

    private static bool HasWantedPrefix(string word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixes, int minimum)
    {
        for (var length = minimum; length <= word.Length; length++)
        {
            if (prefixes.Contains(word.AsSpan(0, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A run of Latin letters.</summary>
    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();
}

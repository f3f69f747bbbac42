using GovSearch.Analysis;

namespace GovSearch.Thesaurus;

/// <summary>
/// Finds thesaurus keys that a query says in other words: a key matches when most of its characters and character
/// pairs, each weighted by its rarity among the keys, occur near each other in the query, in order or not
/// (喝了两瓶啤酒开车 holds every character of 喝了酒开车, with words between). Question words (怎么办, 能不能, 吗 ...) are left out on both sides.
/// Only keys of three or more Han characters take part; shorter ones and law names must match verbatim, and English
/// keys have their own matcher (<see cref="EnglishSoftKeyMatcher"/>). An index from character pairs to keys, built once, gives the candidates, so a query never scans every key.
/// </summary>
internal sealed class SoftKeyMatcher
{
    /// <summary>Words that ask rather than say what happened; they are removed before matching, longest first.</summary>
    private static readonly string[] QuestionWords =
    [
        "怎么办", "怎么样", "怎么", "咋办", "能不能", "可不可以", "可以吗", "有没有", "是不是", "要不要", "会不会", "应该", "如何",
        "什么", "哪里", "多少", "吗", "呢", "吧", "啊", "呀",
    ];

    /// <summary>The share of a match's quality that comes from the key's character pairs; the rest comes from its characters,
    /// so a phrase said in another order still matches.</summary>
    private const float PairShare = 0.4f;

    /// <summary>The fewest of a key's characters a query must hold: two characters of 养老人 in 养老 are not a match.</summary>
    private const int MinimumCharacters = 3;

    private static readonly HashSet<char> QuestionStarts = [.. QuestionWords.Select(w => w[0])];

    /// <summary>Words that hold a one-character question word without asking anything (网吧, 酒吧, 吗啡): where one
    /// stands, its particle is a character of the word and is kept, in the query and in the keys alike.</summary>
    private static readonly string[] ParticleWords = ["网吧", "酒吧", "氧吧", "书吧", "水吧", "吧台", "吧员", "吗啡", "呢绒", "呢子", "花呢"];

    private readonly Key[] _keys;
    private readonly Dictionary<string, int[]> _byPair;
    private readonly Dictionary<string, float> _rarity;

    /// <param name="entries">The thesaurus entries by normalized key.</param>
    public SoftKeyMatcher(IReadOnlyDictionary<string, ThesaurusEntry> entries)
    {
        // Plain loops: a fresh process builds this before its first Chinese query, and LINQ over tuples would be compiled
        // there and then.
        var texts = new List<string>(entries.Keys);
        texts.Sort(StringComparer.Ordinal);
        var keys = new List<(string Text, ThesaurusEntry Entry, string[] Features)>();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var entry = entries[text];
            if (entry.Domain is GovernanceThesaurus.LawNamesDomain or "cross-strait" || text.Length < 3 || !text.All(CharClass.IsHan))
            {
                continue;
            }

            var stripped = Strip(text).Text;
            if (stripped.Length < MinimumCharacters)
            {
                continue;
            }

            distinct.Clear();
            var features = new List<string>(stripped.Length * 2);
            foreach (var feature in Features(stripped))
            {
                if (distinct.Add(feature))
                {
                    features.Add(feature);
                    documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
                }
            }

            keys.Add((text, entry, features.ToArray()));
        }

        _rarity = new Dictionary<string, float>(documentFrequency.Count, StringComparer.Ordinal);
        foreach (var (feature, count) in documentFrequency)
        {
            _rarity[feature] = (float)Math.Log(1 + ((double)keys.Count / count));
        }

        _keys = new Key[keys.Count];
        var byPair = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            var (text, entry, features) = keys[i];
            // Summed in double, as Enumerable.Sum does for floats.
            double characterWeight = 0, pairWeight = 0;
            foreach (var feature in features)
            {
                if (feature.Length == 1)
                {
                    characterWeight += _rarity[feature];
                    continue;
                }

                pairWeight += _rarity[feature];
                if (!byPair.TryGetValue(feature, out var list))
                {
                    byPair[feature] = list = [];
                }

                list.Add(i);
            }

            _keys[i] = new Key(text, entry, features, (float)characterWeight, (float)pairWeight);
        }

        _byPair = new Dictionary<string, int[]>(byPair.Count, StringComparer.Ordinal);
        foreach (var (pair, list) in byPair)
        {
            _byPair[pair] = list.ToArray();
        }
    }

    /// <summary>
    /// The keys <paramref name="normalized"/> says in other words with at least <paramref name="minimum"/> quality, best
    /// first (ties by key), at most one per set of legal alternatives. A key of <paramref name="exact"/> and a key whose
    /// legal alternatives an exact match already adds are left out, as is a key found inside the span of an exact match.
    /// </summary>
    /// <param name="normalized">The query text, normalized as the keys are.</param>
    /// <param name="exact">The verbatim matches in the same text.</param>
    /// <param name="minimum">The least quality, above 0 and at most 1.</param>
    /// <param name="maximum">The most matches returned.</param>
    public List<SoftMatch> FindAll(string normalized, IReadOnlyList<ThesaurusMatch> exact, float minimum, int maximum)
    {
        var (text, origin) = Strip(normalized);
        var anchors = new Dictionary<int, List<int>>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (_byPair.TryGetValue(text.Substring(i, 2), out var keys))
            {
                foreach (var key in keys)
                {
                    if (!anchors.TryGetValue(key, out var at))
                    {
                        anchors[key] = at = [];
                    }

                    at.Add(i);
                }
            }
        }

        var exactLegal = new HashSet<string>(exact.Select(m => Legal(m.Entry)), StringComparer.Ordinal);
        var best = new Dictionary<string, SoftMatch>(StringComparer.Ordinal);
        foreach (var (index, at) in anchors)
        {
            var key = _keys[index];
            if (exactLegal.Contains(key.Legal) || Best(key, text, at) is not { } found || found.Quality < minimum)
            {
                continue;
            }

            var start = origin[found.Start];
            var end = origin[found.End - 1] + 1;
            if (exact.Any(m => start >= m.Start && end <= m.Start + m.Length))
            {
                continue;
            }

            var match = new SoftMatch(key.Text, key.Entry, start, end - start, found.Quality);
            var legal = key.Legal;
            if (!best.TryGetValue(legal, out var kept) || Better(match, kept))
            {
                best[legal] = match;
            }
        }

        return best.Values.OrderByDescending(m => m.Quality).ThenBy(m => m.Key, StringComparer.Ordinal).Take(maximum).ToList();

        static bool Better(SoftMatch a, SoftMatch b) => a.Quality > b.Quality || (a.Quality == b.Quality && string.CompareOrdinal(a.Key, b.Key) < 0);
    }

    /// <summary>The best window around one of the anchors (where a pair of the key stands): its quality and span in <paramref name="text"/>.</summary>
    private (float Quality, int Start, int End)? Best(Key key, string text, List<int> anchors)
    {
        (float Quality, int Start, int End)? best = null;
        var reach = key.Text.Length;
        foreach (var anchor in anchors)
        {
            var from = Math.Max(0, anchor - reach);
            var to = Math.Min(text.Length, anchor + 2 + reach);
            var window = text.AsSpan(from, to - from);
            float characters = 0, pairs = 0;
            var found = 0;
            var start = int.MaxValue;
            var end = 0;
            foreach (var feature in key.Features)
            {
                var at = window.IndexOf(feature.AsSpan(), StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                if (feature.Length == 1)
                {
                    characters += _rarity[feature];
                    found++;
                }
                else
                {
                    pairs += _rarity[feature];
                }

                start = Math.Min(start, from + at);
                end = Math.Max(end, from + at + feature.Length);
            }

            var quality = ((1 - PairShare) * characters / key.CharacterWeight) + (PairShare * pairs / key.PairWeight);
            if (found >= MinimumCharacters && (best is null || quality > best.Value.Quality))
            {
                best = (quality, start, end);
            }
        }

        return best;
    }

    /// <summary>The text without question words, with each run of characters other than Han as one space, and where each kept character stood.</summary>
    private static (string Text, int[] Origin) Strip(string normalized)
    {
        var kept = new System.Text.StringBuilder(normalized.Length);
        var origin = new List<int>(normalized.Length);
        var i = 0;
        while (i < normalized.Length)
        {
            var word = QuestionStarts.Contains(normalized[i]) ? QuestionWords.FirstOrDefault(w => normalized.AsSpan(i).StartsWith(w, StringComparison.Ordinal)) : null;
            if (word is not null && !(word.Length == 1 && InParticleWord(normalized, i)))
            {
                i += word.Length;
                continue;
            }

            if (CharClass.IsHan(normalized[i]) || (kept.Length > 0 && kept[^1] != ' '))
            {
                // Other characters become one space, so no pair of characters spans them.
                kept.Append(CharClass.IsHan(normalized[i]) ? normalized[i] : ' ');
                origin.Add(i);
            }

            i++;
        }

        return (kept.ToString(), origin.ToArray());
    }

    /// <summary>Whether the character at <paramref name="i"/> belongs to one of the <see cref="ParticleWords"/> there.</summary>
    private static bool InParticleWord(string text, int i)
    {
        foreach (var word in ParticleWords)
        {
            var at = word.IndexOf(text[i], StringComparison.Ordinal);
            if (at >= 0 && i - at >= 0 && i - at + word.Length <= text.Length && text.AsSpan(i - at, word.Length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A key's features: each character, and each pair of adjacent characters.</summary>
    private static IEnumerable<string> Features(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            yield return key[i].ToString();
            if (i + 1 < key.Length)
            {
                yield return key.Substring(i, 2);
            }
        }
    }

    private static string Legal(ThesaurusEntry entry) => string.Join('|', entry.Legal);

    private sealed record Key(string Text, ThesaurusEntry Entry, string[] Features, float CharacterWeight, float PairWeight)
    {
        /// <summary>The legal alternatives as one string, to tell keys of the same wording apart from others.</summary>
        public string Legal { get; } = SoftKeyMatcher.Legal(Entry);
    }
}

using GovSearch.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSearch.Thesaurus;

/// <summary>
/// Finds English thesaurus keys that a query says in other words: a key of two or more words matches when the stems of
/// its words (Porter, English stop words left out), each weighted by its rarity among the keys, stand within a few
/// words of each other in the query, in any order ("driving after drinking" says "drink driving"). Keys of one word,
/// law names and the cross-strait wording must match verbatim. An index from stems to keys gives the candidates.
/// </summary>
internal sealed class EnglishSoftKeyMatcher
{
    /// <summary>How many words beyond the key's own a window may hold: "paid" and "leave" in "leave that is paid".</summary>
    private const int Slack = 3;

    /// <summary>The fewest of a key's stems a query must hold.</summary>
    private const int MinimumStems = 2;

    private static readonly Analyzer Stems = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(GovAnalyzer.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(GovAnalyzer.Version, tokenizer);
        stream = new LowerCaseFilter(GovAnalyzer.Version, stream);
        stream = new StopFilter(GovAnalyzer.Version, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    private readonly Key[] _keys;
    private readonly Dictionary<string, int[]> _byStem;
    private readonly Dictionary<string, float> _rarity;

    /// <param name="entries">The thesaurus entries by normalized key.</param>
    public EnglishSoftKeyMatcher(IReadOnlyDictionary<string, ThesaurusEntry> entries)
    {
        var texts = new List<string>(entries.Keys);
        texts.Sort(StringComparer.Ordinal);
        var keys = new List<(string Text, ThesaurusEntry Entry, string[] Stems)>();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var entry = entries[text];
            if (entry.Domain is GovernanceThesaurus.LawNamesDomain or "cross-strait" || !text.All(IsEnglish))
            {
                continue;
            }

            var stems = Analyze(text).Select(s => s.Stem).Distinct(StringComparer.Ordinal).ToArray();
            if (stems.Length < MinimumStems)
            {
                continue;
            }

            foreach (var stem in stems)
            {
                frequency[stem] = frequency.GetValueOrDefault(stem) + 1;
            }

            keys.Add((text, entry, stems));
        }

        _rarity = frequency.ToDictionary(p => p.Key, p => (float)Math.Log(1 + ((double)keys.Count / p.Value)), StringComparer.Ordinal);
        _keys = keys.Select(k => new Key(k.Text, k.Entry, k.Stems, k.Stems.Sum(s => _rarity[s]))).ToArray();
        _byStem = Enumerable.Range(0, _keys.Length)
            .SelectMany(i => _keys[i].Stems.Select(s => (Stem: s, Index: i)))
            .GroupBy(p => p.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Index).ToArray(), StringComparer.Ordinal);

        static bool IsEnglish(char c) => c is (>= 'a' and <= 'z') or ' ' or '\'' or '-';
    }

    /// <summary>
    /// The keys <paramref name="normalized"/> says in other words with at least <paramref name="minimum"/> quality, best
    /// first (ties by key), at most one per set of legal alternatives; as <see cref="SoftKeyMatcher.FindAll"/>, a key whose
    /// legal alternatives a verbatim match already adds, or found inside a verbatim match, is left out.
    /// </summary>
    public List<SoftMatch> FindAll(string normalized, IReadOnlyList<ThesaurusMatch> exact, float minimum, int maximum)
    {
        var words = Analyze(normalized);
        var candidates = new SortedSet<int>();
        foreach (var word in words)
        {
            if (_byStem.TryGetValue(word.Stem, out var keys))
            {
                candidates.UnionWith(keys);
            }
        }

        var exactLegal = new HashSet<string>(exact.Select(m => string.Join('|', m.Entry.Legal)), StringComparer.Ordinal);
        var best = new Dictionary<string, SoftMatch>(StringComparer.Ordinal);
        foreach (var index in candidates)
        {
            var key = _keys[index];
            if (!HoldsEnough(key, words))
            {
                continue;
            }

            var legal = string.Join('|', key.Entry.Legal);
            if (exactLegal.Contains(legal) || Best(key, words) is not { } found || found.Quality < minimum)
            {
                continue;
            }

            if (exact.Any(m => found.Start >= m.Start && found.End <= m.Start + m.Length))
            {
                continue;
            }

            var match = new SoftMatch(key.Text, key.Entry, found.Start, found.End - found.Start, found.Quality);
            if (!best.TryGetValue(legal, out var kept) || match.Quality > kept.Quality
                || (match.Quality == kept.Quality && string.CompareOrdinal(match.Key, kept.Key) < 0))
            {
                best[legal] = match;
            }
        }

        return best.Values.OrderByDescending(m => m.Quality).ThenBy(m => m.Key, StringComparer.Ordinal).Take(maximum).ToList();
    }

    /// <summary>Whether the query holds at least <see cref="MinimumStems"/> of the key's stems anywhere; without them no
    /// window can (<see cref="Best"/>). Most candidates share one common stem with the query, and this test costs no allocation.</summary>
    private static bool HoldsEnough(Key key, List<(string Stem, int Position, int Start, int End)> words)
    {
        var held = 0;
        foreach (var stem in key.Stems)
        {
            foreach (var word in words)
            {
                if (string.Equals(word.Stem, stem, StringComparison.Ordinal))
                {
                    held++;
                    break;
                }
            }
        }

        return held >= MinimumStems;
    }

    /// <summary>The best window of the query's words around a word that is one of the key's stems: its quality and character span.</summary>
    private (float Quality, int Start, int End)? Best(Key key, List<(string Stem, int Position, int Start, int End)> words)
    {
        (float Quality, int Start, int End)? best = null;
        var reach = key.Stems.Length + Slack;
        foreach (var anchor in words.Where(w => key.Stems.Contains(w.Stem)))
        {
            var window = words.Where(w => Math.Abs(w.Position - anchor.Position) < reach).ToList();
            var found = key.Stems.Where(s => window.Any(w => w.Stem == s)).ToList();
            if (found.Count < MinimumStems)
            {
                continue;
            }

            var quality = found.Sum(s => _rarity[s]) / key.Weight;
            var held = window.Where(w => found.Contains(w.Stem)).ToList();
            if (best is null || quality > best.Value.Quality)
            {
                best = (quality, held.Min(w => w.Start), held.Max(w => w.End));
            }
        }

        return best;
    }

    /// <summary>The stems of a text with their positions and character spans.</summary>
    private static List<(string Stem, int Position, int Start, int End)> Analyze(string text)
    {
        var stems = new List<(string, int, int, int)>();
        using var stream = Stems.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            stems.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return stems;
    }

    private sealed record Key(string Text, ThesaurusEntry Entry, string[] Stems, float Weight);
}

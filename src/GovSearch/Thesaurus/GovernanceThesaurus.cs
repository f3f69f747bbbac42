using System.Text;
using GovSearch.Analysis;

namespace GovSearch.Thesaurus;

/// <summary>
/// The governance thesaurus shipped inside the assembly (governance-thesaurus.tsv): everyday and older phrases mapped
/// to the wording of Chinese law. Keys are normalized as queries are (full width to half width, traditional to
/// simplified, lower case), so a traditional or full-width query finds the same entry.
/// </summary>
internal sealed class GovernanceThesaurus
{
    /// <summary>The name of the embedded resource.</summary>
    internal const string Resource = "GovSearch.Thesaurus.governance-thesaurus.tsv";

    /// <summary>The domain of entries that map a law's short or everyday name to its title (个保法 → 个人信息保护法): their
    /// expansions weigh as much as the user's own words, since they name the same document.</summary>
    internal const string LawNamesDomain = "law-names";

    private static readonly Lazy<GovernanceThesaurus> LazyShared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, ThesaurusEntry> _entries;
    private readonly LongestMatchFinder<ThesaurusEntry> _finder;
    private readonly Lazy<SoftKeyMatcher> _soft;
    private readonly Lazy<EnglishSoftKeyMatcher> _englishSoft;

    private GovernanceThesaurus(Dictionary<string, ThesaurusEntry> entries)
    {
        _entries = entries;
        _finder = new LongestMatchFinder<ThesaurusEntry>(entries);
        _soft = new Lazy<SoftKeyMatcher>(() => new SoftKeyMatcher(entries), LazyThreadSafetyMode.ExecutionAndPublication);
        _englishSoft = new Lazy<EnglishSoftKeyMatcher>(() => new EnglishSoftKeyMatcher(entries), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The thesaurus loaded from the assembly, once per process.</summary>
    public static GovernanceThesaurus Shared => LazyShared.Value;

    /// <summary>The entries by normalized key.</summary>
    public IReadOnlyDictionary<string, ThesaurusEntry> Entries => _entries;

    /// <summary>The normalized form of a key or a query text: same length as the input.</summary>
    public static string NormalizeKey(string text) => LowerInvariant(TextNormalizer.Normalize(text));

    /// <summary><see cref="string.ToLowerInvariant()"/>, with ASCII, Han characters and punctuation (which is caseless)
    /// answered here: the thesaurus's thousands of keys and a Chinese query so never load the culture data the
    /// runtime's casing loads on first use.</summary>
    private static string LowerInvariant(string text)
    {
        var caseless = true;
        var upper = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (c >= 0x80 && !CharClass.IsHan(c) && !IsPunctuationOrSpace(c))
            {
                caseless = false;
                break;
            }
        }

        if (!caseless)
        {
            return text.ToLowerInvariant();
        }

        return !upper ? text : string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
        });

        static bool IsPunctuationOrSpace(char c) => char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.DashPunctuation or System.Globalization.UnicodeCategory.OpenPunctuation
            or System.Globalization.UnicodeCategory.ClosePunctuation or System.Globalization.UnicodeCategory.InitialQuotePunctuation
            or System.Globalization.UnicodeCategory.FinalQuotePunctuation or System.Globalization.UnicodeCategory.OtherPunctuation
            or System.Globalization.UnicodeCategory.ConnectorPunctuation or System.Globalization.UnicodeCategory.SpaceSeparator;
    }

    /// <summary>
    /// Finds the everyday phrases in a text, scanning left to right and taking the longest entry at each position;
    /// matches do not overlap. A Latin-script entry matches only at word boundaries.
    /// </summary>
    public IReadOnlyList<ThesaurusMatch> FindAll(string text) =>
        _finder.FindAll(NormalizeKey(text)).Select(m => new ThesaurusMatch(m.Value, m.Start, m.Length)).ToList();

    /// <summary>
    /// Finds the keys a text says in other words (Chinese keys: <see cref="SoftKeyMatcher"/>; English ones, for a text
    /// with Latin letters: <see cref="EnglishSoftKeyMatcher"/>), best first: at most
    /// <paramref name="maximum"/>, each of at least <paramref name="minimum"/> quality, none that <paramref name="exact"/>
    /// (the verbatim matches of <see cref="FindAll"/> in the same text) already covers.
    /// </summary>
    public IReadOnlyList<SoftMatch> FindSoft(string text, IReadOnlyList<ThesaurusMatch> exact, float minimum, int maximum)
    {
        if (maximum <= 0)
        {
            return [];
        }

        var normalized = NormalizeKey(text);
        var han = normalized.Any(CharClass.IsHan);
        var latin = normalized.Any(char.IsAsciiLetterLower);
        if (!latin)
        {
            return han ? _soft.Value.FindAll(normalized, exact, minimum, maximum) : [];
        }

        var english = _englishSoft.Value.FindAll(normalized, exact, minimum, maximum);
        // A Chinese and an English key may name the same legal wording: one match per wording, the better one.
        return !han ? english : [.. _soft.Value.FindAll(normalized, exact, minimum, maximum).Concat(english)
            .OrderByDescending(m => m.Quality).ThenBy(m => m.Key, StringComparer.Ordinal)
            .DistinctBy(m => string.Join('|', m.Entry.Legal), StringComparer.Ordinal)
            .Take(maximum)];
    }

    /// <summary>Builds the indexes that <see cref="FindSoft"/> uses, if it is not built yet (<see cref="Analysis.AnalysisWarmUp"/>).</summary>
    internal void PrepareSoftMatching()
    {
        _ = _soft.Value;
        _ = _englishSoft.Value;
    }

    /// <summary>Parses the thesaurus format: '#' comments, blank lines, and "lay TAB legal[|legal...] TAB domain TAB note".</summary>
    /// <exception cref="InvalidDataException">A line is malformed or repeats a key; the message names the line.</exception>
    internal static GovernanceThesaurus Parse(TextReader reader, string source)
    {
        var entries = new Dictionary<string, ThesaurusEntry>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new InvalidDataException($"{source} line {number}: expected 4 tab-separated fields (lay, legal, domain, note), found {fields.Length}.");
            }

            var lay = fields[0].Trim();
            var legal = fields[1].Split('|').Select(l => l.Trim()).ToList();
            if (lay.Length == 0 || legal.Any(l => l.Length == 0) || fields[2].Trim().Length == 0)
            {
                throw new InvalidDataException($"{source} line {number}: the lay phrase, each legal alternative and the domain must not be empty.");
            }

            var key = NormalizeKey(lay);
            if (IsSpellingOnly(key, legal))
            {
                // Traditional-to-simplified conversion already turns the phrase into its wording (瞭解 into 了解), so the
                // entry would only expand a query's own words into themselves.
                continue;
            }

            if (!entries.TryAdd(key, new ThesaurusEntry(lay, legal, fields[2].Trim(), fields[3].Trim())))
            {
                throw new InvalidDataException($"{source} line {number}: the lay phrase '{lay}' is already listed; merge the two lines.");
            }
        }

        return new GovernanceThesaurus(entries);
    }

    /// <summary>Whether every alternative of an entry normalizes to its key: a spelling the normalizer already folds.</summary>
    internal static bool IsSpellingOnly(string key, IReadOnlyList<string> legal) =>
        legal.All(l => NormalizeKey(l) == key);

    private static GovernanceThesaurus Load()
    {
        using var stream = typeof(GovernanceThesaurus).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The resource {Resource} is missing from the GovSearch assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, "governance-thesaurus.tsv");
    }
}

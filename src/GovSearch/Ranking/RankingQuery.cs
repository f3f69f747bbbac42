using System.Text;
using GovSearch.Analysis;
using GovSearch.Querying;
using GovSearch.Schema;
using GovSearch.Thesaurus;
using Lucene.Net.Analysis;

namespace GovSearch.Ranking;

/// <summary>What the ranking features need to know of a query, computed once per search: the words of its positive
/// clauses as the index analyzes them, their Han bigrams, and the legal terms of its everyday phrases.</summary>
internal sealed class RankingQuery
{
    /// <summary>The most terms of each kind a feature looks at (a longer query keeps its first ones).</summary>
    private const int MaximumTerms = 256;

    private RankingQuery(string normalized, List<string> terms, List<string> bigrams, List<string> layTerms, int layPhrases, bool hasHan)
    {
        Normalized = normalized;
        Terms = terms;
        Bigrams = bigrams;
        LayTerms = layTerms;
        LayPhrases = layPhrases;
        HasHan = hasHan;
    }

    /// <summary>The positive clauses' text, normalized (traditional → simplified, width, lower case) with only letters and digits kept.</summary>
    public string Normalized { get; }

    /// <summary>The distinct terms of the positive clauses in the word fields, in query order.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The distinct Han character bigrams of the positive clauses (empty when the index has no bigram fields).</summary>
    public IReadOnlyList<string> Bigrams { get; }

    /// <summary>The distinct word-field terms of the legal wording the thesaurus gives for the query's everyday phrases (quoted phrases excluded), less the query's own terms.</summary>
    public IReadOnlyList<string> LayTerms { get; }

    /// <summary>How many everyday phrases the thesaurus found.</summary>
    public int LayPhrases { get; }

    /// <summary>Whether the query text has a Han character.</summary>
    public bool HasHan { get; }

    /// <summary>Reads the ranking side of a parsed query.</summary>
    /// <param name="parsed">The parsed query.</param>
    /// <param name="analyze">The index's query analysis of the word fields.</param>
    /// <param name="bigramAnalyzer">The index's bigram analyzer, or <see langword="null"/> when it has no bigram fields.</param>
    public static RankingQuery From(ParsedQuery parsed, Func<string, List<(string Term, int Position)>> analyze, Analyzer? bigramAnalyzer)
    {
        var positive = parsed.Groups.SelectMany(g => g).Where(c => !c.Negated).ToList();
        var text = string.Join(' ', positive.Select(c => c.Text));
        var terms = Distinct(positive.SelectMany(c => analyze(c.Text).Select(t => t.Term)));
        var bigrams = bigramAnalyzer is null
            ? []
            : Distinct(positive.SelectMany(c => AnalyzedTerms.Of(bigramAnalyzer, FieldNames.TextBigrams, c.Text).Select(t => t.Term).Where(t => t.Length == 2)));
        var plain = string.Join(' ', positive.Where(c => !c.IsPhrase).Select(c => c.Text));
        var matches = plain.Length == 0 ? [] : GovernanceThesaurus.Shared.FindAll(plain);
        var own = new HashSet<string>(terms, StringComparer.Ordinal);
        var layTerms = Distinct(matches.SelectMany(m => m.Entry.Legal).SelectMany(legal => analyze(legal).Select(t => t.Term)).Where(t => !own.Contains(t)));
        return new RankingQuery(Normalize(text), terms, bigrams, layTerms, matches.Count, text.Any(CharClass.IsHan));
    }

    /// <summary>A text normalized as <see cref="Normalized"/> is.</summary>
    public static string Normalize(string text)
    {
        var normalized = TextNormalizer.Normalize(text).ToLowerInvariant();
        var kept = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static List<string> Distinct(IEnumerable<string> terms) =>
        terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Take(MaximumTerms).ToList();
}

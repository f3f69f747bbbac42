using System.Globalization;
using System.Text.RegularExpressions;
using GovSearch.Citations;
using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>
/// The optional scoring clauses of a query beyond its words: proximity of consecutive words
/// (<see cref="SearchOptions.ProximityWeight"/>), naming a document by its title (<see cref="SearchOptions.TitleMatchWeight"/>)
/// and matches in headings (<see cref="SearchOptions.HeadingWeight"/>). Each is a SHOULD clause that only adds to the
/// score of documents the query's words already match.
/// </summary>
internal static partial class RankingClauses
{
    /// <summary>The most word pairs the proximity clause scores, so a long query stays cheap.</summary>
    private const int MaximumPairs = 32;

    /// <summary>Adds the clauses the options weigh to the query.</summary>
    /// <param name="main">The query's Boolean query.</param>
    /// <param name="sequence">The terms of the unquoted positive clauses, clause by clause, in query order.</param>
    /// <param name="texts">The texts of the positive clauses, in query order.</param>
    /// <param name="terms">The distinct terms of the positive clauses.</param>
    /// <param name="options">The search options.</param>
    /// <param name="reader">The snapshot the query runs on.</param>
    public static void AddTo(BooleanQuery main, IReadOnlyList<List<(string Term, int Position)>> sequence, IReadOnlyList<string> texts,
        IReadOnlyList<string> terms, SearchOptions options, IndexReader reader)
    {
        if (options.ProximityWeight > 0 && Proximity(sequence, options) is { } near)
        {
            main.Add(near, Occur.SHOULD);
        }

        if (options.TitleMatchWeight > 0)
        {
            var all = texts.Count > 1 ? texts.Append(string.Join(' ', texts)) : texts;
            if (TitleMatch(all, options.TitleMatchWeight, reader) is { } title)
            {
                main.Add(title, Occur.SHOULD);
            }
        }

        if (options.TitleMatchWeight > 0 && terms.Count > 0)
        {
            var every = new BooleanQuery(disableCoord: true);
            foreach (var term in terms)
            {
                every.Add(new TermQuery(new Term(FieldNames.Title, term)), Occur.MUST);
            }

            main.Add(new ConstantScoreQuery(every) { Boost = options.TitleMatchWeight }, Occur.SHOULD);
        }

        if (options.HeadingWeight > 0 && terms.Count > 0)
        {
            var headings = new BooleanQuery(disableCoord: true);
            foreach (var term in terms)
            {
                headings.Add(new TermQuery(new Term(FieldNames.Headings, term)), Occur.SHOULD);
            }

            headings.Boost = options.HeadingWeight;
            main.Add(headings, Occur.SHOULD);
        }
    }

    /// <summary>
    /// The query with a bonus of <see cref="SearchOptions.YearMatchWeight"/> for documents dated in a year the positive
    /// text names (a number from 1800 to 2199 standing alone, as in 信访条例 2022 or 2018年政府工作报告); the bonus only
    /// adds to documents the query matches. The query itself when the weight is 0 or the text names no year.
    /// </summary>
    public static BooleanQuery WithYearBonus(BooleanQuery main, IReadOnlyList<string> texts, SearchOptions options)
    {
        if (options.YearMatchWeight <= 0)
        {
            return main;
        }

        var years = texts.SelectMany(t => YearPattern().Matches(t)).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        if (years.Count == 0)
        {
            return main;
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var year in years)
        {
            any.Add(NumericRangeQuery.NewInt32Range(FieldNames.Year, year, year, true, true), Occur.SHOULD);
        }

        return new BooleanQuery(disableCoord: true) { { main, Occur.MUST }, { new ConstantScoreQuery(any) { Boost = options.YearMatchWeight }, Occur.SHOULD } };
    }

    /// <summary>
    /// Each two consecutive distinct terms as a sloppy phrase in the text, within <see cref="SearchOptions.ProximityWindow"/>
    /// positions in either order, all OR-ed and weighted by <see cref="SearchOptions.ProximityWeight"/>; null when
    /// the query has fewer than two terms.
    /// </summary>
    public static Query? Proximity(IReadOnlyList<List<(string Term, int Position)>> sequence, SearchOptions options)
    {
        var ordered = new List<string>();
        foreach (var clause in sequence)
        {
            foreach (var (term, _) in clause.OrderBy(t => t.Position))
            {
                if (ordered.Count == 0 || ordered[^1] != term)
                {
                    ordered.Add(term);
                }
            }
        }

        var pairs = new HashSet<(string, string)>();
        var near = new BooleanQuery(disableCoord: true);
        for (var i = 1; i < ordered.Count && pairs.Count < MaximumPairs; i++)
        {
            if (pairs.Add((ordered[i - 1], ordered[i])))
            {
                var phrase = new PhraseQuery { Slop = options.ProximityWindow };
                phrase.Add(new Term(FieldNames.Text, ordered[i - 1]), 0);
                phrase.Add(new Term(FieldNames.Text, ordered[i]), 1);
                near.Add(phrase, Occur.SHOULD);
            }
        }

        if (near.Clauses.Count == 0)
        {
            return null;
        }

        near.Boost = options.ProximityWeight;
        return near;
    }

    /// <summary>A constant bonus of <paramref name="weight"/> for the documents whose title key equals the key of one of
    /// the texts; null when no title in the snapshot has one of those keys.</summary>
    public static Query? TitleMatch(IEnumerable<string> texts, float weight, IndexReader reader)
    {
        var keys = texts.Select(LawTitles.Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)
            .Where(k => DocFrequencies.Of(reader, new Term(FieldNames.TitleKey, k)) > 0).ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var key in keys)
        {
            any.Add(new TermQuery(new Term(FieldNames.TitleKey, key)), Occur.SHOULD);
        }

        return new ConstantScoreQuery(any) { Boost = weight };
    }

    /// <summary>Whether some document's title key is the key of the text: the text names a document of the index.</summary>
    public static bool NamesTitle(string text, IndexReader reader) =>
        LawTitles.Key(text) is { Length: > 0 } key && DocFrequencies.Of(reader, new Term(FieldNames.TitleKey, key)) > 0;

    [GeneratedRegex(@"(?<![0-9])(1[89][0-9]{2}|2[01][0-9]{2})(?![0-9])")]
    private static partial Regex YearPattern();
}

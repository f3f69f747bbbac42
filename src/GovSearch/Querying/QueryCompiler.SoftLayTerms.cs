using System.Globalization;
using GovSearch.Thesaurus;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>The legal wording of everyday phrases: what a phrase adds, and the phrases a query says in other words (<see cref="SearchOptions.SoftLayTermMatch"/>).</summary>
internal sealed partial class QueryCompiler
{
    /// <summary>
    /// Adds the legal wording of the everyday phrases the query says without holding them verbatim, each at
    /// <see cref="SearchOptions.LayTermWeight"/> times the match's quality, and describes each as
    /// "喝了两瓶啤酒开车 ≈ 喝了酒开车 (soft match 0.91) → ...".
    /// </summary>
    private void ExpandSoftLayTerms(string text, IReadOnlyList<ThesaurusMatch> exact, SearchOptions options, IndexReader reader, BooleanQuery main,
        List<string> highlight, HashSet<string> seen, ref int termCount, List<string> described)
    {
        if (options.SoftLayTermMatch <= 0 || options.LayTermWeight <= 0)
        {
            return;
        }

        foreach (var match in GovernanceThesaurus.Shared.FindSoft(text, exact, options.SoftLayTermMatch, options.MaximumSoftLayTerms))
        {
            var weight = options.LayTermWeight * match.Quality;
            var (added, skipped) = AddLegalWording(match.Entry.Legal, weight, options, reader, main, highlight, seen, ref termCount);
            var quality = match.Quality.ToString("0.00", CultureInfo.InvariantCulture);
            var line = $"{text.Substring(match.Start, match.Length)} ≈ {match.Entry.Lay} (soft match {quality}) → {string.Join(" | ", added)} "
                + $"(weight {weight.ToString("0.###", CultureInfo.InvariantCulture)}, {match.Entry.Domain})";
            described.Add(skipped.Count == 0 ? line : $"{line}; left out for SearchOptions.MaximumQueryTerms: {string.Join(" | ", skipped)}");
        }
    }

    /// <summary>
    /// Adds each legal alternative as an optional clause boosted by <paramref name="weight"/> (and its title match); an
    /// alternative whose terms would pass <see cref="SearchOptions.MaximumQueryTerms"/> is left out.
    /// </summary>
    private (List<string> Added, List<string> Skipped) AddLegalWording(IReadOnlyList<string> legalWording, float weight, SearchOptions options,
        IndexReader reader, BooleanQuery main, List<string> highlight, HashSet<string> seen, ref int termCount)
    {
        var added = new List<string>();
        var skipped = new List<string>();
        foreach (var legal in legalWording)
        {
            var terms = Analyze(legal);
            if (terms.Count == 0)
            {
                continue;
            }

            if (termCount + terms.Count > options.MaximumQueryTerms)
            {
                skipped.Add(legal);
                continue;
            }

            termCount += terms.Count;
            var query = ClauseQuery(new QueryClause(false, legal, 0, legal.Length, false), terms, options with { DefaultOperator = QueryOperator.Or }, reader)!;
            query.Boost = weight;
            main.Add(query, Occur.SHOULD);
            if (options.TitleMatchWeight > 0 && RankingClauses.TitleMatch([legal], options.TitleMatchWeight * weight, reader) is { } title)
            {
                main.Add(title, Occur.SHOULD);
            }

            added.Add(legal);
            highlight.AddRange(terms.Select(t => t.Term).Where(seen.Add));
        }

        return (added, skipped);
    }
}

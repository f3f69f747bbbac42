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
    /// "喝了两瓶啤酒开车 ≈ 喝了酒开车 (soft match 0.91) → ...". A matched span that some text holds as it stands is
    /// not expanded: the query says it in the texts' own words.
    /// </summary>
    private void ExpandSoftLayTerms(string text, IReadOnlyList<ThesaurusMatch> exact, SearchOptions options, IndexReader reader, BooleanQuery main,
        List<string> highlight, HashSet<string> seen, ref int termCount, LayWording wording, List<string> described)
    {
        if (options.SoftLayTermMatch <= 0 || options.LayTermWeight <= 0)
        {
            return;
        }

        foreach (var match in GovernanceThesaurus.Shared.FindSoft(text, exact, options.SoftLayTermMatch, options.MaximumSoftLayTerms))
        {
            var span = text.Substring(match.Start, match.Length);
            if (OccursInText(span, reader))
            {
                // The query's own words stand in the texts (加强生态环境保护 holds 环境保护, not the agency 环境保护局): they find
                // their documents themselves, and the legal wording would only cost (two more words and sloppy phrases).
                described.Add($"{span} ≈ {match.Entry.Lay}: not expanded, the query's own words stand in the texts");
                continue;
            }

            var weight = options.LayTermWeight * match.Quality;
            var outcome = AddLegalWording(match.Entry.Legal, weight, match.Quality, wording, options, reader, main, highlight, seen, ref termCount);
            var quality = match.Quality.ToString("0.00", CultureInfo.InvariantCulture);
            described.Add(Describe($"{span} ≈ {match.Entry.Lay} (soft match {quality}) → ", outcome,
                weight.ToString("0.###", CultureInfo.InvariantCulture), match.Entry.Domain));
        }
    }

    /// <summary>
    /// Adds each legal alternative as an optional clause boosted by <paramref name="weight"/> (and its title match), and
    /// records its terms at <paramref name="quality"/> in <paramref name="wording"/>. An alternative an earlier phrase
    /// already added is added again: two phrases of the question that both point to it make it count more (measured: dropping
    /// the repeat cost the tune half's lay questions), and the explanation names it; <see cref="Ranking.LayTermCoverage"/>
    /// counts its terms once. An alternative whose terms would pass <see cref="SearchOptions.MaximumQueryTerms"/> is left out.
    /// </summary>
    private (List<string> Added, List<string> Repeated, List<string> Skipped) AddLegalWording(IReadOnlyList<string> legalWording, float weight,
        float quality, LayWording wording, SearchOptions options, IndexReader reader, BooleanQuery main, List<string> highlight, HashSet<string> seen,
        ref int termCount)
    {
        var added = new List<string>();
        var repeated = new List<string>();
        var skipped = new List<string>();
        var anyWord = options with { DefaultOperator = QueryOperator.Or };
        foreach (var legal in legalWording)
        {
            if (Alternative(new QueryClause(false, legal, 0, legal.Length, false), weight, anyWord, reader, ref termCount, out var terms) is not { } query)
            {
                if (terms.Count > 0)
                {
                    skipped.Add(legal);
                }

                continue;
            }

            main.Add(query, Occur.SHOULD);
            if (options.TitleMatchWeight > 0 && RankingClauses.TitleMatch([legal], options.TitleMatchWeight * weight, reader) is { } title)
            {
                main.Add(title, Occur.SHOULD);
            }

            added.Add(legal);
            if (wording.Has(legal))
            {
                repeated.Add(legal);
            }

            wording.Add(legal, terms.Select(t => t.Term), quality);
            highlight.AddRange(terms.Select(t => t.Term).Where(seen.Add));
        }

        return (added, repeated, skipped);
    }

    /// <summary>One line of the explanation: what a phrase added, at which weight, and what it left out and why.</summary>
    private static string Describe(string head, (List<string> Added, List<string> Repeated, List<string> Skipped) outcome, string weight, string domain)
    {
        var line = $"{head}{string.Join(" | ", outcome.Added)} (weight {weight}, {domain})";
        if (outcome.Repeated.Count > 0)
        {
            line += $"; added again, an earlier phrase added it too: {string.Join(" | ", outcome.Repeated)}";
        }

        return outcome.Skipped.Count == 0 ? line : $"{line}; left out for SearchOptions.MaximumQueryTerms: {string.Join(" | ", outcome.Skipped)}";
    }
}

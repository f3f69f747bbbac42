using GovSearch.Querying;
using GovSearch.Ranking;
using Lucene.Net.Search;

namespace GovSearch;

/// <summary>The national preference of relevance order: local regulations of places the query does not name (<see cref="SearchOptions.LocalRegulationPenalty"/>).</summary>
public sealed partial class GovSearchIndex
{
    /// <summary>Whether <see cref="LocalRegulations"/> re-orders this query's candidates: the penalty is on, the order is by
    /// relevance, and the query has Chinese words or the thesaurus added Chinese legal wording to it.</summary>
    private static bool LocalRegulationsApply(CompiledQuery compiled, SearchOptions options)
    {
        if (options.LocalRegulationPenalty <= 0 || options.Sort != SearchSort.Relevance)
        {
            return false;
        }

        // An English question whose everyday words the thesaurus turned into Chinese legal wording (red tape → 优化营商环境)
        // reaches the local regulations that carry that wording too.
        return QueryPlaceText(compiled).Any(GovSearch.Analysis.CharClass.IsHan) || compiled.LayTerms.Any(t => t.Chinese);
    }

    /// <summary>
    /// The score a search gives the document when <see cref="LocalRegulations"/> lowers it among the top candidates, with
    /// a line for the explanation naming the place and the penalty; the score as it was and no line otherwise.
    /// </summary>
    private (float Score, string? Line) ExplainLocalRegulation(IndexSearcher searcher, CompiledQuery compiled, int docId, float score, SearchOptions options, CancellationToken cancellationToken)
    {
        if (options.LearnedRanking || !LocalRegulationsApply(compiled, options)
            || LocalRegulations.UnnamedPlace(new HitFields(searcher.IndexReader), docId, QueryPlaceText(compiled)) is not { } place)
        {
            return (score, null);
        }

        var search = options with { Offset = 0, Limit = options.LearnedRankerDepth, PassagesPerHit = 0, IncludeFacets = false };
        ScoreDoc[] candidates = [];
        SearchExecutor.Run(searcher, compiled, search, null, cancellationToken, (_, ranked) => candidates = ranked.Take(options.LearnedRankerDepth).ToArray());
        if (!candidates.Any(c => c.Doc == docId))
        {
            return (score, null);
        }

        var lowered = score * (1 - options.LocalRegulationPenalty);
        return (lowered, FormattableString.Invariant(
            $"{lowered} = {score} × (1 − {options.LocalRegulationPenalty}) (SearchOptions.LocalRegulationPenalty: a local regulation of {place}, a place the query does not name)"));
    }

    /// <summary>The query's positive text, normalized as <see cref="RankingQuery.Normalize"/> does, to look for a place name in.</summary>
    private static string QueryPlaceText(CompiledQuery compiled) =>
        RankingQuery.Normalize(string.Join(' ', compiled.Parsed.Groups.SelectMany(g => g).Where(c => !c.Negated).Select(c => c.Text)));
}

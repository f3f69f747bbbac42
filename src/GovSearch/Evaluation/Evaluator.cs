namespace GovSearch.Evaluation;

/// <summary>
/// Scores rankings against relevance judgments, after trec_eval and Pyserini: nDCG@10, MRR@10 and Recall@100, per
/// query, per kind and overall. nDCG uses the gain 2^grade − 1, so with grades 0 and 1 it equals trec_eval's
/// <c>ndcg_cut.10</c>, and with grade 2 it weighs highly relevant documents more than trec_eval's linear gain does. Queries the qrels grade no document 1 or more for are skipped
/// and listed in <see cref="EvaluationReport.SkippedQueries"/>. Documents without a judgment count as not relevant,
/// so a ranking that finds good unjudged documents scores low; <see cref="QueryEvaluation.UnjudgedInTop10"/> shows
/// how many there were.
/// </summary>
public static class Evaluator
{
    /// <summary>The cutoff of nDCG and MRR: 10.</summary>
    public const int TopDepth = 10;

    /// <summary>The cutoff of recall, and how many hits each query asks for: 100.</summary>
    public const int RecallDepth = 100;

    /// <summary>Runs every query against an index and scores the hits.</summary>
    /// <param name="index">The index to search.</param>
    /// <param name="queries">The queries; ids must be distinct.</param>
    /// <param name="qrels">The judgments.</param>
    /// <param name="options">The search settings under test. Default: <see cref="SearchOptions.Default"/>. Whatever they say, each query
    /// asks for the first <see cref="RecallDepth"/> hits without passages or facets.</param>
    /// <param name="cancellationToken">Stops between queries.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A query id repeats, or an option is out of range.</exception>
    /// <exception cref="QueryException">A query is refused; the message names it.</exception>
    public static Task<EvaluationReport> EvaluateAsync(
        GovSearchIndex index, IEnumerable<EvaluationQuery> queries, QrelsFile qrels, SearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        var settings = (options ?? SearchOptions.Default) with { Offset = 0, Limit = RecallDepth, PassagesPerHit = 0, IncludeFacets = false };
        settings.Validate();
        return EvaluateRankingAsync(
            async (query, token) => (await index.SearchAsync(query.Text, settings, token).ConfigureAwait(false)).Hits.Select(h => h.Id).ToList(),
            queries,
            qrels,
            cancellationToken);
    }

    /// <summary>Scores the rankings of any ranker, such as a baseline to compare GovSearch with.</summary>
    /// <param name="rank">Returns the document ids for a query, best first; ids past <see cref="RecallDepth"/> are ignored.</param>
    /// <param name="queries">The queries; ids must be distinct.</param>
    /// <param name="qrels">The judgments.</param>
    /// <param name="cancellationToken">Stops between queries.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A query id repeats.</exception>
    public static async Task<EvaluationReport> EvaluateRankingAsync(
        Func<EvaluationQuery, CancellationToken, Task<IReadOnlyList<string>>> rank, IEnumerable<EvaluationQuery> queries, QrelsFile qrels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rank);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(qrels);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var scored = new List<QueryEvaluation>();
        var skipped = new List<EvaluationQuery>();
        foreach (var query in queries)
        {
            ArgumentNullException.ThrowIfNull(query, nameof(queries));
            if (!ids.Add(query.Id))
            {
                throw new ArgumentException($"The query id '{query.Id}' appears twice; each query needs its own id.", nameof(queries));
            }

            var grades = qrels.GradesOf(query.Id);
            var relevant = grades.Values.Count(g => g > 0);
            if (relevant == 0)
            {
                skipped.Add(query);
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var ranked = (await rank(query, cancellationToken).ConfigureAwait(false)).Take(RecallDepth).ToList();
            var judged = RankingMetrics.Judged(ranked, grades, TopDepth);
            scored.Add(new QueryEvaluation(
                query,
                ranked,
                relevant,
                RankingMetrics.Ndcg(ranked, grades, TopDepth),
                RankingMetrics.ReciprocalRank(ranked, grades, TopDepth),
                RankingMetrics.Recall(ranked, grades, RecallDepth),
                judged,
                Math.Min(TopDepth, ranked.Distinct(StringComparer.Ordinal).Count()) - judged));
        }

        return new EvaluationReport(scored, skipped);
    }
}

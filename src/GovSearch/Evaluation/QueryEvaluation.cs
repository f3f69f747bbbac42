namespace GovSearch.Evaluation;

/// <summary>How one ranking did on one query.</summary>
/// <param name="Query">The query.</param>
/// <param name="Ranked">The document ids the ranking returned, best first, cut at <see cref="Evaluator.RecallDepth"/>.</param>
/// <param name="RelevantCount">How many documents the qrels grade 1 or more for this query.</param>
/// <param name="Ndcg">nDCG@10 with gain 2^grade − 1; the ideal ranking orders every judged document of the query.</param>
/// <param name="ReciprocalRank">1 / the rank of the first relevant document in the top 10, else 0.</param>
/// <param name="Recall">The share of the relevant documents found in the top 100.</param>
/// <param name="JudgedInTop10">How many of the top 10 have a judgment of any grade.</param>
/// <param name="UnjudgedInTop10">How many of the top 10 have no judgment; each counts as not relevant.</param>
public sealed record QueryEvaluation(
    EvaluationQuery Query,
    IReadOnlyList<string> Ranked,
    int RelevantCount,
    double Ndcg,
    double ReciprocalRank,
    double Recall,
    int JudgedInTop10,
    int UnjudgedInTop10);

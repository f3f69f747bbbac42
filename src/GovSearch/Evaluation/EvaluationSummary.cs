namespace GovSearch.Evaluation;

/// <summary>The means over a group of queries: all of them, or those of one kind.</summary>
/// <param name="Kind">The kind the group shares, or <see langword="null"/> for all evaluated queries.</param>
/// <param name="QueryCount">How many queries the means are over.</param>
/// <param name="Ndcg">Mean nDCG@10.</param>
/// <param name="ReciprocalRank">Mean reciprocal rank at 10 (MRR@10).</param>
/// <param name="Recall">Mean recall at 100.</param>
/// <param name="UnjudgedInTop10">The number of unjudged documents in the top 10 of the group's queries, summed.</param>
public sealed record EvaluationSummary(string? Kind, int QueryCount, double Ndcg, double ReciprocalRank, double Recall, int UnjudgedInTop10);

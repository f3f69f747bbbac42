namespace GovSearch;

/// <summary>nDCG@10 of the same candidates in lexical order and in the learned ranker's order, over a group of
/// held-out queries (a query kind, a fold, or all of them).</summary>
/// <param name="Name">The group: "all", a query kind, or "fold N".</param>
/// <param name="Queries">How many queries the group holds.</param>
/// <param name="LexicalNdcg">Mean nDCG@10 of the lexical order.</param>
/// <param name="LearnedNdcg">Mean nDCG@10 of the learned order, each query scored by the model trained without its fold.</param>
public sealed record RankerComparison(string Name, int Queries, double LexicalNdcg, double LearnedNdcg);

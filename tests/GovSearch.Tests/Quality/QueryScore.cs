namespace GovSearch.Tests.Quality;

/// <summary>How one ranking did on one judged query.</summary>
/// <param name="Query">The judged query.</param>
/// <param name="Ranked">The document ids the ranking returned, best first.</param>
/// <param name="Ndcg">nDCG at the report's depth.</param>
/// <param name="ReciprocalRank">1 / the rank of the first relevant document, or 0.</param>
public sealed record QueryScore(JudgedQuery Query, IReadOnlyList<string> Ranked, double Ndcg, double ReciprocalRank);

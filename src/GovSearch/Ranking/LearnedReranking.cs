using Lucene.Net.Search;

namespace GovSearch.Ranking;

/// <summary>Re-orders the top lexical candidates of a search by a learned ranker's scores.</summary>
internal static class LearnedReranking
{
    /// <summary>The top <paramref name="depth"/> candidates in the model's order (ties in lexical order) with the
    /// model's scores, then the rest as they were.</summary>
    public static IEnumerable<ScoreDoc> Rerank(IndexSearcher searcher, RankingQuery query, ScoreDoc[] ranked, int depth, LearnedRanker ranker)
    {
        var top = ranked.Take(depth).ToArray();
        var scores = ranker.Score(FeatureExtractor.Compute(searcher, query, top));
        return Enumerable.Range(0, top.Length)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Select(i => new ScoreDoc(top[i].Doc, scores[i]))
            .Concat(ranked.Skip(top.Length));
    }
}

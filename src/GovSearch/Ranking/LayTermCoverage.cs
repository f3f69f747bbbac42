using GovSearch.Querying;
using GovSearch.Schema;
using GovSearch.Thesaurus;
using Lucene.Net.Search;

namespace GovSearch.Ranking;

/// <summary>
/// Re-orders the top candidates of a query that holds an everyday phrase by how much of the expansion's legal wording
/// each document uses (<see cref="SearchOptions.LayTermCoverageWeight"/>). The expansion's clauses already score each
/// legal term on its own; this rewards the document that holds them together, as the law that answers the question
/// does, over one that repeats a single common word of it. Only term presence is read, from the postings of the
/// candidates' segments: no text is read or analyzed again.
/// </summary>
internal static class LayTermCoverage
{
    /// <summary>Whether the re-ranking applies: it is on, the order is by relevance and a positive, unquoted clause holds a thesaurus phrase.</summary>
    public static bool Applies(ParsedQuery parsed, SearchOptions options)
    {
        if (!options.ExpandLayTerms || options.LayTermCoverageWeight <= 0 || options.Sort != SearchSort.Relevance)
        {
            return false;
        }

        var plain = string.Join(' ', parsed.Groups.SelectMany(g => g).Where(c => !c.Negated && !c.IsPhrase).Select(c => c.Text));
        return plain.Length > 0 && GovernanceThesaurus.Shared.FindAll(plain).Count > 0;
    }

    /// <summary>
    /// The top <paramref name="depth"/> candidates re-ordered by score + weight · best score · share of the query's
    /// legal terms held in the text (ties in the order they came), then the rest as they were.
    /// </summary>
    public static IEnumerable<ScoreDoc> Rerank(IndexSearcher searcher, RankingQuery query, ScoreDoc[] ranked, int depth, float weight)
    {
        var top = ranked.Take(depth).ToArray();
        if (top.Length == 0 || query.LayTerms.Count == 0)
        {
            return ranked;
        }

        var shares = new float[top.Length];
        foreach (var (context, members) in FeatureExtractor.ByLeaf(searcher.IndexReader, top.Select(c => c.Doc).ToArray()))
        {
            var counts = FeatureExtractor.Presence(context.AtomicReader, FieldNames.Text, query.LayTerms, members);
            for (var m = 0; m < members.Count; m++)
            {
                shares[members[m].Index] = (float)counts[m] / query.LayTerms.Count;
            }
        }

        var best = top.Max(c => float.IsNaN(c.Score) ? 0 : c.Score);
        var scores = top.Select((c, i) => c.Score + (weight * best * shares[i])).ToArray();
        return Enumerable.Range(0, top.Length)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Select(i => new ScoreDoc(top[i].Doc, scores[i]))
            .Concat(ranked.Skip(top.Length));
    }
}

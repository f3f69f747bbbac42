using GovSearch.Querying;
using GovSearch.Schema;
using Lucene.Net.Search;

namespace GovSearch.Ranking;

/// <summary>
/// Re-orders the top candidates of a query whose everyday phrases the thesaurus expanded by how much of the added
/// legal wording each document uses (<see cref="SearchOptions.LayTermCoverageWeight"/>). The expansion's clauses already
/// score each legal term on its own; this rewards the document that holds them together, as the law that answers the
/// question does, over one that repeats a single common word of it. The terms are those the compiler added
/// (<see cref="CompiledQuery.LayTerms"/>): verbatim and soft matches alike, each weighing its match's quality, and none
/// of a phrase left unexpanded because it names a law. Only term presence is read, from the postings of the candidates'
/// segments: no text is read or analyzed again.
/// </summary>
internal static class LayTermCoverage
{
    /// <summary>Whether the re-ranking applies: it is on, the order is by relevance and the expansion added legal terms.</summary>
    public static bool Applies(CompiledQuery compiled, SearchOptions options) =>
        options.ExpandLayTerms && options.LayTermCoverageWeight > 0 && options.Sort == SearchSort.Relevance && compiled.LayTerms.Count > 0;

    /// <summary>
    /// The top <paramref name="depth"/> candidates re-ordered by score + weight · best score · share of the legal terms
    /// held in the text, each term counting its quality and rarity (ties in the order they came), then the rest as they
    /// were. The share is taken in each script apart, the terms of Chinese wording and the others, and the larger counts: an English
    /// question's expansion mixes English and Chinese wording, and a document in either language can hold all of its own.
    /// </summary>
    public static IEnumerable<ScoreDoc> Rerank(IndexSearcher searcher, IReadOnlyList<LayTerm> terms, ScoreDoc[] ranked, int depth, float weight)
    {
        var top = ranked.Take(depth).ToArray();
        if (top.Length == 0 || terms.Count == 0)
        {
            return ranked;
        }

        var reader = searcher.IndexReader;
        var weights = terms.Select(t => Weight(t, reader)).ToArray();
        var han = terms.Select(t => t.Chinese).ToArray();
        var totals = new[] { weights.Where((_, t) => !han[t]).Sum(), weights.Where((_, t) => han[t]).Sum() };
        if (totals[0] <= 0 && totals[1] <= 0)
        {
            return ranked;
        }

        // The share in each script apart: terms of Chinese wording over those, the others over the others.
        var held = new float[2, top.Length];
        var leaves = FeatureExtractor.ByLeaf(reader, top.Select(c => c.Doc).ToArray()).ToList();
        for (var script = 0; script < 2; script++)
        {
            var inScript = Enumerable.Range(0, terms.Count).Where(t => han[t] == (script == 1) && weights[t] > 0).ToList();
            if (inScript.Count == 0)
            {
                continue;
            }

            var names = inScript.Select(t => terms[t].Term).ToList();
            var parts = inScript.Select(t => weights[t] / totals[script]).ToList();
            foreach (var (context, members) in leaves)
            {
                var sums = FeatureExtractor.Presence(context.AtomicReader, FieldNames.Text, names, parts, members);
                for (var m = 0; m < members.Count; m++)
                {
                    held[script, members[m].Index] = sums[m];
                }
            }
        }

        var shares = Enumerable.Range(0, top.Length).Select(i => Math.Max(held[0, i], held[1, i])).ToArray();

        var best = top.Max(c => float.IsNaN(c.Score) ? 0 : c.Score);
        var scores = top.Select((c, i) => c.Score + (weight * best * shares[i])).ToArray();
        return Enumerable.Range(0, top.Length)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Select(i => new ScoreDoc(top[i].Doc, scores[i]))
            .Concat(ranked.Skip(top.Length));
    }

    /// <summary>
    /// How much holding a term counts: its match's quality times its rarity, log(1 + N / df) over the documents' text.
    /// A character that most documents hold (七, 日, 无 of 七日无理由退货) then tells little, and a term no document
    /// holds nothing.
    /// </summary>
    private static float Weight(LayTerm term, Lucene.Net.Index.IndexReader reader)
    {
        var df = DocFrequencies.Of(reader, new Lucene.Net.Index.Term(FieldNames.Text, term.Term));
        return df == 0 ? 0 : term.Quality * (float)Math.Log(1 + ((double)reader.NumDocs / df));
    }
}

using GovSearch.Analysis;
using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>
/// RM3 pseudo-relevance feedback (<see cref="SearchOptions.FeedbackDocuments"/>): a first search's top documents give
/// a relevance model P(w|R) = Σ_d P(w|d) · P(d|q), with P(d|q) the documents' scores normalized to sum 1 and P(w|d)
/// a term's share of the document's title and opening text. The strongest terms, weighted by P(w|R) · idf(w), become
/// SHOULD alternatives beside the query, weighted 1 − <see cref="SearchOptions.FeedbackWeight"/> against the query's
/// <see cref="SearchOptions.FeedbackWeight"/>. The query stays required, so its filters and exclusions hold and the
/// feedback only re-weighs the documents it matches.
/// </summary>
internal static class PseudoRelevanceFeedback
{
    /// <summary>How much of each feedback document's text is read: its first 4,000 characters, after its title.</summary>
    internal const int TextLength = 4000;

    /// <summary>Terms in more than this share of the documents are too common to say anything about a need.</summary>
    private const double MaximumDocumentShare = 0.2;

    /// <summary>The query with its feedback terms, or the query itself when feedback is off, the sort is not by
    /// relevance, or the first search finds nothing.</summary>
    /// <param name="searcher">The snapshot's searcher.</param>
    /// <param name="compiled">The compiled query.</param>
    /// <param name="options">The search options.</param>
    /// <param name="analyze">The index's query analysis.</param>
    public static CompiledQuery Apply(IndexSearcher searcher, CompiledQuery compiled, SearchOptions options, Func<string, List<(string Term, int Position)>> analyze)
    {
        if (options.FeedbackDocuments == 0 || options.Sort != SearchSort.Relevance)
        {
            return compiled;
        }

        var top = searcher.Search(compiled.Query, options.FeedbackDocuments).ScoreDocs;
        var terms = Model(searcher.IndexReader, top, compiled.HighlightTerms, options.FeedbackTerms, analyze);
        if (terms.Count == 0)
        {
            return compiled;
        }

        var expansion = new BooleanQuery(disableCoord: true);
        var strongest = terms[0].Weight;
        foreach (var (term, weight) in terms)
        {
            var title = new TermQuery(new Term(FieldNames.Title, term));
            var text = new TermQuery(new Term(FieldNames.Text, term));
            expansion.Add(new BooleanQuery(disableCoord: true) { { title, Occur.SHOULD }, { text, Occur.SHOULD } }, Occur.SHOULD);
            expansion.Clauses[^1].Query.Boost = (float)(weight / strongest);
        }

        expansion.Boost = 1 - options.FeedbackWeight;
        var original = compiled.Query;
        original.Boost *= options.FeedbackWeight;
        var combined = new BooleanQuery(disableCoord: true) { { original, Occur.MUST }, { expansion, Occur.SHOULD } };
        return compiled with { Query = combined, Feedback = terms.Select(t => t.Term).ToList() };
    }

    /// <summary>The relevance model's strongest terms, best first, leaving out the query's own terms, single Han
    /// characters, numbers and terms in more than a fifth of the documents. Deterministic: ties go by ordinal order.</summary>
    internal static List<(string Term, double Weight)> Model(IndexReader reader, ScoreDoc[] top, IReadOnlyList<string> queryTerms, int count,
        Func<string, List<(string Term, int Position)>> analyze)
    {
        var total = top.Sum(d => (double)d.Score);
        if (top.Length == 0 || total <= 0)
        {
            return [];
        }

        var own = new HashSet<string>(queryTerms, StringComparer.Ordinal);
        var model = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in top)
        {
            var (segment, local) = SegmentValues.Leaf(reader, hit.Doc);
            var title = SegmentValues.Binary(segment, local, FieldNames.Title) is { } bytes ? bytes.Utf8ToString() : string.Empty;
            var text = SegmentValues.Text(segment, local);
            var analyzed = analyze(title + "\n" + new string(text[..Math.Min(text.Length, TextLength)]));
            if (analyzed.Count == 0)
            {
                continue;
            }

            var share = hit.Score / total / analyzed.Count;
            foreach (var (term, _) in analyzed)
            {
                model[term] = model.GetValueOrDefault(term) + share;
            }
        }

        var documents = Math.Max(1, reader.NumDocs);
        return model
            .Where(p => !own.Contains(p.Key) && Useful(p.Key))
            .Select(p => (Term: p.Key, Frequency: reader.DocFreq(new Term(FieldNames.Text, p.Key)), p.Value))
            .Where(p => p.Frequency > 0 && p.Frequency <= MaximumDocumentShare * documents)
            .Select(p => (p.Term, Weight: p.Value * Math.Log((double)documents / p.Frequency)))
            .OrderByDescending(p => p.Weight).ThenBy(p => p.Term, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private static bool Useful(string term) =>
        !(term.Length == 1 && CharClass.IsHan(term[0])) && term.Length > 1 && !term.All(char.IsAsciiDigit);
}

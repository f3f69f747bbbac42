using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>Runs a compiled query on one searcher snapshot and assembles the page: hits, passages, facets.</summary>
internal static class SearchExecutor
{
    private static readonly SortField ById = new(FieldNames.Id, SortFieldType.STRING);

    /// <summary>How many of the top BM25 candidates make up the query's topic vector in hybrid mode.</summary>
    private const int Feedback = 10;

    public static SearchResults Run(
        IndexSearcher searcher, CompiledQuery compiled, SearchOptions options, IReadOnlyList<TopicDescription>? topics, CancellationToken cancellationToken)
    {
        var hybrid = options.Mode == SearchMode.Hybrid && options.Sort == SearchSort.Relevance;
        var wanted = options.Offset + options.Limit;
        // In order: for a disjunction Lucene.Net's out-of-order BooleanScorer allocates a table of 2,048 bucket
        // objects per clause group and segment (about 2 MB for a two-word query on docs.jsonl), and the GC that
        // follows set the tail latency; BooleanScorer2 scores in order without that allocation.
        var top = TopFieldCollector.Create(
            SortFor(options.Sort), hybrid ? Math.Max(wanted, options.RerankDepth) : wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        var facets = options.IncludeFacets ? new FacetCollector() : null;
        ICollector collector = facets is null ? top : MultiCollector.Wrap(top, facets);
        searcher.Search(compiled.Query, new CancellableCollector(collector, cancellationToken));

        var page = hybrid ? Rerank(searcher.IndexReader, top.GetTopDocs().ScoreDocs, options) : top.GetTopDocs(options.Offset, options.Limit).ScoreDocs;
        var hits = new List<SearchHit>(page.Length);
        var fields = new HitFields(searcher.IndexReader);
        var translations = compiled.Translations.Count == 0 ? null : new TranslationMatches(searcher.IndexReader, compiled.Translations);
        var snippets = options.PassagesPerHit > 0 ? new SnippetBuilder(searcher.IndexReader, compiled.HighlightTerms, options) : null;
        for (var i = 0; i < page.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var doc = page[i].Doc;
            var hit = fields.Hit(
                doc,
                options.Offset + i + 1,
                page[i].Score,
                topics is null ? [] : IndexScan.TopTopics(TopicReranker.VectorOf(searcher.IndexReader, doc), topics),
                snippets?.Build(doc) ?? []);
            hits.Add(translations is null ? hit : hit with { Translations = translations.Of(doc) });
        }

        return new SearchResults
        {
            Query = compiled.Parsed.Text,
            TotalHits = top.TotalHits,
            Hits = hits,
            Facets = facets?.Result(options.FacetLimit) ?? SearchFacets.Empty,
            Warnings = compiled.Parsed.Warnings,
        };
    }

    /// <summary>Re-ranks the BM25 candidates by the blend of <see cref="TopicReranker"/> and returns the page asked for, with blended scores.</summary>
    private static ScoreDoc[] Rerank(IndexReader reader, ScoreDoc[] candidates, SearchOptions options)
    {
        var fields = new HitFields(reader);
        var withVectors = candidates.Select(c => (Hit: c, Vector: TopicReranker.VectorOf(reader, c.Doc), Id: fields.Id(c.Doc))).ToList();
        var query = TopicReranker.QueryVector(withVectors.Select(c => (c.Hit, c.Vector)).ToList(), Feedback);
        return TopicReranker.Rerank(withVectors, query, options.TopicWeight)
            .Skip(options.Offset).Take(options.Limit)
            .Select(r => new ScoreDoc(r.Hit.Doc, r.Score))
            .ToArray();
    }

    private static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.DateDescending => new Sort(ByDate(reverse: true, missing: long.MinValue), SortField.FIELD_SCORE, ById),
        SearchSort.DateAscending => new Sort(ByDate(reverse: false, missing: long.MaxValue), SortField.FIELD_SCORE, ById),
        _ => new Sort(SortField.FIELD_SCORE, ById),
    };

    /// <summary>Sorts by the yyyyMMdd doc values; undated documents get <paramref name="missing"/> so they come last.</summary>
    private static SortField ByDate(bool reverse, long missing)
    {
        var field = new SortField(FieldNames.Date, SortFieldType.INT64, reverse);
        field.SetMissingValue(J2N.Numerics.Int64.GetInstance(missing));
        return field;
    }
}

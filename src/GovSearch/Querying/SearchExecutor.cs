using GovSearch.Citations;
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

    /// <param name="searcher">The snapshot to search.</param>
    /// <param name="compiled">The query.</param>
    /// <param name="options">The search options.</param>
    /// <param name="topics">The topic descriptions hits name their topics by, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <param name="rerank">In relevance order, re-orders the ranked candidates last (the learned ranker); it sees at
    /// least <see cref="SearchOptions.LearnedRankerDepth"/> of them. <see langword="null"/>: none.</param>
    public static SearchResults Run(
        IndexSearcher searcher, CompiledQuery compiled, SearchOptions options, IReadOnlyList<TopicDescription>? topics, CancellationToken cancellationToken,
        Func<IndexSearcher, ScoreDoc[], IEnumerable<ScoreDoc>>? rerank = null)
    {
        var relevance = options.Sort == SearchSort.Relevance;
        var hybrid = options.Mode == SearchMode.Hybrid && relevance;
        var authority = options.CitationWeight > 0 && relevance;
        var graph = authority || options.CollapseVersions ? LawGraph.For(searcher.IndexReader) : null;
        var wanted = options.Offset + options.Limit;
        // Folding versions hides at most every document that has another version, so that many more make the page exact.
        var collected = wanted + (options.CollapseVersions ? graph!.FoldableCount : 0);
        rerank = relevance ? rerank : null;
        collected = rerank is null ? collected : Math.Max(collected, options.LearnedRankerDepth);
        // In order: for a disjunction Lucene.Net's out-of-order BooleanScorer allocates a table of 2,048 bucket
        // objects per clause group and segment (about 2 MB for a two-word query on docs.jsonl), and the GC that
        // follows set the tail latency; BooleanScorer2 scores in order without that allocation.
        var top = TopFieldCollector.Create(
            SortFor(options.Sort), hybrid || authority ? Math.Max(collected, options.RerankDepth) : collected, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        var facets = options.IncludeFacets ? new FacetCollector() : null;
        ICollector collector = facets is null ? top : MultiCollector.Wrap(top, facets);
        searcher.Search(compiled.Query, new CancellableCollector(collector, cancellationToken));

        IEnumerable<ScoreDoc> ranked = top.GetTopDocs().ScoreDocs;
        if (hybrid)
        {
            ranked = Rerank(searcher.IndexReader, ranked.ToArray(), options);
        }

        if (authority)
        {
            var ids = new HitFields(searcher.IndexReader);
            ranked = ranked
                .Select(d => new ScoreDoc(d.Doc, (float)(d.Score * (1 + options.CitationWeight * graph!.Authority(d.Doc)))))
                .OrderByDescending(d => d.Score).ThenBy(d => ids.Id(d.Doc), StringComparer.Ordinal)
                .ToList();
        }

        if (rerank is not null)
        {
            ranked = rerank(searcher, ranked.ToArray());
        }

        if (options.CollapseVersions)
        {
            var seen = new HashSet<object>();
            ranked = ranked.Where(d => seen.Add(graph!.GroupOf(d.Doc)));
        }

        var page = ranked.Skip(options.Offset).Take(options.Limit).ToArray();
        var hits = new List<SearchHit>(page.Length);
        var fields = new HitFields(searcher.IndexReader);
        var translations = compiled.Translations.Count == 0 ? null : new TranslationMatches(searcher.IndexReader, compiled.Translations);
        var synonyms = compiled.Synonyms.Count == 0 ? null : new Synonyms.SynonymMatches(searcher.IndexReader, compiled.Synonyms);
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
            hit = hit with { OtherVersions = graph?.OtherVersions(doc) ?? LawGraph.CountOtherVersions(searcher, doc) };
            hit = synonyms is null ? hit : hit with { Synonyms = synonyms.Of(doc) };
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

    /// <summary>Re-ranks the BM25 candidates by the blend of <see cref="TopicReranker"/>, with blended scores.</summary>
    private static ScoreDoc[] Rerank(IndexReader reader, ScoreDoc[] candidates, SearchOptions options)
    {
        var fields = new HitFields(reader);
        var withVectors = candidates.Select(c => (Hit: c, Vector: TopicReranker.VectorOf(reader, c.Doc), Id: fields.Id(c.Doc))).ToList();
        var query = TopicReranker.QueryVector(withVectors.Select(c => (c.Hit, c.Vector)).ToList(), Feedback);
        return TopicReranker.Rerank(withVectors, query, options.TopicWeight)
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

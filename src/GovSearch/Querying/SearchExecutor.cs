using GovSearch.Documents;
using GovSearch.Indexing;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>Runs a compiled query on one searcher snapshot and assembles the page: hits, passages, facets.</summary>
internal static class SearchExecutor
{
    private static readonly SortField ById = new(FieldNames.Id, SortFieldType.STRING);

    public static SearchResults Run(IndexSearcher searcher, CompiledQuery compiled, SearchOptions options, CancellationToken cancellationToken)
    {
        var wanted = options.Offset + options.Limit;
        var top = TopFieldCollector.Create(SortFor(options.Sort), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var facets = options.IncludeFacets ? new FacetCollector() : null;
        ICollector collector = facets is null ? top : MultiCollector.Wrap(top, facets);
        searcher.Search(compiled.Query, new CancellableCollector(collector, cancellationToken));

        var page = top.GetTopDocs(options.Offset, options.Limit);
        var hits = new List<SearchHit>(page.ScoreDocs.Length);
        for (var i = 0; i < page.ScoreDocs.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scoreDoc = page.ScoreDocs[i];
            var (document, passages) = DocumentMapper.FromLucene(searcher.Doc(scoreDoc.Doc));
            hits.Add(new SearchHit
            {
                Rank = options.Offset + i + 1,
                Id = document.Id,
                Title = document.Title,
                Score = float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
                Date = document.Date,
                Language = document.Language,
                Source = document.Source,
                DocType = document.DocType,
                Passages = SnippetBuilder.Build(searcher.IndexReader, scoreDoc.Doc, document.Text, passages, compiled.HighlightTerms, options),
            });
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

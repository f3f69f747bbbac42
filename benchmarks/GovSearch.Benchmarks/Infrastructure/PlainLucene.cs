using GovSearch.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// The baseline: what an application would write with plain Lucene.Net 4.8 and SmartCn, with no GovSearch code.
/// </summary>
internal static class PlainLucene
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Id = "id";
    public const string Title = "title";
    public const string Text = "text";
    public const string Language = "lang";
    public const string DocType = "type";
    public const string Year = "year";

    private static readonly ISet<string> IdOnly = new HashSet<string>(StringComparer.Ordinal) { Id };

    public static Analyzer ChineseAnalyzer() => new SmartChineseAnalyzer(Version);

    public static IndexWriterConfig WriterConfig(Analyzer analyzer) => new(Version, analyzer)
    {
        OpenMode = OpenMode.CREATE,
        RAMBufferSizeMB = 64,
        Similarity = new BM25Similarity(),
    };

    public static IndexSearcher Searcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };

    /// <summary>id (string, stored), title and text (analyzed, stored); with <paramref name="filterFields"/>, also
    /// lang and type (string) and year (int) so the baseline can filter like GovSearch.</summary>
    public static LuceneDocument ToDocument(GovDocument document, bool filterFields)
    {
        var fields = new LuceneDocument
        {
            new StringField(Id, document.Id, Field.Store.YES),
            new TextField(Title, document.Title, Field.Store.YES),
            new TextField(Text, document.Text, Field.Store.YES),
        };

        if (filterFields)
        {
            if (document.Language is { } language)
            {
                fields.Add(new StringField(Language, language, Field.Store.NO));
            }

            if (document.DocType is { } docType)
            {
                fields.Add(new StringField(DocType, docType, Field.Store.NO));
            }

            if (document.Date is { } date)
            {
                fields.Add(new Int32Field(Year, date.Year, Field.Store.NO));
            }
        }

        return fields;
    }

    /// <summary>Runs every token of <paramref name="text"/> through the analyzer; returns the token count.</summary>
    public static int CountTokens(Analyzer analyzer, string field, string text)
    {
        var count = 0;
        using var stream = analyzer.GetTokenStream(field, text);
        stream.Reset();
        while (stream.IncrementToken())
        {
            count++;
        }

        stream.End();
        return count;
    }

    /// <summary>
    /// BM25 over the text field: a TermQuery per SmartCn token, all SHOULD (a PhraseQuery for a phrase), narrowed by
    /// the case's filters; no query parser.
    /// </summary>
    public static Query BuildQuery(Analyzer analyzer, QueryCase query)
    {
        var tokens = Tokens(analyzer, query.Words);
        Query main;
        if (tokens.Count == 0)
        {
            main = new MatchAllDocsQuery();
        }
        else if (query.Phrase)
        {
            var phrase = new PhraseQuery();
            foreach (var (term, position) in tokens)
            {
                phrase.Add(new Term(Text, term), position);
            }

            main = phrase;
        }
        else
        {
            var any = new BooleanQuery();
            foreach (var (term, _) in tokens)
            {
                any.Add(new TermQuery(new Term(Text, term)), Occur.SHOULD);
            }

            main = any;
        }

        if (!query.HasFilter)
        {
            return main;
        }

        var filter = new BooleanQuery();
        if (query.Language is { } language)
        {
            filter.Add(new TermQuery(new Term(Language, language)), Occur.MUST);
        }

        if (query.DocType is { } docType)
        {
            filter.Add(new TermQuery(new Term(DocType, docType)), Occur.MUST);
        }

        if (query.FromYear is not null || query.ToYear is not null)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(Year, query.FromYear, query.ToYear, true, true), Occur.MUST);
        }

        return new FilteredQuery(main, new QueryWrapperFilter(filter));
    }

    /// <summary>Searches, takes the top 10 and reads their stored ids: what any application does to show hits.</summary>
    public static (int TotalHits, string[] Ids) Top10(IndexSearcher searcher, Analyzer analyzer, QueryCase query)
    {
        var top = searcher.Search(BuildQuery(analyzer, query), 10);
        var ids = new string[top.ScoreDocs.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = searcher.Doc(top.ScoreDocs[i].Doc, IdOnly).Get(Id);
        }

        return (top.TotalHits, ids);
    }

    /// <summary>The analyzer's terms with their positions (the same token-stream loop the library uses).</summary>
    private static List<(string Term, int Position)> Tokens(Analyzer analyzer, string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : GovSearch.Analysis.AnalyzedTerms.Of(analyzer, Text, text);
}

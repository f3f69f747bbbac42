using GovSearch.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace GovSearch.Benchmarks.Infrastructure;

/// <summary>
/// The fair baseline: a plain Lucene.Net 4.8 application tuned for top-10 queries. It indexes the same fields as
/// <see cref="PlainLucene"/> (SmartCn, BM25) but stores nothing: the id is kept in binary doc values and read from
/// each hit's own segment, and the text is not stored, so showing a hit never decompresses a stored document.
/// </summary>
internal static class TunedLucene
{
    /// <summary>id (string term + binary doc values, not stored), title and text (analyzed, not stored), and the
    /// lang, type and year filter fields of <see cref="PlainLucene"/>.</summary>
    public static LuceneDocument ToDocument(GovDocument document)
    {
        var fields = new LuceneDocument
        {
            new StringField(PlainLucene.Id, document.Id, Field.Store.NO),
            new BinaryDocValuesField(PlainLucene.Id, new BytesRef(document.Id)),
            new TextField(PlainLucene.Title, document.Title, Field.Store.NO),
            new TextField(PlainLucene.Text, document.Text, Field.Store.NO),
        };

        if (document.Language is { } language)
        {
            fields.Add(new StringField(PlainLucene.Language, language, Field.Store.NO));
        }

        if (document.DocType is { } docType)
        {
            fields.Add(new StringField(PlainLucene.DocType, docType, Field.Store.NO));
        }

        if (document.Date is { } date)
        {
            fields.Add(new Int32Field(PlainLucene.Year, date.Year, Field.Store.NO));
        }

        return fields;
    }

    /// <summary>The query of <see cref="PlainLucene.BuildQuery"/>, top 10, ids read from each hit segment's doc values.</summary>
    public static (int TotalHits, string[] Ids) Top10(IndexSearcher searcher, Lucene.Net.Analysis.Analyzer analyzer, QueryCase query)
    {
        var top = searcher.Search(PlainLucene.BuildQuery(analyzer, query), 10);
        var leaves = searcher.IndexReader.Leaves;
        var ids = new string[top.ScoreDocs.Length];
        var scratch = new BytesRef();
        for (var i = 0; i < ids.Length; i++)
        {
            var doc = top.ScoreDocs[i].Doc;
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            leaf.AtomicReader.GetBinaryDocValues(PlainLucene.Id).Get(doc - leaf.DocBase, scratch);
            ids[i] = scratch.Utf8ToString();
        }

        return (top.TotalHits, ids);
    }
}

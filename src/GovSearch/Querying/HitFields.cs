using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Querying;

/// <summary>
/// Reads what a hit shows (id, title, date, language, source, type) from doc values, so a page of hits costs no
/// stored-field decompression; only snippets need the stored text.
/// </summary>
/// <remarks>Values are read from each hit's own segment: a merged view over all segments (MultiDocValues) would build
/// an ordinal map of every distinct value on each search.</remarks>
internal sealed class HitFields(IndexReader reader)
{
    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
    private readonly BytesRef _scratch = new();

    /// <summary>A hit for a document, with what the caller scored and gathered for it.</summary>
    public SearchHit Hit(int doc, int rank, float score, IReadOnlyList<HitTopic> topics, IReadOnlyList<HitPassage> passages) => new()
    {
        Rank = rank,
        Id = Id(doc),
        Title = Title(doc),
        Score = float.IsNaN(score) ? 0 : score,
        Date = Date(doc),
        Language = Language(doc),
        Source = Source(doc),
        DocType = DocType(doc),
        Topics = topics,
        Passages = passages,
    };

    public string Id(int doc) => Sorted(FieldNames.Id, doc)!;

    public string Title(int doc)
    {
        var (leaf, local) = Locate(doc);
        var titles = leaf.GetBinaryDocValues(FieldNames.Title);
        if (titles is null)
        {
            return string.Empty;
        }

        titles.Get(local, _scratch);
        return _scratch.Utf8ToString();
    }

    public DocumentDate? Date(int doc)
    {
        var (leaf, local) = Locate(doc);
        var dates = leaf.GetNumericDocValues(FieldNames.Date);
        var hasDate = leaf.GetDocsWithField(FieldNames.Date);
        return dates is not null && hasDate is not null && hasDate.Get(local) ? DocumentDate.FromSortKey((int)dates.Get(local)) : null;
    }

    public string? Language(int doc) => Sorted(FieldNames.Language, doc);

    public string? Source(int doc) => Sorted(FieldNames.Source, doc);

    public string? DocType(int doc) => Sorted(FieldNames.DocType, doc);

    private (AtomicReader Leaf, int Local) Locate(int doc)
    {
        var context = _leaves[ReaderUtil.SubIndex(doc, _leaves)];
        return (context.AtomicReader, doc - context.DocBase);
    }

    private string? Sorted(string field, int doc)
    {
        var (leaf, local) = Locate(doc);
        var values = leaf.GetSortedDocValues(field);
        if (values is null || values.GetOrd(local) < 0)
        {
            return null;
        }

        values.Get(local, _scratch);
        return _scratch.Utf8ToString();
    }
}

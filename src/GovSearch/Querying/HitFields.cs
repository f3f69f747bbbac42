using GovSearch.Documents;
using GovSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Querying;

/// <summary>
/// Reads what a hit shows (id, title, date, language, source, type) from doc values, so a page of hits costs no
/// stored-field decompression; only snippets need the stored text.
/// </summary>
internal sealed class HitFields(IndexReader reader)
{
    private readonly SortedDocValues _ids = MultiDocValues.GetSortedValues(reader, FieldNames.Id);
    private readonly BinaryDocValues? _titles = MultiDocValues.GetBinaryValues(reader, FieldNames.Title);
    private readonly NumericDocValues? _dates = MultiDocValues.GetNumericValues(reader, FieldNames.Date);
    private readonly IBits? _hasDate = MultiDocValues.GetDocsWithField(reader, FieldNames.Date);
    private readonly SortedDocValues? _languages = MultiDocValues.GetSortedValues(reader, FieldNames.Language);
    private readonly SortedDocValues? _sources = MultiDocValues.GetSortedValues(reader, FieldNames.Source);
    private readonly SortedDocValues? _types = MultiDocValues.GetSortedValues(reader, FieldNames.DocType);
    private readonly BytesRef _scratch = new();

    public string Id(int doc) => Sorted(_ids, doc)!;

    public string Title(int doc)
    {
        if (_titles is null)
        {
            return string.Empty;
        }

        _titles.Get(doc, _scratch);
        return _scratch.Utf8ToString();
    }

    public DocumentDate? Date(int doc) =>
        _dates is not null && _hasDate is not null && _hasDate.Get(doc) ? DocumentDate.FromSortKey((int)_dates.Get(doc)) : null;

    public string? Language(int doc) => Sorted(_languages, doc);

    public string? Source(int doc) => Sorted(_sources, doc);

    public string? DocType(int doc) => Sorted(_types, doc);

    private string? Sorted(SortedDocValues? values, int doc)
    {
        if (values is null || values.GetOrd(doc) < 0)
        {
            return null;
        }

        values.Get(doc, _scratch);
        return _scratch.Utf8ToString();
    }
}

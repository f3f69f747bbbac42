using System.Runtime.CompilerServices;
using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Querying;

/// <summary>
/// One segment's facet values as plain arrays, read from its doc values once and kept while the segment reader lives:
/// each document's ordinal in every keyword field, its cited laws' ordinals, its year and its dominant topic, and each
/// keyword ordinal's spelling and filter term. Counting a match is then a few array reads, where reading doc values
/// decodes packed integers from the index files on every document of every search.
/// </summary>
/// <remarks>Kept per segment reader instance, not per segment core: applying new topics to a segment (doc values
/// updates) opens a new reader of the same core, whose values differ.</remarks>
internal sealed class FacetSegment
{
    /// <summary>The keyword fields counted, in the order of <see cref="Ordinals"/>.</summary>
    public static readonly string[] KeywordFields = [FieldNames.Language, FieldNames.DocType, FieldNames.Source];

    /// <summary>A year or topic slot of a document that has none.</summary>
    public const int None = int.MinValue;

    private static readonly ConditionalWeakTable<AtomicReader, FacetSegment> Cache = new();

    private FacetSegment(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        Ordinals = new int[KeywordFields.Length][];
        Spellings = new string[KeywordFields.Length][];
        Terms = new string[KeywordFields.Length][];
        var scratch = new BytesRef();
        for (var f = 0; f < KeywordFields.Length; f++)
        {
            var values = reader.GetSortedDocValues(KeywordFields[f]);
            var ordinals = new int[maxDoc];
            var spellings = new string[values?.ValueCount ?? 0];
            var terms = new string[spellings.Length];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                ordinals[doc] = values?.GetOrd(doc) ?? -1;
            }

            for (var ord = 0; ord < spellings.Length; ord++)
            {
                values!.LookupOrd(ord, scratch);
                spellings[ord] = scratch.Utf8ToString();
                terms[ord] = DocumentMapper.KeywordTerm(spellings[ord]);
            }

            (Ordinals[f], Spellings[f], Terms[f]) = (ordinals, spellings, terms);
        }

        Years = Numbers(reader, FieldNames.Year);
        Topics = new int[maxDoc];
        var topics = reader.GetNumericDocValues(FieldNames.DominantTopic);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            // Every document of a segment with topics has a value; below 0 means none.
            var topic = topics is null ? -1 : (int)topics.Get(doc);
            Topics[doc] = topic >= 0 ? topic : None;
        }

        var cites = reader.GetSortedSetDocValues(FieldNames.Cites);
        CiteCount = cites?.ValueCount ?? 0;
        CiteStarts = new int[maxDoc + 1];
        var citeOrdinals = new List<int>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            CiteStarts[doc] = citeOrdinals.Count;
            if (cites is null)
            {
                continue;
            }

            cites.SetDocument(doc);
            long ord;
            while ((ord = cites.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                citeOrdinals.Add((int)ord);
            }
        }

        CiteStarts[maxDoc] = citeOrdinals.Count;
        CiteOrdinals = [.. citeOrdinals];
    }

    /// <summary>Per keyword field, each document's ordinal (-1: no value).</summary>
    public int[][] Ordinals { get; }

    /// <summary>Per keyword field, each ordinal's value as written.</summary>
    public string[][] Spellings { get; }

    /// <summary>Per keyword field, each ordinal's filter term (<see cref="DocumentMapper.KeywordTerm"/>).</summary>
    public string[][] Terms { get; }

    /// <summary>Each document's year, or <see cref="None"/>.</summary>
    public int[] Years { get; }

    /// <summary>Each document's dominant topic, or <see cref="None"/>.</summary>
    public int[] Topics { get; }

    /// <summary>How many distinct cited laws the segment holds (its ordinals are 0 to this, exclusive).</summary>
    public long CiteCount { get; }

    /// <summary>Where each document's cited ordinals start in <see cref="CiteOrdinals"/>; one more entry, the end.</summary>
    public int[] CiteStarts { get; }

    /// <summary>The cited laws' segment ordinals, document after document.</summary>
    public int[] CiteOrdinals { get; }

    /// <summary>The arrays of a segment, read on first use.</summary>
    public static FacetSegment For(AtomicReader reader) => Cache.GetValue(reader, static r => new FacetSegment(r));

    private static int[] Numbers(AtomicReader reader, string field)
    {
        var result = new int[reader.MaxDoc];
        var values = reader.GetNumericDocValues(field);
        var present = values is null ? null : reader.GetDocsWithField(field);
        for (var doc = 0; doc < result.Length; doc++)
        {
            result[doc] = present is not null && present.Get(doc) ? (int)values!.Get(doc) : None;
        }

        return result;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GovSearch.Schema;

/// <summary>Walks every live document of a snapshot: for trends, similarity and staleness.</summary>
internal static class IndexScan
{
    /// <summary>One live document's doc values.</summary>
    public readonly record struct Row(int DocId, float[] Vector, int? Year, string? Source, long TextHash, long Origin);

    /// <summary>One numeric doc value of every live document; <paramref name="missing"/> where a segment lacks the field.</summary>
    public static IEnumerable<long> Numbers(IndexReader reader, string field, long missing)
    {
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            var values = atomic.GetNumericDocValues(field);
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    yield return values?.Get(doc) ?? missing;
                }
            }
        }
    }

    /// <summary>The topic vector, year, source, text hash and topic origin of every live document.</summary>
    public static IEnumerable<Row> Rows(IndexReader reader)
    {
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            var vectors = atomic.GetBinaryDocValues(FieldNames.TopicVector);
            var years = atomic.GetNumericDocValues(FieldNames.Year);
            var hasYear = years is null ? null : atomic.GetDocsWithField(FieldNames.Year);
            var sources = atomic.GetSortedDocValues(FieldNames.Source);
            var hashes = atomic.GetNumericDocValues(FieldNames.TextHash);
            var origins = atomic.GetNumericDocValues(FieldNames.TopicOrigin);
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var vector = Array.Empty<float>();
                if (vectors is not null)
                {
                    vectors.Get(doc, scratch);
                    vector = TopicVectorCodec.Decode(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length));
                }

                string? source = null;
                if (sources is not null && sources.GetOrd(doc) >= 0)
                {
                    sources.Get(doc, scratch);
                    source = scratch.Utf8ToString();
                }

                yield return new Row(
                    leaf.DocBase + doc,
                    vector,
                    hasYear is not null && hasYear.Get(doc) ? (int)years!.Get(doc) : null,
                    source,
                    hashes?.Get(doc) ?? 0,
                    origins?.Get(doc) ?? TopicVectorCodec.NoTopics);
            }
        }
    }

    /// <summary>The strongest topics of a vector, strongest first (ties by id).</summary>
    public static IReadOnlyList<HitTopic> TopTopics(float[] vector, IReadOnlyList<TopicDescription> topics, int count = 3)
    {
        if (vector.Length == 0 || vector.Length != topics.Count)
        {
            return [];
        }

        return vector.Select((weight, id) => (weight, id))
            .OrderByDescending(t => t.weight).ThenBy(t => t.id)
            .Take(count)
            .Select(t => new HitTopic(t.id, topics[t.id].Label, t.weight))
            .ToList();
    }
}

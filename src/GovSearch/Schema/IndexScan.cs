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
        if (vector.Length == 0 || vector.Length != topics.Count || count <= 0)
        {
            return [];
        }

        // Every hit of a search asks for this: one pass keeping the best few, in the order a stable sort by weight
        // (descending, float.CompareTo) then id gives, without sorting and allocating the whole vector.
        Span<int> best = stackalloc int[Math.Min(count, vector.Length)];
        var kept = 0;
        for (var id = 0; id < vector.Length; id++)
        {
            var at = kept;
            while (at > 0 && vector[id].CompareTo(vector[best[at - 1]]) > 0)
            {
                at--;
            }

            if (at >= best.Length)
            {
                continue;
            }

            for (var j = Math.Min(kept, best.Length - 1); j > at; j--)
            {
                best[j] = best[j - 1];
            }

            best[at] = id;
            kept = Math.Min(kept + 1, best.Length);
        }

        var result = new List<HitTopic>(kept);
        foreach (var id in best[..kept])
        {
            result.Add(new HitTopic(id, topics[id].Label, vector[id]));
        }

        return result;
    }
}

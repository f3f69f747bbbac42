using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovSearch.Querying;

/// <summary>
/// Re-ranks BM25 candidates by blending their normalized BM25 score with the cosine between the query's topic
/// vector and theirs: <c>score = (1 − w) · bm25 / max bm25 + w · cos(q, d)</c>, ties by id.
/// </summary>
internal static class TopicReranker
{
    /// <summary>Reads a document's topic vector from doc values (empty when it has none).</summary>
    public static float[] VectorOf(IndexReader reader, int docId)
    {
        var (segment, local) = SegmentValues.Leaf(reader, docId);
        return SegmentValues.Binary(segment, local, FieldNames.TopicVector) is { } bytes
            ? TopicVectorCodec.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length))
            : [];
    }

    /// <summary>The query's topic vector, by pseudo-relevance feedback: the BM25-weighted mean of the top candidates' vectors.</summary>
    /// <remarks>A query of two or three words is too short for LDA inference to say much (and inference costs milliseconds);
    /// the documents it matches best say more, at no cost.</remarks>
    public static float[] QueryVector(IReadOnlyList<(ScoreDoc Hit, float[] Vector)> candidates, int feedback)
    {
        var size = candidates.Select(c => c.Vector.Length).FirstOrDefault(l => l > 0);
        var mean = new float[size];
        var total = 0f;
        foreach (var (hit, vector) in candidates.Take(feedback))
        {
            if (vector.Length != size)
            {
                continue;
            }

            for (var i = 0; i < size; i++)
            {
                mean[i] += hit.Score * vector[i];
            }

            total += hit.Score;
        }

        Normalize(mean, total);
        return mean;
    }

    /// <summary>Returns the candidates in blended order with their blended scores.</summary>
    public static List<(ScoreDoc Hit, float Score)> Rerank(IReadOnlyList<(ScoreDoc Hit, float[] Vector, string Id)> candidates, float[] query, float weight)
    {
        var max = candidates.Count == 0 ? 1f : Math.Max(candidates.Max(c => c.Hit.Score), float.Epsilon);
        return candidates
            .Select(c => (c.Hit, c.Id, Score: ((1 - weight) * c.Hit.Score / max) + (weight * Cosine(query, c.Vector))))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => (c.Hit, c.Score))
            .ToList();
    }

    /// <summary>The cosine of two vectors; 0 when either is empty, zero, or of another size.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length == 0 || a.Length != b.Length)
        {
            return 0;
        }

        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : (float)(dot / Math.Sqrt(na * nb));
    }

    private static void Normalize(float[] vector, float total)
    {
        if (total <= 0)
        {
            return;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= total;
        }
    }
}

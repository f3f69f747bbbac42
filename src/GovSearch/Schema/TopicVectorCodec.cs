using System.Buffers.Binary;


namespace GovSearch.Schema;

/// <summary>Topic vectors in doc values: float32 little-endian, and their dominant topic.</summary>
internal static class TopicVectorCodec
{
    public const long NoTopics = 0;
    public const long Trained = 1;
    public const long Inferred = 2;

    public static byte[] Encode(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return bytes;
    }

    public static float[] Decode(ReadOnlySpan<byte> bytes)
    {
        var vector = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
        }

        return vector;
    }

    /// <summary>The index of the largest weight (the lowest index on ties), or -1 for an empty vector.</summary>
    public static int Dominant(ReadOnlySpan<float> vector)
    {
        var best = -1;
        for (var i = 0; i < vector.Length; i++)
        {
            if (best < 0 || vector[i] > vector[best])
            {
                best = i;
            }
        }

        return best;
    }
}

namespace GovSearch.Schema;

/// <summary>Stores a document's passage table compactly: a table of distinct headings, then gap, length and heading index per passage, as 7-bit integers.</summary>
internal static class PassageCodec
{
    public static byte[] Encode(IReadOnlyList<Passage> passages)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8);
        var headings = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var passage in passages)
        {
            if (headings.TryAdd(passage.Heading, order.Count))
            {
                order.Add(passage.Heading);
            }
        }

        writer.Write7BitEncodedInt(order.Count);
        foreach (var heading in order)
        {
            writer.Write(heading);
        }

        writer.Write7BitEncodedInt(passages.Count);
        var previousEnd = 0;
        foreach (var passage in passages)
        {
            writer.Write7BitEncodedInt(passage.Start - previousEnd);
            writer.Write7BitEncodedInt(passage.Length);
            writer.Write7BitEncodedInt(headings[passage.Heading]);
            previousEnd = passage.End;
        }

        writer.Flush();
        return stream.ToArray();
    }

    public static IReadOnlyList<Passage> Decode(ReadOnlySpan<byte> bytes) => Decode(bytes.ToArray(), 0, bytes.Length);

    public static IReadOnlyList<Passage> Decode(byte[] bytes, int offset, int count)
    {
        using var stream = new MemoryStream(bytes, offset, count, writable: false);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
        var headings = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < headings.Length; i++)
        {
            headings[i] = reader.ReadString();
        }

        var passages = new Passage[reader.Read7BitEncodedInt()];
        var previousEnd = 0;
        for (var i = 0; i < passages.Length; i++)
        {
            var start = previousEnd + reader.Read7BitEncodedInt();
            var length = reader.Read7BitEncodedInt();
            passages[i] = new Passage(i + 1, start, length, headings[reader.Read7BitEncodedInt()]);
            previousEnd = start + length;
        }

        return passages;
    }
}

using System.Text;

namespace GovSearch.Tests.Documents;

/// <summary>Writes hostile inputs at test time, streaming the big ones so the test itself stays small in memory.</summary>
internal static class HostileFiles
{
    /// <summary>One mebibyte.</summary>
    public const int MiB = 1024 * 1024;

    /// <summary>The first bytes of a PNG image: signature, then an IHDR chunk.</summary>
    public static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    /// <summary>The first bytes of a 64-bit little-endian ELF executable.</summary>
    public static readonly byte[] Elf =
    [
        0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x02, 0x00, 0x3E, 0x00, 0x01, 0x00, 0x00, 0x00, 0x40, 0x10, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00,
    ];

    /// <summary>The gzip-compressed bytes of some text.</summary>
    public static byte[] Gzip()
    {
        using var memory = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(memory, System.IO.Compression.CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("中华人民共和国数据安全法 ", 200))));
        }

        return memory.ToArray();
    }

    /// <summary>Bytes with no file signature whose share of control bytes gives them away as binary.</summary>
    public static byte[] ControlBytes()
    {
        var bytes = new byte[4096];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 3 == 0 ? 0x01 + (i % 7) : 'a' + (i % 26));
        }

        return bytes;
    }

    /// <summary>Writes <paramref name="prefix"/>, then <paramref name="fill"/> repeated up to <paramref name="bytes"/> bytes in all, then <paramref name="suffix"/>.</summary>
    public static string WriteRepeated(string path, string prefix, byte fill, long bytes, string suffix = "")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, MiB);
        var head = Encoding.UTF8.GetBytes(prefix);
        stream.Write(head);
        var chunk = new byte[MiB];
        Array.Fill(chunk, fill);
        for (var left = bytes - head.Length; left > 0; left -= chunk.Length)
        {
            stream.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
        }

        stream.Write(Encoding.UTF8.GetBytes(suffix));
        return path;
    }
}

using System.Text;
using GovSearch.Documents;

namespace GovSearch.Tests.Documents;

/// <summary>Writes input files and collects what a <see cref="DocumentLoader"/> reads from them.</summary>
internal static class LoaderHarness
{
    /// <summary>GB18030, registered on first use.</summary>
    public static Encoding Gb18030 => LazyGb18030.Value;

    private static readonly Lazy<Encoding> LazyGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    /// <summary>Every document the loader yields for <paramref name="path"/>.</summary>
    public static async Task<List<GovDocument>> LoadAllAsync(DocumentLoader loader, string path, CancellationToken cancellationToken = default)
    {
        var documents = new List<GovDocument>();
        await foreach (var document in loader.LoadAsync(path, cancellationToken))
        {
            documents.Add(document);
        }

        return documents;
    }

    /// <summary>Writes text to a file under <paramref name="folder"/> (creating sub-folders), with the encoding's byte-order mark if it has one.</summary>
    public static string Write(string folder, string relativePath, string text, Encoding? encoding = null)
    {
        var bytes = Encode(text, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return WriteBytes(folder, relativePath, bytes);
    }

    /// <summary>Writes raw bytes to a file under <paramref name="folder"/>.</summary>
    public static string WriteBytes(string folder, string relativePath, byte[] bytes)
    {
        var path = Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The encoded bytes, preceded by the encoding's byte-order mark.</summary>
    public static byte[] Encode(string text, Encoding encoding) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
}

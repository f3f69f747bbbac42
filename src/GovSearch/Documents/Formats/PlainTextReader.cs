using System.Text;

namespace GovSearch.Documents.Formats;

/// <summary>Plain text and Markdown: decoded as <see cref="TextDecoder"/> finds, kept as written; the title is the first
/// Markdown heading or else the first non-blank line.</summary>
internal sealed class PlainTextReader(IReadOnlyList<string> extensions) : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "text";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = extensions;

    /// <inheritdoc/>
    public bool ReadsBytes => true;

    /// <inheritdoc/>
    public ExtractedDocument Read(FileInput input, DocumentLoadOptions options, CancellationToken cancellationToken)
    {
        var text = Decode(input.Bytes.Span, options.Encoding);
        return new ExtractedDocument(text, DocumentLoader.TitleOf(text), null, []);
    }

    /// <summary>Decodes a text file, refusing binary data, bytes no accepted encoding allows and NUL characters.</summary>
    /// <exception cref="UnreadableDocumentException">The bytes are not text; the line of the first bad byte when known.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? declared)
    {
        if (TextDecoder.DetectWide(bytes[..Math.Min(4, bytes.Length)], declared) is null && BinarySniffer.Check(bytes) is { } binary)
        {
            throw new UnreadableDocumentException(binary);
        }

        string text;
        try
        {
            text = TextDecoder.Decode(bytes, declared, out _);
        }
        catch (DecoderFallbackException e)
        {
            int? line = e.Index >= 0 && e.Index < bytes.Length ? LineAt(bytes, e.Index) : null;
            if (e.BytesUnknown is [0])
            {
                throw new UnreadableDocumentException(DocumentLoader.NulByte("file", e.Index), line, e);
            }

            throw new UnreadableDocumentException(
                $"The file is not text in UTF-8, UTF-16, GB18030 or Big5 ({e.Message}); save it as UTF-8, or declare its encoding.", line, e);
        }

        if (text.IndexOf('\0', StringComparison.Ordinal) is var nul and >= 0)
        {
            throw new UnreadableDocumentException(
                "The file holds a NUL character; text files hold none. Remove it, or declare the file's encoding if it is UTF-16 or UTF-32.",
                text.AsSpan(0, nul).Count('\n') + 1);
        }

        return text;
    }

    /// <summary>The 1-based line of the byte at <paramref name="offset"/>.</summary>
    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}

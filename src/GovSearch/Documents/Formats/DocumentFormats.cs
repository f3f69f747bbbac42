namespace GovSearch.Documents.Formats;

/// <summary>The readers the loader knows, found by file ending.</summary>
internal sealed class DocumentFormats
{
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The readers for the given options: plain text for <see cref="DocumentLoadOptions.TextExtensions"/>, then
    /// HTML, DOCX and PDF.</summary>
    public DocumentFormats(DocumentLoadOptions options)
    {
        IDocumentReader[] readers = [new PlainTextReader(options.TextExtensions), new HtmlReader(), new DocxReader(), new PdfReader()];
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions)
            {
                _byExtension.TryAdd(extension, reader);
            }
        }

        Text = readers[0];
    }

    /// <summary>The plain text reader, for a file named directly whose ending no reader claims.</summary>
    public IDocumentReader Text { get; }

    /// <summary>The file endings read from folders, JSON lines included, sorted.</summary>
    public IEnumerable<string> Extensions => _byExtension.Keys.Concat(JsonLinesExtensions).Order(StringComparer.Ordinal);

    /// <summary>The endings of JSON lines files.</summary>
    public static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    /// <summary>The reader for a file's ending, or <see langword="null"/>.</summary>
    public IDocumentReader? For(string path) =>
        _byExtension.TryGetValue(Path.GetExtension(path), out var reader) ? reader : null;

    /// <summary>Whether the file is JSON lines by its ending.</summary>
    public static bool IsJsonLines(string path) =>
        JsonLinesExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}

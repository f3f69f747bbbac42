namespace GovSearch.Documents.Formats;

/// <summary>Reads one file format into a document's text, title, date and headings. One reader per format.</summary>
/// <remarks>A reader never throws for bad input except <see cref="UnreadableDocumentException"/>, whose message a user
/// can act on; the loader records it as a <see cref="LoadProblem"/> and goes on with the next file.</remarks>
internal interface IDocumentReader
{
    /// <summary>The format's name as users know it ("PDF", "Word (DOCX)").</summary>
    string Format { get; }

    /// <summary>The file endings it reads, lower case, with the dot.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Whether it needs the whole file as bytes (text and markup, limited by
    /// <see cref="DocumentLoadOptions.MaximumDocumentBytes"/>) rather than a seekable stream (PDF and DOCX, read in parts).</summary>
    bool ReadsBytes { get; }

    /// <summary>Reads one file.</summary>
    /// <param name="input">The file: its path, its seekable stream, and its bytes when <see cref="ReadsBytes"/>.</param>
    /// <param name="options">The load settings (encoding, limits).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="UnreadableDocumentException">The file cannot be read as this format.</exception>
    ExtractedDocument Read(FileInput input, DocumentLoadOptions options, CancellationToken cancellationToken);
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovSearch.Documents.Formats;

/// <summary>
/// Word documents (DocumentFormat.OpenXml): paragraphs in order, Heading 1–6 (or an outline level) as headings, the
/// Title style and the core properties for title and date, table rows as tab-separated cells, footnotes after the body.
/// Comments, tracked deletions and text moved away are left out; tracked insertions are kept.
/// </summary>
/// <remarks>Before the package is opened, its ZIP directory is checked against <see cref="DocumentLoadOptions.MaximumParts"/>
/// and <see cref="DocumentLoadOptions.MaximumPartBytes"/>, and OpenXml is told the same limit, so a ZIP bomb is refused
/// without being unpacked. A password-protected file (an OLE container holding an encrypted package) is named as such.</remarks>
internal sealed class DocxReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "Word (DOCX)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".docx", ".docm"];

    /// <inheritdoc/>
    public bool ReadsBytes => false;

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <inheritdoc/>
    public ExtractedDocument Read(FileInput input, DocumentLoadOptions options, CancellationToken cancellationToken)
    {
        var stream = input.Stream;
        CheckContainer(stream, options);
        stream.Position = 0;
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaximumPartBytes });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new UnreadableDocumentException($"The Word file could not be opened: {e.Message}", innerException: e);
        }

        using (document)
        {
            try
            {
                return Extract(document, options, cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or InvalidOperationException)
            {
                throw new UnreadableDocumentException($"The Word file is damaged: {e.Message}", innerException: e);
            }
        }
    }

    private static void CheckContainer(Stream stream, DocumentLoadOptions options)
    {
        var head = new byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (head.AsSpan(0, read).SequenceEqual(OleSignature))
        {
            throw new UnreadableDocumentException(HoldsEncryptedPackage(stream)
                ? "The Word file is password-protected (encrypted); save a copy without a password to index it."
                : "The file is an old Word 97-2003 document, not DOCX, although its name ends in .docx; save it as .docx.");
        }

        if (read < 4 || head[0] != 'P' || head[1] != 'K')
        {
            throw new UnreadableDocumentException("The file is not a Word (DOCX) document: a DOCX file is a ZIP package, and this one is not.");
        }

        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > options.MaximumParts)
            {
                throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                    $"The Word file has {zip.Entries.Count:N0} parts; the limit is {options.MaximumParts:N0} per file, so it was not read."));
            }

            foreach (var entry in zip.Entries)
            {
                if (entry.Length > options.MaximumPartBytes)
                {
                    throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                        $"The Word file's part '{entry.FullName}' unpacks to {entry.Length:N0} bytes; the limit is {options.MaximumPartBytes:N0} per part (a ZIP bomb?), so it was not read."));
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableDocumentException($"The Word file is not a valid ZIP package: {e.Message}", innerException: e);
        }
    }

    /// <summary>Whether an OLE container names an "EncryptedPackage" stream (in UTF-16, in its directory).</summary>
    private static bool HoldsEncryptedPackage(Stream stream)
    {
        stream.Position = 0;
        var buffer = new byte[(int)Math.Min(stream.Length, 1 << 20)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer.AsSpan(0, read).IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;
    }

    private static ExtractedDocument Extract(WordprocessingDocument document, DocumentLoadOptions options, CancellationToken cancellationToken)
    {
        var main = document.MainDocumentPart?.Document?.Body
            ?? throw new UnreadableDocumentException("The Word file has no document body.");
        var styles = StyleLevels(document.MainDocumentPart!.StyleDefinitionsPart?.Styles);
        var builder = new TextBuilder(options.MaximumTextLength);
        var footnotes = new List<long>();
        string? styledTitle = null;
        string? firstLine = null;

        void Walk(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (child)
                {
                    case Paragraph paragraph:
                        var text = ParagraphText(paragraph, footnotes);
                        var level = Level(paragraph, styles);
                        if (level == TitleLevel && styledTitle is null)
                        {
                            styledTitle = TextBuilder.Clean(text);
                        }
                        else if (level > 0)
                        {
                            builder.Heading(text, level);
                        }
                        else if (builder.Paragraph(text))
                        {
                            firstLine ??= TextBuilder.Clean(text);
                        }

                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                        {
                            var cells = row.Elements<TableCell>().Select(cell =>
                                TextBuilder.Clean(string.Join(' ', cell.Elements<Paragraph>().Select(p => ParagraphText(p, footnotes)))));
                            builder.Paragraph(string.Join('\t', cells));
                        }

                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        Walk(content);
                        break;
                    case CustomXmlBlock custom:
                        Walk(custom);
                        break;
                }
            }
        }

        Walk(main);

        var notes = document.MainDocumentPart.FootnotesPart?.Footnotes;
        if (notes is not null)
        {
            foreach (var id in footnotes)
            {
                var note = notes.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value == id);
                if (note is not null)
                {
                    builder.Paragraph(string.Join(' ', note.Elements<Paragraph>().Select(p => ParagraphText(p, null))));
                }
            }
        }

        var properties = document.PackageProperties;
        var title = FirstNonBlank(properties.Title, styledTitle, firstLine) ?? string.Empty;
        var stamp = properties.Created ?? properties.Modified;
        DocumentDate? date = stamp is { } when ? new DocumentDate(when.Year, when.Month, when.Day) : null;
        return builder.Build(title, date);
    }

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The level of the Title style, apart from heading levels.</summary>
    private const int TitleLevel = -1;

    /// <summary>The heading level (1-6), <see cref="TitleLevel"/>, or 0 for body text.</summary>
    private static int Level(Paragraph paragraph, Dictionary<string, int> styles)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            return Math.Min(outline + 1, 6);
        }

        return properties?.ParagraphStyleId?.Val?.Value is { } styleId && styles.TryGetValue(styleId, out var level) ? level : 0;
    }

    /// <summary>The heading level of each paragraph style: by name ("heading 1"–"heading 9", "Title"), else by outline level.</summary>
    private static Dictionary<string, int> StyleLevels(Styles? styles)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        if (styles is null)
        {
            return levels;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id)
            {
                continue;
            }

            var name = style.StyleName?.Val?.Value?.Trim().ToLowerInvariant() ?? string.Empty;
            if (name == "title")
            {
                levels[id] = TitleLevel;
            }
            else if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name.AsSpan(8), CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                levels[id] = Math.Min(n, 6);
            }
            else if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
            {
                levels[id] = Math.Min(outline + 1, 6);
            }
        }

        return levels;
    }

    /// <summary>A paragraph's visible text: runs and tracked insertions, not deletions, moved-away text or field codes.</summary>
    private static string ParagraphText(Paragraph paragraph, List<long>? footnotes)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t when !Removed(t):
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn when !Removed(element):
                    text.Append(' ');
                    break;
                case FootnoteReference reference when footnotes is not null && reference.Id?.Value is { } id && !footnotes.Contains(id):
                    footnotes.Add(id);
                    break;
            }
        }

        return text.ToString();
    }

    private static bool Removed(OpenXmlElement element) =>
        element.Ancestors<DeletedRun>().Any() || element.Ancestors<MoveFromRun>().Any();
}

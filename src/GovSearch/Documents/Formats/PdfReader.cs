using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace GovSearch.Documents.Formats;

/// <summary>
/// PDF (PdfPig): page by page, words (PdfPig's nearest-neighbour extractor) grouped into lines top to bottom, and lines
/// joined back into paragraphs (a paragraph ends at a short line, a wider gap, an indent or a change of size; cells
/// across wide gaps are separated by tabs). Single-column reading order: columns side by side come out row by row. Lines set clearly larger than the body text, or short lines set wholly in bold, are
/// headings (one level per size, largest first); the largest heading at the top of the first page is the title.
/// </summary>
/// <remarks>Pages are read one at a time and only their lines are kept, and the file is opened afresh every
/// <see cref="PagesPerOpening"/> pages to drop what PdfPig keeps of the pages before, so memory follows the text, not the file. A
/// PDF without a text layer (a scan) and a password-protected PDF are refused with a message saying so; there is no OCR.</remarks>
internal sealed class PdfReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "PDF";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc/>
    public bool ReadsBytes => false;

    /// <summary>A line at least this much larger than the body text is a heading.</summary>
    private const double HeadingSizeRatio = 1.15;

    /// <summary>A line ending this share of the text width before the right margin (or two characters, if more) is the
    /// last of its paragraph; ragged-right English lines end closer than that.</summary>
    private const double ShortLineShare = 0.12;

    /// <summary>A bold line of body size is a heading only when this short.</summary>
    private const int MaximumBoldHeadingLength = 40;

    /// <summary>One line of a page, as read.</summary>
    private sealed record Line(string Text, double Size, bool Bold, int Page, double Top, double Bottom, double Left, double Right, double CharWidth)
    {
        public double Height => Math.Max(Top - Bottom, 1);
    }

    /// <summary>
    /// PdfPig keeps every object, font and resource it has parsed until the document is closed, so a long PDF is read in
    /// runs of this many pages, the file opened afresh for each run; memory then follows one run, not the whole file.
    /// </summary>
    internal const int PagesPerOpening = 50;

    /// <inheritdoc/>
    public ExtractedDocument Read(FileInput input, DocumentLoadOptions options, CancellationToken cancellationToken) =>
        Read(input, options, PagesPerOpening, cancellationToken);

    /// <summary>Reads the PDF, opening it afresh every <paramref name="pagesPerOpening"/> pages.</summary>
    internal static ExtractedDocument Read(FileInput input, DocumentLoadOptions options, int pagesPerOpening, CancellationToken cancellationToken)
    {
        PdfDocument Open()
        {
            input.Stream.Position = 0;
            try
            {
                return PdfDocument.Open(input.Stream, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            }
            catch (PdfDocumentEncryptedException e)
            {
                throw Encrypted(e);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                throw new UnreadableDocumentException($"The PDF could not be read: {e.Message}", innerException: e);
            }
        }

        var pdf = Open();
        try
        {
            return Extract(ref pdf, Open, options, pagesPerOpening, cancellationToken);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw Encrypted(e);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException and not UnreadableDocumentException)
        {
            throw new UnreadableDocumentException($"The PDF is damaged: {e.Message}", innerException: e);
        }
        finally
        {
            pdf.Dispose();
        }
    }

    private static UnreadableDocumentException Encrypted(Exception e) =>
        new("The PDF is password-protected (encrypted); save a copy without a password to index it.", innerException: e);

    private static ExtractedDocument Extract(ref PdfDocument pdf, Func<PdfDocument> open, DocumentLoadOptions options, int pagesPerOpening,
        CancellationToken cancellationToken)
    {
        if (pdf.NumberOfPages > options.MaximumPages)
        {
            throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                $"The PDF has {pdf.NumberOfPages:N0} pages; the limit is {options.MaximumPages:N0} per file, so it was not read."));
        }

        var lines = new List<Line>();
        var characters = 0L;
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (number > 1 && (number - 1) % pagesPerOpening == 0)
            {
                pdf.Dispose();
                pdf = open();
            }

            var page = pdf.GetPage(number);
            var letters = page.Letters;
            if (letters.Count == 0)
            {
                continue;
            }

            var words = NearestNeighbourWordExtractor.Instance.GetWords(letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            foreach (var row in Rows(words))
            {
                var rowLetters = row.SelectMany(w => w.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                var text = JoinWords(row);
                characters += text.Length;
                if (characters > options.MaximumTextLength)
                {
                    throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                        $"The document has more than {options.MaximumTextLength:N0} characters of text, the limit per document, so it was not loaded."));
                }

                var sizes = rowLetters.Select(l => l.PointSize).Order().ToList();
                var left = row.Min(w => w.BoundingBox.Left);
                var right = row.Max(w => w.BoundingBox.Right);
                lines.Add(new Line(
                    text,
                    Math.Round(sizes[sizes.Count / 2] * 2) / 2,
                    rowLetters.All(IsBold),
                    number,
                    row.Max(w => w.BoundingBox.Top),
                    row.Min(w => w.BoundingBox.Bottom),
                    left,
                    right,
                    (right - left) / Math.Max(rowLetters.Count, 1)));
            }
        }

        if (lines.Count == 0)
        {
            throw new UnreadableDocumentException("The PDF has no text layer (scanned?): OCR is not supported, so it was not indexed.");
        }

        return Assemble(lines, pdf, options);
    }

    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true || (letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>
    /// The page's words in lines, top to bottom: words whose vertical middles fall within each other's height share a
    /// line, read left to right. (Docstrum's line finding needs several words per line, and Chinese lines are often one
    /// "word", so lines are found here from the words' boxes.)
    /// </summary>
    private static IEnumerable<List<Word>> Rows(List<Word> words)
    {
        var rows = new List<(double Middle, double Height, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Top).ThenBy(w => w.BoundingBox.Left))
        {
            var middle = (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;
            var height = Math.Max(word.BoundingBox.Height, 1);
            var index = rows.FindLastIndex(r => Math.Abs(r.Middle - middle) < Math.Min(r.Height, height) / 2);
            if (index >= 0)
            {
                rows[index].Words.Add(word);
            }
            else
            {
                rows.Add((middle, height, [word]));
            }
        }

        return rows.OrderByDescending(r => r.Middle).Select(r => r.Words.OrderBy(w => w.BoundingBox.Left).ToList());
    }

    /// <summary>Words of a line: a space between them, except between two Chinese characters set close together; a tab
    /// across a gap wider than three characters (table cells, columns).</summary>
    private static string JoinWords(IReadOnlyList<Word> words)
    {
        var text = new StringBuilder();
        Word? previous = null;
        foreach (var word in words)
        {
            if (previous is not null)
            {
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                var size = Math.Max(word.Letters[0].PointSize, 1);
                if (gap > 3 * size)
                {
                    text.Append('\t');
                }
                else if (!(IsCjk(text[^1]) && IsCjk(word.Text[0]) && gap < 0.3 * size))
                {
                    text.Append(' ');
                }
            }

            text.Append(word.Text);
            previous = word;
        }

        return text.ToString();
    }

    private static bool IsCjk(char c) => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');

    private static ExtractedDocument Assemble(List<Line> lines, PdfDocument pdf, DocumentLoadOptions options)
    {
        // The body size is the size most characters are set in.
        var body = lines.GroupBy(l => l.Size).OrderByDescending(g => g.Sum(l => l.Text.Length)).ThenBy(g => g.Key).First().Key;
        bool IsHeading(Line line) =>
            !EndsSentence(line.Text) && (line.Size >= body * HeadingSizeRatio || (line.Bold && line.Size >= body && line.Text.Length <= MaximumBoldHeadingLength));

        var headingSizes = lines.Where(IsHeading).Select(l => l.Size).Distinct().OrderDescending().ToList();
        var rightMargin = lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Max(l => l.Right));
        var builder = new TextBuilder(options.MaximumTextLength);
        string? title = null;
        var paragraph = new StringBuilder();
        Line? previous = null;

        void Flush()
        {
            builder.Paragraph(paragraph.ToString());
            paragraph.Clear();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (PageNumber(line.Text))
            {
                continue;
            }

            if (IsHeading(line))
            {
                Flush();

                // Consecutive lines of one heading (same page and size, set close together) are one heading.
                var heading = new StringBuilder(line.Text);
                while (i + 1 < lines.Count && lines[i + 1].Page == line.Page && lines[i + 1].Size == line.Size && IsHeading(lines[i + 1])
                    && lines[i].Bottom - lines[i + 1].Top < line.Height)
                {
                    Append(heading, lines[++i].Text);
                }

                var level = Math.Min(headingSizes.IndexOf(line.Size) + 1, 6);
                if (title is null && line.Page == 1 && level == 1 && builder.Length == 0)
                {
                    title = heading.ToString();
                }
                else
                {
                    builder.Heading(heading.ToString(), level);
                }

                previous = null;
                continue;
            }

            // A line continues the paragraph above it when it follows closely in the same size, the line above reaches
            // the right margin (a short line ends a paragraph), and it does not start indented (a new one) or hold cells.
            var continues = previous is not null && previous.Page == line.Page && previous.Size == line.Size
                && previous.Bottom - line.Top < 0.8 * line.Height
                && previous.Right >= rightMargin[line.Page] - Math.Max(2 * previous.CharWidth, ShortLineShare * (rightMargin[line.Page] - previous.Left))
                && line.Left <= previous.Left + (1.5 * line.CharWidth)
                && !line.Text.Contains('\t', StringComparison.Ordinal) && !previous.Text.Contains('\t', StringComparison.Ordinal);
            if (!continues)
            {
                Flush();
            }

            Append(paragraph, line.Text);
            previous = line;
        }

        Flush();
        var information = pdf.Information;
        title ??= string.IsNullOrWhiteSpace(information.Title) ? null : information.Title;
        var extracted = builder.Build(title ?? FirstLine(builder), null);
        // The creation date, "D:yyyyMMdd…" (PDF's own date form).
        var stamp = information.CreationDate?.Trim();
        var created = stamp is { Length: >= 10 } && stamp.StartsWith("D:", StringComparison.Ordinal) ? DateFinder.FromValue(stamp[2..10]) : null;

        return extracted with { Date = DateFinder.Labelled(extracted.Text) ?? created };
    }

    private static string FirstLine(TextBuilder builder)
    {
        var text = builder.Build(string.Empty, null).Text;
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return first.Length <= 200 ? first : first[..200];
    }

    /// <summary>Joins a continued line: no space between Han characters, a hyphen at a line end dropped before a lower-case letter.</summary>
    private static void Append(StringBuilder text, string line)
    {
        if (text.Length == 0)
        {
            text.Append(line);
            return;
        }

        if (text[^1] == '-' && line.Length > 0 && char.IsLower(line[0]))
        {
            text.Length--;
        }
        else if (!IsCjk(text[^1]) && !IsCjk(line[0]))
        {
            text.Append(' ');
        }

        text.Append(line);
    }

    private static bool EndsSentence(string line) => line.Length > 0 && "。；;！!？?，,：:".Contains(line[^1]);

    /// <summary>A line that is only a page number ("3", "- 3 -", "— 3 —", "第3页").</summary>
    private static bool PageNumber(string line)
    {
        var core = line.Trim().Trim('-', '—', '–', ' ');
        if (core.StartsWith('第') && core.EndsWith('页'))
        {
            core = core[1..^1];
        }

        return core.Length is > 0 and <= 4 && core.All(char.IsAsciiDigit);
    }
}

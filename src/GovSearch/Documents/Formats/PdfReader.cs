using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace GovSearch.Documents.Formats;

/// <summary>
/// PDF (PdfPig): page by page, words grouped into blocks (Docstrum) and put in reading order; the lines of a block are
/// joined back into paragraphs. Lines set clearly larger than the body text, or short lines set wholly in bold, are
/// headings (one level per size, largest first); the largest heading at the top of the first page is the title.
/// </summary>
/// <remarks>Pages are read one at a time and only their lines are kept, so memory follows the text, not the file. A
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

    /// <summary>A bold line of body size is a heading only when this short.</summary>
    private const int MaximumBoldHeadingLength = 40;

    /// <summary>One line of a page, as read.</summary>
    private sealed record Line(string Text, double Size, bool Bold, int Page, int Block, double Top, double Left, double Right, double BlockRight, double CharWidth);

    /// <inheritdoc/>
    public ExtractedDocument Read(FileInput input, DocumentLoadOptions options, CancellationToken cancellationToken)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(input.Stream, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableDocumentException("The PDF is password-protected (encrypted); save a copy without a password to index it.", innerException: e);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new UnreadableDocumentException($"The PDF could not be read: {e.Message}", innerException: e);
        }

        using (pdf)
        {
            try
            {
                return Extract(pdf, options, cancellationToken);
            }
            catch (PdfDocumentEncryptedException e)
            {
                throw new UnreadableDocumentException("The PDF is password-protected (encrypted); save a copy without a password to index it.", innerException: e);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException and not UnreadableDocumentException)
            {
                throw new UnreadableDocumentException($"The PDF is damaged: {e.Message}", innerException: e);
            }
        }
    }

    private static ExtractedDocument Extract(PdfDocument pdf, DocumentLoadOptions options, CancellationToken cancellationToken)
    {
        if (pdf.NumberOfPages > options.MaximumPages)
        {
            throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                $"The PDF has {pdf.NumberOfPages:N0} pages; the limit is {options.MaximumPages:N0} per file, so it was not read."));
        }

        var lines = new List<Line>();
        var characters = 0L;
        var block = 0;
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = pdf.GetPage(number);
            var letters = page.Letters;
            if (letters.Count == 0)
            {
                continue;
            }

            var words = NearestNeighbourWordExtractor.Instance.GetWords(letters).ToList();
            var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
            foreach (var textBlock in UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder))
            {
                block++;
                foreach (var line in textBlock.TextLines)
                {
                    var lineLetters = line.Words.SelectMany(w => w.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                    if (lineLetters.Count == 0)
                    {
                        continue;
                    }

                    var text = JoinWords(line.Words);
                    characters += text.Length;
                    if (characters > options.MaxTextLength)
                    {
                        throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                            $"The document has more than {options.MaxTextLength:N0} characters of text, the limit per document, so it was not loaded."));
                    }

                    var sizes = lineLetters.Select(l => l.PointSize).Order().ToList();
                    lines.Add(new Line(
                        text,
                        Math.Round(sizes[sizes.Count / 2] * 2) / 2,
                        lineLetters.All(IsBold),
                        number,
                        block,
                        line.BoundingBox.Top,
                        line.BoundingBox.Left,
                        line.BoundingBox.Right,
                        textBlock.BoundingBox.Right,
                        line.BoundingBox.Width / Math.Max(text.Length, 1)));
                }
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

    /// <summary>Words of a line: a space between them, except between two Han characters (or CJK punctuation).</summary>
    private static string JoinWords(IReadOnlyList<Word> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (string.IsNullOrWhiteSpace(word.Text))
            {
                continue;
            }

            if (text.Length > 0 && !(IsCjk(text[^1]) || IsCjk(word.Text[0])))
            {
                text.Append(' ');
            }

            text.Append(word.Text);
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
        var builder = new TextBuilder(options.MaxTextLength);
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

                // Consecutive lines of one heading (same block, same size) are one heading.
                var heading = new StringBuilder(line.Text);
                while (i + 1 < lines.Count && lines[i + 1].Block == line.Block && lines[i + 1].Size == line.Size && IsHeading(lines[i + 1]))
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

            // A line in the same block continues the paragraph, unless the line before it ended short (the end of a
            // paragraph) or this one starts indented (the start of one).
            var continues = previous is not null && previous.Block == line.Block
                && previous.Right >= previous.BlockRight - (2 * previous.CharWidth)
                && line.Left <= previous.Left + (1.5 * line.CharWidth);
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
        DocumentDate? created = null;
        try
        {
            if (information.GetCreatedDateTimeOffset() is { } when)
            {
                created = new DocumentDate(when.Year, when.Month, when.Day);
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            // A malformed creation date is no date.
        }

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

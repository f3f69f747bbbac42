using System.Globalization;
using System.Text;

namespace GovSearch.Documents.Formats;

/// <summary>Builds a document's text one paragraph at a time, with the offsets of its headings, within a length limit.</summary>
internal sealed class TextBuilder(int maximumLength)
{
    private readonly StringBuilder _text = new();
    private readonly List<TextHeading> _headings = [];

    /// <summary>The number of characters so far.</summary>
    public int Length => _text.Length;

    /// <summary>Adds a paragraph (or table row): runs of white space become one space, except tabs between cells.</summary>
    /// <returns>Whether anything was added (a blank paragraph adds nothing).</returns>
    /// <exception cref="UnreadableDocumentException">The text grew past the limit.</exception>
    public bool Paragraph(string paragraph)
    {
        var clean = Clean(paragraph);
        if (clean.Length == 0)
        {
            return false;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(clean);
        if (_text.Length > maximumLength)
        {
            throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                $"The document has more than {maximumLength:N0} characters of text, the limit per document, so it was not loaded."));
        }

        return true;
    }

    /// <summary>Adds a heading line of the given level (1-6).</summary>
    public void Heading(string heading, int level)
    {
        var start = _text.Length == 0 ? 0 : _text.Length + 1;
        if (Paragraph(heading))
        {
            _headings.Add(new TextHeading(start, Math.Clamp(level, 1, 6)));
        }
    }

    /// <summary>The text and its headings.</summary>
    public ExtractedDocument Build(string title, DocumentDate? date) => new(_text.ToString(), Clean(title), date, _headings.ToArray());

    /// <summary>Collapses white space (keeping tabs that separate cells), trims, drops control characters.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c == '\t')
            {
                TrimEndSpace(builder);
                builder.Append('\t');
                space = false;
            }
            else if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                space = builder.Length > 0 && builder[^1] != '\t';
            }
            else if (!char.IsControl(c))
            {
                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(c);
            }
        }

        return builder.ToString().Trim('\t', ' ');
    }

    private static void TrimEndSpace(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }
}

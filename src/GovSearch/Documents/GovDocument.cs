using System.Globalization;
using GovSearch.Documents;

namespace GovSearch;

/// <summary>
/// A governance document as GovSearch indexes it: a law, regulation, report, speech, constitution or declaration,
/// in Chinese, English or both.
/// </summary>
/// <remarks>
/// Only <see cref="Id"/> is required. A document must also have a non-blank <see cref="Title"/> or <see cref="Text"/>;
/// <see cref="Validate"/> says what is wrong otherwise.
/// </remarks>
public sealed record GovDocument
{
    /// <summary>The largest text GovSearch accepts by default, in UTF-16 characters (16 million, about 32 MB).</summary>
    public const int DefaultMaximumTextLength = 16 * 1024 * 1024;

    /// <summary>The longest id accepted, in UTF-16 characters (1,024).</summary>
    public const int MaximumIdLength = 1024;

    /// <summary>Creates a document with the given id.</summary>
    /// <param name="id">The document's id: non-empty, unique within an index; <see cref="Validate"/> checks the rest of
    /// the rules given at <see cref="Id"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or blank.</exception>
    public GovDocument(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A document id must be a non-empty string.", nameof(id));
        }

        Id = id;
    }

    /// <summary>The document's id: non-empty, unique within an index. Compared ordinally.</summary>
    /// <remarks>
    /// An id is a name, never a file path: GovSearch builds no path from it. It may hold '/' (such as
    /// <c>law/2020/1</c>, or the relative path a folder load gives), but it may not start with '/' or '\', hold a
    /// <c>..</c> segment, hold control characters or unpaired surrogates, or be longer than <see cref="MaximumIdLength"/>
    /// characters, so it stays safe to show and to hand to tools that do treat it as a path.
    /// </remarks>
    public string Id { get; }

    /// <summary>The title. Default: empty.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The full text. Paragraphs are separated by line breaks. Default: empty.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>
    /// The language: one of <see cref="DocumentLanguages.All"/>. Default: <see langword="null"/>, meaning
    /// the index detects it from the script of the text, or of the title when there is no text (see <see cref="DocumentLanguages.Detect"/>).
    /// </summary>
    public string? Language { get; init; }

    /// <summary>The date of issue or adoption, to the day, month or year. Default: <see langword="null"/> (unknown).</summary>
    public DocumentDate? Date { get; init; }

    /// <summary>The issuer or source, such as "全国人民代表大会常务委员会". Default: <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>The kind of document, such as "law", "regulation", "report", "speech". Default: <see langword="null"/>.</summary>
    public string? DocType { get; init; }

    /// <summary>Free string metadata kept with the document and returned with it. Default: empty.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = EmptyMetadata;

    private static readonly IReadOnlyDictionary<string, string> EmptyMetadata = new Dictionary<string, string>();

    /// <summary>The heading lines its file's format marked (set by the loader for PDF, DOCX and HTML); passages are cut
    /// along them besides the headings found in the text. Not stored. Default: none.</summary>
    internal IReadOnlyList<TextHeading> Headings { get; init; } = [];

    /// <summary>
    /// Checks that the document can be indexed and returns the reason it cannot, or <see langword="null"/> when it can.
    /// </summary>
    /// <param name="maxTextLength">The largest accepted <see cref="Text"/> length in characters.</param>
    /// <returns>A sentence naming the problem, or <see langword="null"/>.</returns>
    public string? Validate(int maxTextLength = DefaultMaximumTextLength) => Check(maxTextLength, "GovSearchIndexOptions.MaximumTextLength");

    /// <summary>As <see cref="Validate(int)"/>, naming <paramref name="limitName"/> as the option that sets the text limit.</summary>
    internal string? Check(int maxTextLength, string? limitName)
    {
        if (ValidateId(Id) is { } badId)
        {
            return badId;
        }

        var shown = Printable.Id(Id);
        if (string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Text))
        {
            return $"Document '{shown}' is empty: it has neither a title nor any text.";
        }

        if (Text.Length > maxTextLength)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Document '{shown}' has {Text.Length:N0} characters of text; the limit is {maxTextLength:N0}{(limitName is null ? string.Empty : $" ({limitName})")}.");
        }

        if (Language is not null && !DocumentLanguages.IsKnown(Language))
        {
            return $"Document '{shown}' has language '{Language}'; use one of {string.Join(", ", DocumentLanguages.All)} or leave it empty to detect it.";
        }

        foreach (var key in Metadata.Keys)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                return $"Document '{shown}' has a metadata entry with an empty key.";
            }
        }

        return null;
    }

    /// <summary>The reason <paramref name="id"/> breaks the id rules (see <see cref="Id"/>), or <see langword="null"/>.</summary>
    internal static string? ValidateId(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "A document id must be a non-empty string.";
        }

        var shown = Printable.Id(id);
        if (id.Length > MaximumIdLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Document id '{shown}' has {id.Length:N0} characters; the limit is {MaximumIdLength:N0}.");
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (char.IsControl(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"Document id '{shown}' holds the control character U+{(int)c:X4} at position {i + 1}; ids may not hold control characters.");
            }

            if (char.IsHighSurrogate(c) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"Document id '{shown}' holds an unpaired surrogate U+{(int)c:X4} at position {i + 1}; ids must be valid Unicode.");
            }
        }

        if (id[0] is '/' or '\\')
        {
            return $"Document id '{shown}' starts with '{id[0]}'; ids are names, not absolute paths.";
        }

        foreach (var segment in id.Split('/', '\\'))
        {
            if (segment == "..")
            {
                return $"Document id '{shown}' holds a '..' segment; ids are names, not relative paths.";
            }
        }

        return null;
    }
}

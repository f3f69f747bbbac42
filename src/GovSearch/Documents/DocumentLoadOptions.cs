using System.Text;

namespace GovSearch;

/// <summary>Settings of <see cref="DocumentLoader"/>.</summary>
public sealed record DocumentLoadOptions
{
    /// <summary>What to do with a bad file or record. Default: <see cref="LoadErrorMode.Skip"/>.</summary>
    public LoadErrorMode ErrorMode { get; init; } = LoadErrorMode.Skip;

    /// <summary>
    /// The encoding of every input, when it is known. Default: <see langword="null"/>, meaning detect it:
    /// a byte-order mark (UTF-8, UTF-16, UTF-32), else UTF-8 when valid, else GB18030/GBK.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The largest text accepted, in characters. Default: <see cref="GovDocument.DefaultMaximumTextLength"/>. At least 1.</summary>
    public int MaximumTextLength { get; init; } = GovDocument.DefaultMaximumTextLength;

    /// <summary>
    /// The largest input accepted for one document, in bytes: a text or HTML file, or one line of a JSON lines file.
    /// Default: <see cref="DefaultMaximumDocumentBytes"/> (32 MiB). From 1 to <see cref="MaximumDocumentBytesCeiling"/> (1 GiB).
    /// </summary>
    /// <remarks>
    /// A larger file or line is skipped as a problem without being held in memory: a file is refused by its size, and
    /// a line is read past in pieces. Decoded text must still fit <see cref="MaximumTextLength"/>.
    /// </remarks>
    public long MaximumDocumentBytes { get; init; } = DefaultMaximumDocumentBytes;

    /// <summary>The default of <see cref="MaximumDocumentBytes"/>: 32 MiB.</summary>
    public const long DefaultMaximumDocumentBytes = 32L * 1024 * 1024;

    /// <summary>The largest allowed <see cref="MaximumDocumentBytes"/>: 1 GiB.</summary>
    public const long MaximumDocumentBytesCeiling = 1024L * 1024 * 1024;

    /// <summary>File endings read as plain text (ordinal, case-insensitive). Default: .txt, .md, .markdown. Folders are
    /// also read for .html/.htm, .docx, .pdf and .jsonl files.</summary>
    public IReadOnlyList<string> TextExtensions { get; init; } = [".txt", ".md", ".markdown"];

    /// <summary>Where the loader logs each input it skips (event 1401, Warning, with its file, line and reason; see
    /// <see cref="Telemetry.GovSearchTelemetry"/>). Default: <see langword="null"/>, no logs (the problems are still in
    /// <see cref="DocumentLoader.Problems"/>).</summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// The folder that file ids are relative to. Default: <see langword="null"/>, meaning the folder given to
    /// <see cref="DocumentLoader.LoadAsync"/> (for a single file, its own folder, so its id is its name).
    /// </summary>
    /// <remarks>An id is the file's path relative to this folder, with '/' between folders, letter case kept, in Unicode
    /// normal form C. Name the same root whichever folder you load, and the same file keeps the same id. A file outside
    /// the root is skipped as a problem.</remarks>
    public string? Root { get; init; }

    /// <summary>Patterns of the files a folder load reads, relative to the folder given (<c>*</c>, <c>**</c>, <c>?</c>; a
    /// pattern without '/' matches the file name in any folder). Default: empty, meaning every file.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Patterns of the files a folder load leaves out, as <see cref="Include"/>. Default: empty.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The most pages a PDF may have. Default: <see cref="DefaultMaximumPages"/> (10,000). From 1 to 1,000,000.</summary>
    /// <remarks>PDF and DOCX files are read in parts, not held whole, so <see cref="MaximumDocumentBytes"/> does not limit them;
    /// this, <see cref="MaximumParts"/>, <see cref="MaximumPartBytes"/> and <see cref="MaximumTextLength"/> do.</remarks>
    public int MaximumPages { get; init; } = DefaultMaximumPages;

    /// <summary>The default of <see cref="MaximumPages"/>: 10,000.</summary>
    public const int DefaultMaximumPages = 10_000;

    /// <summary>The most parts (ZIP entries) a DOCX file may have. Default: <see cref="DefaultMaximumParts"/> (10,000). From 1 to 1,000,000.</summary>
    public int MaximumParts { get; init; } = DefaultMaximumParts;

    /// <summary>The default of <see cref="MaximumParts"/>: 10,000.</summary>
    public const int DefaultMaximumParts = 10_000;

    /// <summary>The largest size one part of a DOCX file may unpack to, in bytes; a larger one (a ZIP bomb) is refused
    /// unread. Default: <see cref="DefaultMaximumPartBytes"/> (256 MiB). From 1 to <see cref="MaximumDocumentBytesCeiling"/> (1 GiB).</summary>
    public long MaximumPartBytes { get; init; } = DefaultMaximumPartBytes;

    /// <summary>The default of <see cref="MaximumPartBytes"/>: 256 MiB.</summary>
    public const long DefaultMaximumPartBytes = 256L * 1024 * 1024;

    /// <summary>Checks every setting against its documented range. Every method that takes these options calls it
    /// before it does anything, so calling it yourself only moves the error earlier (for example, to where the options
    /// are read from configuration). Checks only these values, never the state of an index.</summary>
    /// <exception cref="ArgumentException">A setting is out of its range; the message names the setting and the range.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(ErrorMode))
        {
            throw new ArgumentException($"DocumentLoadOptions.ErrorMode is {ErrorMode}; use Skip or Fail.", nameof(ErrorMode));
        }

        if (MaximumTextLength < 1)
        {
            throw new ArgumentException($"DocumentLoadOptions.MaximumTextLength is {MaximumTextLength}; it must be at least 1.", nameof(MaximumTextLength));
        }

        if (MaximumDocumentBytes is < 1 or > MaximumDocumentBytesCeiling)
        {
            throw new ArgumentException(
                $"DocumentLoadOptions.MaximumDocumentBytes is {MaximumDocumentBytes}; it must be from 1 to {MaximumDocumentBytesCeiling} (1 GiB).", nameof(MaximumDocumentBytes));
        }

        if (TextExtensions is null || TextExtensions.Count == 0 || TextExtensions.Any(e => e is null || !e.StartsWith('.')))
        {
            throw new ArgumentException("DocumentLoadOptions.TextExtensions must list at least one ending, each starting with '.'.", nameof(TextExtensions));
        }

        if (Root is not null && string.IsNullOrWhiteSpace(Root))
        {
            throw new ArgumentException("DocumentLoadOptions.Root is blank; give a folder, or null for the folder loaded.", nameof(Root));
        }

        if (Include is null || Include.Any(string.IsNullOrWhiteSpace) || Exclude is null || Exclude.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("DocumentLoadOptions.Include and Exclude must be lists of non-blank patterns (they may be empty).",
                Include is null || Include.Any(string.IsNullOrWhiteSpace) ? nameof(Include) : nameof(Exclude));
        }

        if (MaximumPages is < 1 or > 1_000_000)
        {
            throw new ArgumentException($"DocumentLoadOptions.MaximumPages is {MaximumPages}; it must be from 1 to 1000000.", nameof(MaximumPages));
        }

        if (MaximumParts is < 1 or > 1_000_000)
        {
            throw new ArgumentException($"DocumentLoadOptions.MaximumParts is {MaximumParts}; it must be from 1 to 1000000.", nameof(MaximumParts));
        }

        if (MaximumPartBytes is < 1 or > MaximumDocumentBytesCeiling)
        {
            throw new ArgumentException(
                $"DocumentLoadOptions.MaximumPartBytes is {MaximumPartBytes}; it must be from 1 to {MaximumDocumentBytesCeiling} (1 GiB).", nameof(MaximumPartBytes));
        }
    }
}

using System.Text;
using GovSearch.Storage;

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
    /// The largest input accepted for one document, in bytes: a text file, or one line of a JSON lines file.
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

    /// <summary>File endings read from folders (ordinal, case-insensitive). Default: .txt, .md, .markdown.</summary>
    public IReadOnlyList<string> TextExtensions { get; init; } = [".txt", ".md", ".markdown"];

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
    }
}

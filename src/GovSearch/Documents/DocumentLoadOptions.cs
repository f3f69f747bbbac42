using System.Text;

namespace GovSearch.Documents;

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

    /// <summary>The largest text accepted, in characters. Default: <see cref="GovDocument.DefaultMaxTextLength"/>. At least 1.</summary>
    public int MaxTextLength { get; init; } = GovDocument.DefaultMaxTextLength;

    /// <summary>File endings read from folders (ordinal, case-insensitive). Default: .txt, .md, .markdown.</summary>
    public IReadOnlyList<string> TextExtensions { get; init; } = [".txt", ".md", ".markdown"];

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(ErrorMode))
        {
            throw new ArgumentException($"DocumentLoadOptions.ErrorMode is {ErrorMode}; use Skip or Fail.", nameof(ErrorMode));
        }

        if (MaxTextLength < 1)
        {
            throw new ArgumentException($"DocumentLoadOptions.MaxTextLength is {MaxTextLength}; it must be at least 1.", nameof(MaxTextLength));
        }

        if (TextExtensions is null || TextExtensions.Count == 0 || TextExtensions.Any(e => e is null || !e.StartsWith('.')))
        {
            throw new ArgumentException("DocumentLoadOptions.TextExtensions must list at least one ending, each starting with '.'.", nameof(TextExtensions));
        }
    }
}

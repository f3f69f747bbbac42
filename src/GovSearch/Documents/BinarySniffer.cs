namespace GovSearch.Documents;

/// <summary>Tells a binary file (an image, an executable, compressed data) saved under a text file's name from text.</summary>
/// <remarks>
/// Looks at the first <see cref="HeadBytes"/> bytes only: a known file signature, or a high share of control bytes
/// (at least 16, and more than one in ten, not counting tab, line breaks, form feed and escape). Input with a UTF-16 or UTF-32 byte-order mark is not sniffed.
/// </remarks>
internal static class BinarySniffer
{
    /// <summary>How many leading bytes are examined.</summary>
    public const int HeadBytes = 8192;

    /// <summary>Text has at most this share of control bytes in its head (one in ten).</summary>
    private const int ControlShareDivisor = 10;

    /// <summary>Fewer control bytes than this never make input binary, so a short file with a stray one gets the
    /// more precise complaint of the decoder.</summary>
    private const int MinimumControlBytes = 16;

    private static readonly (byte[] Signature, string Kind)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a .docx, .xlsx or .epub)"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x42, 0x5A, 0x68], "bzip2-compressed data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data"),
    ];

    /// <summary>Why <paramref name="bytes"/> are not text, as a sentence, or <see langword="null"/> when they may be.</summary>
    public static string? Check(ReadOnlySpan<byte> bytes)
    {
        foreach (var (signature, kind) in Signatures)
        {
            if (bytes.StartsWith(signature))
            {
                return $"The file is {kind}, not text.";
            }
        }

        var head = bytes[..Math.Min(bytes.Length, HeadBytes)];
        var control = 0;
        foreach (var b in head)
        {
            if (b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B) or 0x7F)
            {
                control++;
            }
        }

        return control >= MinimumControlBytes && control * ControlShareDivisor > head.Length
            ? $"The file looks binary, not text: {control} of its first {head.Length} bytes are control bytes."
            : null;
    }
}

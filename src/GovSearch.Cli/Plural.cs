using System.Globalization;

namespace GovSearch.Cli;

/// <summary>Counts with their noun in the right number: "1 document", "2 documents", "1,024 documents".</summary>
internal static class Plural
{
    /// <summary>The count (invariant, with thousands separators) and the singular or plural noun.</summary>
    public static string Of(long count, string singular, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + Noun(count, singular, plural);

    /// <summary>Only the noun: <paramref name="singular"/> for exactly one, else <paramref name="plural"/> (default: singular + "s").</summary>
    public static string Noun(long count, string singular, string? plural = null) =>
        count == 1 ? singular : plural ?? singular + "s";
}

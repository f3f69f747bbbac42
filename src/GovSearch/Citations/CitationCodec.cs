using System.Globalization;
using System.Text;

namespace GovSearch.Citations;

/// <summary>Keeps a document's references in one stored field: a line per reference, start, length, title, key and
/// article separated by tabs (tabs and line breaks cannot occur in them: a title holds no line break and the
/// extractor's patterns hold no tab).</summary>
internal static class CitationCodec
{
    public static string Encode(IReadOnlyList<ExtractedCitation> citations)
    {
        var builder = new StringBuilder();
        foreach (var c in citations)
        {
            builder.Append(c.Start.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(c.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(Clean(c.Title)).Append('\t').Append(Clean(c.Key)).Append('\t').Append(Clean(c.Article)).Append('\n');
        }

        return builder.ToString();
    }

    public static IReadOnlyList<ExtractedCitation> Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return [];
        }

        var list = new List<ExtractedCitation>();
        foreach (var line in encoded.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length == 5)
            {
                list.Add(new ExtractedCitation(
                    int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2], parts[3], parts[4]));
            }
        }

        return list;
    }

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

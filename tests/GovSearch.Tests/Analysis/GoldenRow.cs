using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovSearch.Tests.Analysis;

/// <summary>
/// One row of <c>TestData/analysis-golden.tsv</c>: a mode, an input and the expected tokens.
/// </summary>
/// <remarks>
/// Columns are separated by one tab. Mode is <c>index</c>, <c>query</c> or <c>both</c> (the same tokens in both modes).
/// The input may write any code point as <c>\u{hex}</c>; nothing else is escaped. Expected tokens are
/// <c>term[start,end,+posInc]</c> separated by single spaces, empty when the input gives no token.
/// Blank lines and lines starting with '#' are ignored.
/// </remarks>
internal sealed partial record GoldenRow(int Line, string Mode, string Input, string Expected)
{
    public static string TablePath => Path.Combine(AppContext.BaseDirectory, "TestData", "analysis-golden.tsv");

    /// <summary>Reads every row, expanding <c>both</c> into one row per mode.</summary>
    public static List<GoldenRow> Load()
    {
        var rows = new List<GoldenRow>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(TablePath, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"analysis-golden.tsv:{lineNumber}: expected 3 tab-separated columns, found {columns.Length}."));
            }

            var input = Unescape(columns[1]);
            var modes = columns[0] switch
            {
                "both" => new[] { "index", "query" },
                "index" or "query" => [columns[0]],
                _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"analysis-golden.tsv:{lineNumber}: unknown mode '{columns[0]}'.")),
            };

            foreach (var mode in modes)
            {
                rows.Add(new GoldenRow(lineNumber, mode, input, columns[2]));
            }
        }

        return rows;
    }

    private static string Unescape(string input) =>
        Escape().Replace(input, m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"\\u\{([0-9A-Fa-f]{1,6})\}")]
    private static partial Regex Escape();
}

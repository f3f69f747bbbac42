using System.Globalization;
using System.Text;

namespace GovSearch.Evaluation;

/// <summary>
/// Reads a queries file (UTF-8, tab-separated). Blank lines and lines starting with '#' are skipped. The first other
/// line is a header when it names the columns <c>qid</c> and <c>query</c> (any order, any case); <c>kind</c> is
/// optional and every other named column (such as <c>lang</c> or <c>half</c>) is kept in
/// <see cref="EvaluationQuery.Columns"/>. Without a header, every line is <c>qid&lt;TAB&gt;query</c>, the format
/// <c>govsearch batch</c> reads.
/// </summary>
public static class EvaluationQueryFile
{
    /// <summary>Reads a queries file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The queries in file order.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is malformed, a query id repeats, or the file has no query; the message names the file and the line.</exception>
    public static IReadOnlyList<EvaluationQuery> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The queries file '{path}' does not exist.", path);
        }

        return Parse(File.ReadLines(path, Encoding.UTF8), path);
    }

    /// <summary>Parses the lines of a queries file.</summary>
    /// <param name="lines">The lines, without line ends (a trailing carriage return is tolerated).</param>
    /// <param name="source">The name used in error messages, usually the path.</param>
    /// <returns>The queries in line order.</returns>
    /// <exception cref="FormatException">A line is malformed, a query id repeats, or there is no query; the message names the source and the line.</exception>
    public static IReadOnlyList<EvaluationQuery> Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(source);
        string[]? header = null;
        var headerChecked = false;
        var queries = new List<EvaluationQuery>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!headerChecked)
            {
                headerChecked = true;
                if (IsHeader(fields))
                {
                    header = ReadHeader(fields, number, source);
                    continue;
                }
            }

            var query = header is null ? ParsePlain(line, number, source) : ParseColumns(header, fields, number, source);
            if (firstLineOf.TryGetValue(query.Id, out var first))
            {
                throw Malformed(source, number, $"the query id '{query.Id}' was already used on line {first.ToString(CultureInfo.InvariantCulture)}");
            }

            firstLineOf.Add(query.Id, number);
            queries.Add(query);
        }

        return queries.Count > 0 ? queries : throw new FormatException($"{source}: the file has no query.");
    }

    private static bool IsHeader(string[] fields) =>
        fields.Any(f => f.Trim().Equals("qid", StringComparison.OrdinalIgnoreCase)) && fields.Any(f => f.Trim().Equals("query", StringComparison.OrdinalIgnoreCase));

    private static string[] ReadHeader(string[] fields, int number, string source)
    {
        var names = fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                throw Malformed(source, number, "the header has an empty column name");
            }

            if (!seen.Add(name))
            {
                throw Malformed(source, number, $"the header names the column '{name}' twice");
            }
        }

        return names;
    }

    private static EvaluationQuery ParsePlain(string line, int number, string source)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab <= 0 || line[(tab + 1)..].Trim().Length == 0 || line[..tab].Any(char.IsWhiteSpace))
        {
            throw Malformed(source, number, "expected 'qid<TAB>query' with a qid without spaces, or a header row naming the columns qid and query");
        }

        return new EvaluationQuery(line[..tab], line[(tab + 1)..]) { Line = number };
    }

    private static EvaluationQuery ParseColumns(string[] header, string[] fields, int number, string source)
    {
        if (fields.Length != header.Length)
        {
            throw Malformed(source, number, $"expected {header.Length.ToString(CultureInfo.InvariantCulture)} tab-separated fields ({string.Join(", ", header)}) but found {fields.Length.ToString(CultureInfo.InvariantCulture)}");
        }

        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns[header[i]] = fields[i];
        }

        var id = columns["qid"];
        var text = columns["query"];
        if (id.Length == 0 || id.Any(char.IsWhiteSpace))
        {
            throw Malformed(source, number, $"the query id '{id}' must be non-empty and have no spaces");
        }

        if (text.Trim().Length == 0)
        {
            throw Malformed(source, number, "the query text is empty");
        }

        string? kind = null;
        if (columns.Remove("kind", out var kindText))
        {
            kind = kindText.Trim().Length > 0 ? kindText.Trim() : throw Malformed(source, number, "the kind is empty");
        }

        columns.Remove("qid");
        columns.Remove("query");
        return new EvaluationQuery(id, text) { Kind = kind, Columns = columns, Line = number };
    }

    private static FormatException Malformed(string source, int number, string problem) =>
        new($"{source}:{number.ToString(CultureInfo.InvariantCulture)}: {problem}.");
}

using System.Globalization;
using System.Text;

namespace GovSearch.Evaluation;

/// <summary>
/// Relevance judgments in the TREC qrels format that trec_eval and Pyserini read: one <c>qid 0 docid grade</c> per
/// line, fields separated by spaces or tabs. The second field is ignored. A grade of 1 or more is relevant (gain
/// 2^grade − 1); 0 and negative grades mark a document judged not relevant. Blank lines and lines starting with
/// '#' are skipped.
/// </summary>
public sealed class QrelsFile
{
    private static readonly IReadOnlyDictionary<string, int> NoGrades = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _grades;

    private QrelsFile(Dictionary<string, Dictionary<string, int>> grades)
    {
        _grades = grades;
        QueryIds = grades.Keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The ids of the queries with at least one judgment, in ordinal order.</summary>
    public IReadOnlyList<string> QueryIds { get; }

    /// <summary>The judgments of one query: document id to grade. Empty when the query has none.</summary>
    /// <param name="queryId">The query id (ordinal comparison).</param>
    public IReadOnlyDictionary<string, int> GradesOf(string queryId)
    {
        ArgumentNullException.ThrowIfNull(queryId);
        return _grades.TryGetValue(queryId, out var grades) ? grades : NoGrades;
    }

    /// <summary>Reads a qrels file (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is malformed, a document is judged twice for one query, or the file has no judgment; the message names the file and the line.</exception>
    public static QrelsFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The qrels file '{path}' does not exist.", path);
        }

        return Parse(File.ReadLines(path, Encoding.UTF8), path);
    }

    /// <summary>Parses the lines of a qrels file.</summary>
    /// <param name="lines">The lines, without line ends.</param>
    /// <param name="source">The name used in error messages, usually the path.</param>
    /// <exception cref="FormatException">A line is malformed, a document is judged twice for one query, or there is no judgment; the message names the source and the line.</exception>
    public static QrelsFile Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(source);
        var grades = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 4)
            {
                throw Malformed(source, number, $"expected 4 fields 'qid 0 docid grade' but found {fields.Length.ToString(CultureInfo.InvariantCulture)}");
            }

            if (!int.TryParse(fields[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var grade))
            {
                throw Malformed(source, number, $"the grade '{fields[3]}' is not a whole number");
            }

            if (!grades.TryGetValue(fields[0], out var forQuery))
            {
                forQuery = new Dictionary<string, int>(StringComparer.Ordinal);
                grades.Add(fields[0], forQuery);
            }

            if (!forQuery.TryAdd(fields[2], grade))
            {
                throw Malformed(source, number, $"the document '{fields[2]}' is judged twice for query '{fields[0]}'");
            }
        }

        return grades.Count > 0 ? new QrelsFile(grades) : throw new FormatException($"{source}: the file has no judgment.");
    }

    private static FormatException Malformed(string source, int number, string problem) =>
        new($"{source}:{number.ToString(CultureInfo.InvariantCulture)}: {problem}.");
}

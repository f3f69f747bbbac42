using System.Globalization;
using System.Text;

namespace GovSearch.Tests.Quality;

/// <summary>
/// A set of judged queries read from a tab-separated file: comment lines start with '#', blank lines are skipped,
/// and every other line is <c>qid&lt;TAB&gt;lang&lt;TAB&gt;query&lt;TAB&gt;id:grade,id:grade,...</c> with grades 1 or 2.
/// This annotated file is the source of the judgments; judged-queries.queries.tsv and judged-queries.qrels hold the
/// same set in the formats <c>govsearch eval</c> reads, and a test keeps them equal.
/// </summary>
public sealed class JudgedQuerySet
{
    /// <summary>The languages a query may declare.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "mixed", "zh", "zh-Hant"];

    private JudgedQuerySet(IReadOnlyList<JudgedQuery> queries) => Queries = queries;

    /// <summary>The queries, in file order.</summary>
    public IReadOnlyList<JudgedQuery> Queries { get; }

    /// <summary>The judged query file shipped with the tests (TestData/judged-queries.tsv).</summary>
    public static string DefaultPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "judged-queries.tsv");

    /// <summary>The same queries in the queries-file format of <c>govsearch eval</c> (kind = language).</summary>
    public static string QueriesPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "judged-queries.queries.tsv");

    /// <summary>The same judgments in TREC qrels format.</summary>
    public static string QrelsPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "judged-queries.qrels");

    /// <summary>Reads a judged query file (UTF-8).</summary>
    /// <exception cref="FormatException">A line is malformed; the message names the file and the line.</exception>
    public static JudgedQuerySet Load(string path) =>
        Parse(File.ReadAllLines(path, Encoding.UTF8), Path.GetFileName(path));

    /// <summary>Parses the lines of a judged query file.</summary>
    /// <param name="lines">The lines, without line ends (a trailing carriage return is tolerated).</param>
    /// <param name="source">The name used in error messages, usually the file name.</param>
    /// <exception cref="FormatException">A line is malformed, or the set has no query; the message names the line.</exception>
    public static JudgedQuerySet Parse(IEnumerable<string> lines, string source)
    {
        var queries = new List<JudgedQuery>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var query = ParseLine(line, number, source);
            if (firstLineOf.TryGetValue(query.Id, out var first))
            {
                throw Malformed(source, number, $"the query id '{query.Id}' was already used on line {first}");
            }

            firstLineOf.Add(query.Id, number);
            queries.Add(query);
        }

        return queries.Count > 0 ? new JudgedQuerySet(queries) : throw new FormatException($"{source} has no judged query.");
    }

    private static JudgedQuery ParseLine(string line, int number, string source)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4)
        {
            throw Malformed(source, number, $"expected 4 tab-separated fields (qid, lang, query, judgments) but found {fields.Length}");
        }

        var (id, language, text, judgments) = (fields[0], fields[1], fields[2], fields[3]);
        if (id.Length == 0 || id.Any(char.IsWhiteSpace))
        {
            throw Malformed(source, number, $"the query id '{id}' must be non-empty and have no spaces");
        }

        if (!Languages.Contains(language, StringComparer.Ordinal))
        {
            throw Malformed(source, number, $"the language '{language}' is not one of {string.Join(", ", Languages)}");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw Malformed(source, number, "the query text is empty");
        }

        return new JudgedQuery(id, language, text, ParseJudgments(judgments, number, source), number);
    }

    private static Dictionary<string, int> ParseJudgments(string judgments, int number, string source)
    {
        var grades = new Dictionary<string, int>(StringComparer.Ordinal);
        if (judgments.Length == 0)
        {
            throw Malformed(source, number, "the query has no judged document; give at least one id:grade");
        }

        foreach (var judgment in judgments.Split(','))
        {
            var colon = judgment.LastIndexOf(':');
            var documentId = colon > 0 ? judgment[..colon] : string.Empty;
            var gradeText = colon > 0 ? judgment[(colon + 1)..] : string.Empty;
            if (documentId.Length == 0 || documentId.Any(char.IsWhiteSpace))
            {
                throw Malformed(source, number, $"the judgment '{judgment}' is not id:grade");
            }

            if (!int.TryParse(gradeText, NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade is < 1 or > 2)
            {
                throw Malformed(source, number, $"the grade in '{judgment}' must be 1 or 2 (unlisted documents count as 0)");
            }

            if (!grades.TryAdd(documentId, grade))
            {
                throw Malformed(source, number, $"the document '{documentId}' is judged twice");
            }
        }

        return grades;
    }

    private static FormatException Malformed(string source, int number, string problem) =>
        new($"{source}, line {number.ToString(CultureInfo.InvariantCulture)}: {problem}.");
}

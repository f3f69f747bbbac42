namespace GovSearch.Evaluation;

/// <summary>One query of an evaluation: what a user typed, and how it is grouped in the report.</summary>
public sealed record EvaluationQuery
{
    private static readonly IReadOnlyDictionary<string, string> NoColumns = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Creates a query.</summary>
    /// <param name="id">The query id, as in the qrels file: non-empty, without white space.</param>
    /// <param name="text">The query text, in the search syntax of <see cref="GovSearchIndex.SearchAsync"/>.</param>
    /// <exception cref="ArgumentException">The id is empty or holds white space, or the text is empty.</exception>
    public EvaluationQuery(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (id.Length == 0 || id.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"The query id '{id}' must be non-empty and have no white space.", nameof(id));
        }

        Id = id;
        Text = text;
    }

    /// <summary>The query id, matched against the qrels file by ordinal comparison.</summary>
    public string Id { get; }

    /// <summary>The query text.</summary>
    public string Text { get; }

    /// <summary>The group the report averages this query in, such as a language or a query type. Default: <see langword="null"/> (overall only).</summary>
    public string? Kind { get; init; }

    /// <summary>Every other column of the queries file by its header name (such as lang or half). Default: empty.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = NoColumns;

    /// <summary>The line of the queries file that holds the query; 0 when it was not read from a file.</summary>
    public int Line { get; init; }
}

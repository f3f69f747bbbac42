namespace GovSearch;

/// <summary>A query cannot be run: it is empty, too long, or (in strict parsing) malformed. The message names the position.</summary>
public sealed class QueryException : GovSearchException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="query">The query text.</param>
    /// <param name="position">The 0-based character position of the problem; a negative position is left out of the message.</param>
    /// <param name="length">How many characters the problem spans (at least 0).</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    public QueryException(string query, int position, int length, string problem)
        : base(position >= 0 ? $"{problem} (at position {position} of the query)" : problem)
    {
        Query = query;
        Position = position;
        Length = length;
        Problem = problem;
    }

    /// <summary>The query text.</summary>
    public string Query { get; }

    /// <summary>The 0-based character position of the problem: from 0 to the query's length (0 for an empty query).</summary>
    public int Position { get; }

    /// <summary>How many characters the problem spans.</summary>
    public int Length { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}

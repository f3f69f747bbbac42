namespace GovSearch;

/// <summary>Topic shares by group (a year or a source): one row per group, one column per topic.</summary>
/// <param name="Rows">The groups, in order: years ascending, sources in ordinal order.</param>
/// <param name="Shares">For each row, each topic's share of the row's topic mass (the row's summed document vectors),
/// by topic id; a row adds up to 1, or is all zeros when none of its documents has a vocabulary word.</param>
/// <param name="DocumentCounts">For each row, the number of documents in it.</param>
public sealed record TopicTrendTable(IReadOnlyList<string> Rows, IReadOnlyList<IReadOnlyList<double>> Shares, IReadOnlyList<int> DocumentCounts)
{
    /// <summary>The share of a topic in a row, or 0 when the row is absent.</summary>
    /// <param name="row">The year (digits) or source.</param>
    /// <param name="topic">The topic id.</param>
    public double ShareOf(string row, int topic)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (string.Equals(Rows[i], row, StringComparison.Ordinal))
            {
                return Shares[i][topic];
            }
        }

        return 0;
    }
}

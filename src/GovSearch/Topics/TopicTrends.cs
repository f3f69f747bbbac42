using System.Globalization;

namespace GovSearch.Topics;

/// <summary>How topics spread over time and over sources: tables of topic shares per year and per source.</summary>
/// <remarks>
/// Each document contributes its topic vector (weights summing to 1) to its year's and its source's row; a row's
/// shares are its summed vectors divided by their total, so every document weighs the same whatever its length.
/// Documents without a year are left out of the year table, those without a source out of the source table.
/// </remarks>
internal static class TopicTrends
{
    /// <summary>Topic shares per year, years ascending (written in invariant digits).</summary>
    /// <exception cref="ArgumentException">A vector is not <paramref name="numberOfTopics"/> long.</exception>
    public static TopicTrendTable ByYear(IEnumerable<(IReadOnlyList<float> Vector, int? Year, string? Source)> documents, int numberOfTopics) =>
        Build(documents.Where(d => d.Year is not null).Select(d => (d.Vector, Key: d.Year!.Value)), numberOfTopics, Comparer<int>.Default,
            year => year.ToString(CultureInfo.InvariantCulture));

    /// <summary>Topic shares per source, sources in ordinal order.</summary>
    /// <exception cref="ArgumentException">A vector is not <paramref name="numberOfTopics"/> long.</exception>
    public static TopicTrendTable BySource(IEnumerable<(IReadOnlyList<float> Vector, int? Year, string? Source)> documents, int numberOfTopics) =>
        Build(documents.Where(d => !string.IsNullOrWhiteSpace(d.Source)).Select(d => (d.Vector, Key: d.Source!)), numberOfTopics, StringComparer.Ordinal,
            source => source);

    private static TopicTrendTable Build<TKey>(
        IEnumerable<(IReadOnlyList<float> Vector, TKey Key)> documents, int numberOfTopics, IComparer<TKey> order, Func<TKey, string> name)
        where TKey : notnull
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(numberOfTopics, 1);
        var mass = new SortedDictionary<TKey, (double[] Sums, int Count)>(order);
        foreach (var (vector, key) in documents)
        {
            if (vector is null || vector.Count != numberOfTopics)
            {
                throw new ArgumentException($"A topic vector has {vector?.Count ?? 0} weights; the model has {numberOfTopics} topics.", nameof(documents));
            }

            if (!mass.TryGetValue(key, out var row))
            {
                row = (new double[numberOfTopics], 0);
            }

            for (var k = 0; k < numberOfTopics; k++)
            {
                row.Sums[k] += vector[k];
            }

            mass[key] = (row.Sums, row.Count + 1);
        }

        var rows = new List<string>(mass.Count);
        var shares = new List<IReadOnlyList<double>>(mass.Count);
        var counts = new List<int>(mass.Count);
        foreach (var (key, (sums, count)) in mass)
        {
            var total = sums.Sum();
            rows.Add(name(key));
            shares.Add(total > 0 ? sums.Select(s => s / total).ToArray() : new double[numberOfTopics]);
            counts.Add(count);
        }

        return new TopicTrendTable(rows, shares, counts);
    }
}

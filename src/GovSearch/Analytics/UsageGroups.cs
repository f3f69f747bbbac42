using System.Globalization;
using GovSearch.Schema;

namespace GovSearch.Analytics;

/// <summary>
/// The groups (years, sources or types) of the documents in scope: each document's group, and each group's documents
/// and characters. Sources and types that differ only in case or surrounding spaces are one group, named in their most
/// common spelling, as the filters and facets treat them.
/// </summary>
internal sealed class UsageGroups
{
    private readonly Dictionary<int, string> _groupOf = [];
    private readonly Dictionary<string, (int Documents, long Characters)> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>The filtered documents.</summary>
    public int Documents { get; private set; }

    /// <summary>The length of all filtered texts, in characters.</summary>
    public long Characters { get; private set; }

    /// <summary>The group keys in row order: years ascending, the others ordinal by name.</summary>
    public IReadOnlyList<string> Keys { get; private set; } = [];

    public static UsageGroups Of(AnalyticsScope scope, UsageDimension by)
    {
        var groups = new UsageGroups();
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var leaves = scope.Reader.Leaves;
        var field = by switch { UsageDimension.Source => FieldNames.Source, UsageDimension.DocType => FieldNames.DocType, _ => null };
        foreach (var (leaf, doc, global, year, keyword) in scope.Documents(field))
        {
            var length = AnalyticsScope.TextLengths(leaves[leaf].AtomicReader)[doc];
            groups.Documents++;
            groups.Characters += length;
            var value = by == UsageDimension.Year ? year?.ToString("D4", CultureInfo.InvariantCulture) : keyword;
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var key = DocumentMapper.KeywordTerm(value);
            groups._groupOf[global] = key;
            var (documents, characters) = groups._totals.GetValueOrDefault(key);
            groups._totals[key] = (documents + 1, characters + length);
            var counts = spellings.TryGetValue(key, out var known) ? known : spellings[key] = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        foreach (var (key, counts) in spellings)
        {
            groups._names[key] = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
        }

        groups.Keys = groups._totals.Keys.OrderBy(k => groups._names[k], StringComparer.Ordinal).ToList();
        return groups;
    }

    /// <summary>A document's group key, or <see langword="null"/> when it has no year, source or type.</summary>
    public string? GroupOf(int global) => _groupOf.GetValueOrDefault(global);

    /// <summary>A group's name as shown.</summary>
    public string NameOf(string key) => _names[key];

    /// <summary>A group's documents and characters.</summary>
    public (int Documents, long Characters) TotalsOf(string key) => _totals[key];
}

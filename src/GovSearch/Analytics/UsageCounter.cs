
namespace GovSearch.Analytics;

/// <summary>Turns a phrase's occurrences into its usage: totals, rows per group, first and last use.</summary>
internal static class UsageCounter
{
    public static PhraseUsage Count(AnalyticsScope scope, UsageGroups groups, PhraseSpec phrase, IReadOnlyList<DocumentOccurrences> occurrences)
    {
        var perGroup = new Dictionary<string, (long Occurrences, int Documents)>(StringComparer.Ordinal);
        long total = 0;
        (int Key, string Id, int Doc)? first = null, last = null;
        foreach (var found in occurrences)
        {
            total += found.Starts.Length;
            if (groups.GroupOf(found.Global) is { } key)
            {
                var (count, documents) = perGroup.GetValueOrDefault(key);
                perGroup[key] = (count + found.Starts.Length, documents + 1);
            }

            if (scope.Fields.Date(found.Global) is { } date)
            {
                var id = scope.Fields.Id(found.Global);
                if (first is null || Before((date.SortKey, id), (first.Value.Key, first.Value.Id)))
                {
                    first = (date.SortKey, id, found.Global);
                }

                if (last is null || Before((last.Value.Key, last.Value.Id), (date.SortKey, id)))
                {
                    last = (date.SortKey, id, found.Global);
                }
            }
        }

        return new PhraseUsage
        {
            Phrase = phrase.Phrase,
            Matching = phrase.Matching,
            Occurrences = total,
            Documents = occurrences.Count,
            Characters = groups.Characters,
            FirstUse = first is { } f ? Describe(scope, f.Doc) : null,
            LastUse = last is { } l ? Describe(scope, l.Doc) : null,
            Rows = groups.Keys.Select(key =>
            {
                var (count, documents) = perGroup.GetValueOrDefault(key);
                var (inGroup, characters) = groups.TotalsOf(key);
                return new UsageRow { Key = groups.NameOf(key), Occurrences = count, Documents = documents, DocumentsInGroup = inGroup, Characters = characters };
            }).ToList(),
        };
    }

    private static bool Before((int Key, string Id) a, (int Key, string Id) b) =>
        a.Key != b.Key ? a.Key < b.Key : string.CompareOrdinal(a.Id, b.Id) < 0;

    private static UsageDocument Describe(AnalyticsScope scope, int global) =>
        new(scope.Fields.Id(global), scope.Fields.Title(global), scope.Fields.Date(global));
}

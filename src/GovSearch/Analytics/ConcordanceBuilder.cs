using GovSearch.Schema;

namespace GovSearch.Analytics;

/// <summary>Cuts concordance lines (keyword in context) around a phrase's occurrences, oldest document first.</summary>
internal static class ConcordanceBuilder
{
    public static Concordance Build(AnalyticsScope scope, PhraseSpec phrase, IReadOnlyList<DocumentOccurrences> occurrences, ConcordanceOptions options,
        CancellationToken cancellationToken)
    {
        var ordered = occurrences
            .Select(o => (Found: o, Date: scope.Fields.Date(o.Global), Id: scope.Fields.Id(o.Global)))
            .OrderBy(o => o.Date is null ? 1 : 0)
            .ThenBy(o => o.Date?.SortKey ?? 0)
            .ThenBy(o => o.Id, StringComparer.Ordinal);
        var lines = new List<ConcordanceLine>();
        var leaves = scope.Reader.Leaves;
        foreach (var (found, date, id) in ordered)
        {
            if (lines.Count >= options.MaximumLines)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var reader = leaves[found.Leaf].AtomicReader;
            var text = SegmentValues.Text(reader, found.Doc).ToString();
            var passages = SegmentValues.Passages(reader, found.Doc);
            var title = scope.Fields.Title(found.Global);
            for (var i = 0; i < found.Starts.Length && lines.Count < options.MaximumLines; i++)
            {
                var (start, end) = (found.Starts[i], found.Ends[i]);
                var passage = passages.LastOrDefault(p => p.Start <= start);
                var left = Math.Max(0, start - options.Width);
                var right = Math.Min(text.Length, end + options.Width);
                lines.Add(new ConcordanceLine
                {
                    DocumentId = id,
                    Title = title,
                    Date = date,
                    Heading = passage?.Heading ?? string.Empty,
                    Start = start,
                    Left = Flat(text[left..start]),
                    Match = Flat(text[start..end]),
                    Right = Flat(text[end..right]),
                });
            }
        }

        return new Concordance
        {
            Phrase = phrase.Phrase,
            Matching = phrase.Matching,
            Occurrences = occurrences.Sum(o => (long)o.Starts.Length),
            Documents = occurrences.Count,
            Lines = lines,
        };
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}

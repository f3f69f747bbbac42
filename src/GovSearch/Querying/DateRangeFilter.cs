using GovSearch.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovSearch.Querying;

/// <summary>
/// Keeps documents whose date lies within [from, to] (yyyyMMdd numbers), read from the date's numeric doc values at
/// query time, so the index needs no extra field. A date known only to the month or the year matches when its whole
/// month or year lies within the range; undated documents never match.
/// </summary>
/// <param name="from">The first day, as yyyyMMdd; 0 for no lower bound.</param>
/// <param name="to">The last day, as yyyyMMdd; <see cref="int.MaxValue"/> for no upper bound.</param>
internal sealed class DateRangeFilter(int from, int to) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var dates = context.AtomicReader.GetNumericDocValues(FieldNames.Date);
        return dates is null ? null : new Matches(context.AtomicReader.MaxDoc, acceptDocs, dates, from, to);
    }

    /// <summary>Whether a date key (yyyyMMdd, unknown parts 00) lies wholly within [from, to].</summary>
    internal static bool Contains(long key, int from, int to)
    {
        var year = (int)(key / 10000);
        if (year is < 1 or > 9999)
        {
            return false;
        }

        var month = (int)(key / 100 % 100);
        var day = (int)(key % 100);
        var lastMonth = month == 0 ? 12 : month;
        var first = (year * 10000) + (Math.Max(month, 1) * 100) + Math.Max(day, 1);
        var last = (year * 10000) + (lastMonth * 100) + (day == 0 ? DateTime.DaysInMonth(year, lastMonth) : day);
        return first >= from && last <= to;
    }

    public override string ToString() => $"date:{from}..{to}";

    private sealed class Matches(int maxDoc, IBits? acceptDocs, NumericDocValues dates, int from, int to) : FieldCacheDocIdSet(maxDoc, acceptDocs)
    {
        protected override bool MatchDoc(int doc) => Contains(dates.Get(doc), from, to);
    }
}

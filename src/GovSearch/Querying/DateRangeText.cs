
namespace GovSearch.Querying;

/// <summary>
/// Reads a date range as people type it, FROM..TO (or one date, meaning that whole period), each end yyyy, yyyy-MM or
/// yyyy-MM-dd and either end open: the CLI's --date and the HTTP API's date parameter read it the same way.
/// </summary>
internal static class DateRangeText
{
    /// <summary>Reads FROM..TO into days: FROM taken from its first day and TO to its last; false when malformed or FROM is after TO.</summary>
    public static bool TryParse(string text, out DateOnly? from, out DateOnly? to)
    {
        from = to = null;
        if (!TrySplit(text, out var left, out var right))
        {
            return false;
        }

        if (left is not null)
        {
            if (!DocumentDate.TryParse(left, out var date))
            {
                return false;
            }

            from = new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1);
        }

        if (right is not null)
        {
            if (!DocumentDate.TryParse(right, out var date))
            {
                return false;
            }

            var month = date.Month ?? 12;
            to = new DateOnly(date.Year, month, date.Day ?? DateTime.DaysInMonth(date.Year, month));
        }

        return from is null || to is null || from <= to;
    }

    /// <summary>Splits FROM..TO into its ends (null when open); a single value is both ends.</summary>
    private static bool TrySplit(string text, out string? left, out string? right)
    {
        text = text.Trim();
        var range = text.IndexOf("..", StringComparison.Ordinal);
        if (range < 0)
        {
            left = right = text.Length > 0 ? text : null;
            return left is not null;
        }

        left = range > 0 ? text[..range] : null;
        right = range + 2 < text.Length ? text[(range + 2)..] : null;
        return left is not null || right is not null;
    }
}

using System.Globalization;

namespace GovSearch;

/// <summary>
/// A date known to the year, the month or the day. Governance texts are often dated only by year,
/// and GovSearch keeps that precision rather than inventing a day.
/// </summary>
public readonly record struct DocumentDate : IComparable<DocumentDate>
{
    /// <summary>Creates a date; <paramref name="month"/> and <paramref name="day"/> may be omitted.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a valid date between years 1 and 9999.</exception>
    public DocumentDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        }

        if (month is not null and (< 1 or > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }

        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day must exist in the given month, and a day needs a month.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1–12), or <see langword="null"/> when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or <see langword="null"/> when it is not known.</summary>
    public int? Day { get; }

    /// <summary>A sortable number: yyyyMMdd, with unknown parts as 00.</summary>
    internal int SortKey => (Year * 10000) + ((Month ?? 0) * 100) + (Day ?? 0);

    /// <summary>Reads "yyyy", "yyyy-MM" or "yyyy-MM-dd".</summary>
    /// <exception cref="FormatException">The text is not one of those forms or not a real date.</exception>
    public static DocumentDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.");

    /// <summary>Tries to read "yyyy", "yyyy-MM" or "yyyy-MM-dd".</summary>
    /// <returns><see langword="true"/> when <paramref name="text"/> is such a date.</returns>
    public static bool TryParse(string? text, out DocumentDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0 && parts[i].Length != 2)
            {
                return false;
            }

            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        var year = numbers[0];
        int? month = numbers.Length > 1 ? numbers[1] : null;
        int? day = numbers.Length > 2 ? numbers[2] : null;
        if (year < 1 || month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))))
        {
            return false;
        }

        date = new DocumentDate(year, month, day);
        return true;
    }

    /// <summary>Rebuilds a date from <see cref="SortKey"/>.</summary>
    internal static DocumentDate FromSortKey(int key)
    {
        var month = key / 100 % 100;
        var day = key % 100;
        return new DocumentDate(key / 10000, month == 0 ? null : month, day == 0 ? null : day);
    }

    /// <inheritdoc />
    public int CompareTo(DocumentDate other) => SortKey.CompareTo(other.SortKey);

    /// <summary>The date as "yyyy", "yyyy-MM" or "yyyy-MM-dd".</summary>
    public override string ToString() =>
        Day is not null ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : Month is not null ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);
}

using System.Text.RegularExpressions;

namespace GovSearch.Documents.Formats;

/// <summary>Reads the dates that documents state: in metadata values, and in labelled lines such as "发布时间：2024-03-15".</summary>
internal static partial class DateFinder
{
    /// <summary>Only this many leading characters of a text are searched for a labelled date.</summary>
    private const int SearchedCharacters = 3000;

    /// <summary>A date at the start of a metadata value: 2024-03-15, 2024/3/15, 2024.03.15, 2024年3月15日, 20240315, with any time after it.</summary>
    public static DocumentDate? FromValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = DateAtStart().Match(value.Trim());
        return match.Success ? Make(match) : null;
    }

    /// <summary>The first date in the text's first lines that a label (发布时间, 发布日期, 成文日期, 發布日期, Published, Date…)
    /// introduces; <see langword="null"/> when there is none.</summary>
    public static DocumentDate? Labelled(string text)
    {
        var match = LabelledDate().Match(text.Length <= SearchedCharacters ? text : text[..SearchedCharacters]);
        return match.Success ? Make(match) : null;
    }

    private static DocumentDate? Make(Match match)
    {
        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DocumentDate(year, month, day);
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})|(?<m>\d{2})(?<d>\d{2}))(?!\d)")]
    private static partial Regex DateAtStart();

    [GeneratedRegex(@"(?:发布时间|发布日期|發布時間|發布日期|成文日期|印发日期|公布日期|公告日期|日期|Published|Date)\s*[:：]\s*(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledDate();
}

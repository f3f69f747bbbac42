using System.Globalization;

namespace GovSearch;

/// <summary>
/// Which documents an analytics method looks at: the typed filters of <see cref="SearchOptions"/>, with the same
/// meaning (several values of one list are OR-ed, different filters AND-ed; types and sources compare trimmed and
/// case-insensitive; undated documents match no year or date bound).
/// </summary>
public sealed record DocumentFilter
{
    /// <summary>Every document: no filter.</summary>
    public static DocumentFilter All { get; } = new();

    /// <summary>Only documents in these languages (zh, zh-Hant, en, mixed). Default: empty, any language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Only documents of these types, such as law. Default: empty, any type.</summary>
    public IReadOnlyList<string> DocTypes { get; init; } = [];

    /// <summary>Only documents from these sources. Default: empty, any source.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only documents dated in this year or later (1 to 9,999). Default: <see langword="null"/>, no bound.</summary>
    public int? FromYear { get; init; }

    /// <summary>Only documents dated in this year or earlier (1 to 9,999). Default: <see langword="null"/>, no bound.</summary>
    public int? ToYear { get; init; }

    /// <summary>Only documents dated on or after this day (all of a year- or month-only date must lie within). Default: <see langword="null"/>.</summary>
    public DateOnly? FromDate { get; init; }

    /// <summary>Only documents dated on or before this day. Default: <see langword="null"/>.</summary>
    public DateOnly? ToDate { get; init; }

    /// <summary>Only the latest version of each law (documents with the same normalized title and different dates are
    /// versions of one law), so that a formulation kept through amendments counts once. Default: <see langword="false"/>, every version.</summary>
    public bool CurrentVersionsOnly { get; init; }

    /// <summary>Checks every value.</summary>
    /// <exception cref="ArgumentException">A value is out of range; the message names it and the allowed range.</exception>
    public void Validate() => Validate(nameof(DocumentFilter));

    /// <summary>Checks every value, naming them under <paramref name="owner"/> (such as UsageOptions.Filter).</summary>
    internal void Validate(string owner)
    {
        CheckValues(Languages, owner, nameof(Languages), DocumentLanguages.IsKnown, "one of " + string.Join(", ", DocumentLanguages.All));
        CheckValues(DocTypes, owner, nameof(DocTypes), v => !string.IsNullOrWhiteSpace(v), "a type that is not empty");
        CheckValues(Sources, owner, nameof(Sources), v => !string.IsNullOrWhiteSpace(v), "a source that is not empty");
        Check(FromYear is null or (>= 1 and <= 9999), owner, nameof(FromYear), FromYear, "between 1 and 9,999");
        Check(ToYear is null or (>= 1 and <= 9999), owner, nameof(ToYear), ToYear, "between 1 and 9,999");
        Check(FromYear is null || ToYear is null || FromYear <= ToYear, owner, nameof(FromYear), FromYear, $"at most ToYear ({ToYear})");
        Check(FromDate is null || ToDate is null || FromDate <= ToDate, owner, nameof(FromDate), FromDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"at most ToDate ({ToDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
    }

    /// <summary>The same filters as search options, so that they compile exactly as a search's do.</summary>
    internal SearchOptions AsSearchOptions() => new()
    {
        Languages = Languages,
        DocTypes = DocTypes,
        Sources = Sources,
        FromYear = FromYear,
        ToYear = ToYear,
        FromDate = FromDate,
        ToDate = ToDate,
        CurrentVersionsOnly = CurrentVersionsOnly,
    };

    private static void CheckValues(IReadOnlyList<string>? values, string owner, string name, Func<string, bool> allowed, string each)
    {
        Check(values is not null, owner, name, null, "a list (it may be empty)");
        Check(values!.Count <= 1000, owner, name, $"a list of {values.Count:N0} values", "at most 1,000 values");
        foreach (var value in values)
        {
            if (value is null || !allowed(value))
            {
                throw new ArgumentException($"{owner}.{name} holds {(value is null ? "null" : $"'{value}'")}; each value must be {each}.", name);
            }
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming <c>owner.name</c>, its value and the allowed range unless <paramref name="ok"/>.</summary>
    internal static void Check(bool ok, string owner, string name, object? value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentException($"{owner}.{name} is {value ?? "null"}; it must be {allowed}.", name);
        }
    }
}

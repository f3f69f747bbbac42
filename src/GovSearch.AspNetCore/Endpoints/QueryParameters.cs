using System.Globalization;
using GovSearch.Querying;
using Microsoft.AspNetCore.Http;

namespace GovSearch.AspNetCore.Endpoints;

/// <summary>
/// Reads query-string parameters by the names of the CLI's options (<c>limit</c> for <c>--limit</c>), and collects the
/// first problem as one sentence naming the parameter and what it allows, as the CLI's messages do.
/// </summary>
internal sealed class QueryParameters(IQueryCollection query)
{
    /// <summary>The first problem found, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The single value of a parameter, or null when absent; a repeated parameter is a problem.</summary>
    public string? Text(string name)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            Fail($"{name} may be given once; it was given {values.Count} times.");
        }

        return values.Count == 0 ? null : values[0];
    }

    /// <summary>The <c>year</c> parameter (2019 or 2015..2021, as the CLI's --year), or no bounds when absent.</summary>
    public (int? From, int? To) Years()
    {
        int? from = null, to = null;
        if (Text("year") is { } years && !QueryParser.TryParseYears(years.Trim(), out from, out to))
        {
            Fail("year must be YEAR or FROM..TO, such as 2019 or 2015..2021 (one end may be left open, FROM no later than TO).");
        }

        return (from, to);
    }

    /// <summary>The <c>date</c> parameter (2020-01..2021-06-30, as the CLI's --date), or no bounds when absent.</summary>
    public (DateOnly? From, DateOnly? To) Dates()
    {
        DateOnly? from = null, to = null;
        if (Text("date") is { } dates && !DateRangeText.TryParse(dates, out from, out to))
        {
            Fail("date must be FROM..TO with dates as yyyy, yyyy-MM or yyyy-MM-dd, such as 2020-01-01..2021-06-30 (one end may be left open, FROM no later than TO).");
        }

        return (from, to);
    }

    /// <summary>The repeatable <c>lang</c> parameter, each value a known language.</summary>
    public IReadOnlyList<string> Languages() => List("lang", DocumentLanguages.IsKnown, $"one of {string.Join(", ", DocumentLanguages.All)}");

    /// <summary>The repeatable <c>type</c> parameter, each value not empty.</summary>
    public IReadOnlyList<string> DocTypes() => List("type", v => !string.IsNullOrWhiteSpace(v), "a type that is not empty");

    /// <summary>The repeatable <c>source</c> parameter, each value not empty.</summary>
    public IReadOnlyList<string> Sources() => List("source", v => !string.IsNullOrWhiteSpace(v), "a source that is not empty");

    /// <summary>Every value of a repeatable parameter (lang=zh&amp;lang=en), each one checked.</summary>
    public IReadOnlyList<string> List(string name, Func<string, bool> allowed, string each)
    {
        var values = query[name];
        var list = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (value is null || !allowed(value))
            {
                Fail($"{name} must be {each}; '{value}' is not.");
            }
            else
            {
                list.Add(value);
            }
        }

        return list;
    }

    /// <summary>An integer between two bounds, or the default when absent.</summary>
    public int Integer(string name, int fallback, int minimum, int maximum)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {minimum:N0} and {maximum:N0} (it was '{Shorten(text)}')."));
            return fallback;
        }

        return value;
    }

    /// <summary>A switch: absent is false; present with no value, true or 1 is true; false or 0 is false.</summary>
    public bool Flag(string name)
    {
        switch (Text(name))
        {
            case null:
            case "false" or "0":
                return false;
            case "" or "true" or "1":
                return true;
            case var other:
                Fail($"{name} must be true or false (it was '{Shorten(other)}').");
                return false;
        }
    }

    /// <summary>One of a list of words, or the default when absent.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        var text = Text(name) ?? fallback;
        if (!allowed.Contains(text, StringComparer.Ordinal))
        {
            Fail($"{name} must be one of {string.Join(", ", allowed)} (it was '{Shorten(text)}').");
            return fallback;
        }

        return text;
    }

    /// <summary>Records a problem; only the first is kept.</summary>
    public void Fail(string problem) => Problem ??= problem;

    /// <summary>A value cut for a message, so a hostile parameter cannot fill the answer.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}

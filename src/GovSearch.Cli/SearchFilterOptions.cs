using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using GovSearch.Analytics;
using GovSearch.Documents;
using GovSearch.Querying;

namespace GovSearch.Cli;

/// <summary>
/// The filter and syntax options that <c>search</c>, <c>batch</c> and <c>explain</c> share: --lang, --type, --source
/// (repeat for several: OR), --year, --date and --literal. A bad value fails parsing with a message naming the option
/// (exit code 2, usage).
/// </summary>
internal sealed class SearchFilterOptions
{
    private readonly Option<string[]> _languages = new("--lang")
    {
        Description = $"Only documents in this language ({string.Join(", ", DocumentLanguages.All)}); repeat for several.",
    };

    private readonly Option<string[]> _types = new("--type") { Description = "Only documents of this type, such as law (case-insensitive); repeat for several." };

    private readonly Option<string[]> _sources = new("--source") { Description = "Only documents from this source (case-insensitive, whole value); repeat for several." };

    private readonly Option<string?> _years = new("--year") { Description = "Only documents dated in this year or range: 2019, 2015..2021, 2015.. or ..2021." };

    private readonly Option<string?> _dates = new("--date")
    {
        Description = "Only documents dated within this range: 2020-01-01..2021-06-30 (yyyy, yyyy-MM or yyyy-MM-dd; either end may be open); "
            + "a document dated only to a year or month matches when all of it lies within.",
    };

    private readonly Option<string[]> _cites = new("--cites") { Description = "Only documents citing this law, by title with or without 中华人民共和国 (数据安全法); repeat for several." };

    private readonly Option<bool> _current = new("--current") { Description = "Only the latest version of each law (documents with the same title and an earlier date are left out)." };

    private readonly Option<bool> _literal = new("--literal") { Description = "Search the query's words as they are: no operators, fields, quotes or brackets." };

    public SearchFilterOptions()
    {
        _languages.Validators.Add(result => Check(result, "--lang", v => DocumentLanguages.IsKnown(v), $"one of {string.Join(", ", DocumentLanguages.All)}"));
        _types.Validators.Add(result => Check(result, "--type", v => !string.IsNullOrWhiteSpace(v), "a type that is not empty"));
        _sources.Validators.Add(result => Check(result, "--source", v => !string.IsNullOrWhiteSpace(v), "a source that is not empty"));
        _cites.Validators.Add(result => Check(result, "--cites", v => !string.IsNullOrWhiteSpace(v), "a law title that is not empty"));
        _years.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !TryParseYears(value, out _, out _))
            {
                result.AddError($"--year must be YEAR or FROM..TO, such as 2019 or 2015..2021 (one end may be left open, FROM no later than TO); '{value}' is not.");
            }
        });
        _dates.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !TryParseDates(value, out _, out _))
            {
                result.AddError($"--date must be FROM..TO with dates as yyyy, yyyy-MM or yyyy-MM-dd, such as 2020-01-01..2021-06-30 (one end may be left open, FROM no later than TO); '{value}' is not.");
            }
        });
    }

    /// <summary>Adds the options to a verb: without --cites and --literal for verbs that take no query, and without --year and
    /// --date for verbs that give --year a meaning of their own.</summary>
    public void AddTo(Command command, bool query = true, bool dates = true)
    {
        command.Options.Add(_languages);
        command.Options.Add(_types);
        command.Options.Add(_sources);
        if (dates)
        {
            command.Options.Add(_years);
            command.Options.Add(_dates);
        }

        command.Options.Add(_current);
        if (query)
        {
            command.Options.Add(_cites);
            command.Options.Add(_literal);
        }
    }

    /// <summary>The parsed filters as the analytics methods take them.</summary>
    public DocumentFilter Filter(ParseResult parse)
    {
        var options = Apply(parse, SearchOptions.Default);
        return new DocumentFilter
        {
            Languages = options.Languages,
            DocTypes = options.DocTypes,
            Sources = options.Sources,
            FromYear = options.FromYear,
            ToYear = options.ToYear,
            FromDate = options.FromDate,
            ToDate = options.ToDate,
            CurrentVersionsOnly = options.CurrentVersionsOnly,
        };
    }

    /// <summary>The options with the parsed filters and syntax applied (the values were validated while parsing).</summary>
    public SearchOptions Apply(ParseResult parse, SearchOptions options)
    {
        int? fromYear = null, toYear = null;
        DateOnly? fromDate = null, toDate = null;
        if (parse.GetValue(_years) is { } years)
        {
            TryParseYears(years, out fromYear, out toYear);
        }

        if (parse.GetValue(_dates) is { } dates)
        {
            TryParseDates(dates, out fromDate, out toDate);
        }

        return options with
        {
            Languages = parse.GetValue(_languages) ?? [],
            DocTypes = parse.GetValue(_types) ?? [],
            Sources = parse.GetValue(_sources) ?? [],
            Cites = parse.GetValue(_cites) ?? [],
            CurrentVersionsOnly = parse.GetValue(_current),
            FromYear = fromYear,
            ToYear = toYear,
            FromDate = fromDate,
            ToDate = toDate,
            Syntax = parse.GetValue(_literal) ? QuerySyntax.Literal : QuerySyntax.Full,
        };
    }

    /// <summary>Reads 2019, 2015..2021, 2015.. or ..2021, as the year: filter of the query language does.</summary>
    public static bool TryParseYears(string text, out int? from, out int? to) => QueryParser.TryParseYears(text.Trim(), out from, out to);

    /// <summary>Reads FROM..TO (or one date, meaning that period), as the HTTP API's date parameter does.</summary>
    public static bool TryParseDates(string text, out DateOnly? from, out DateOnly? to) => DateRangeText.TryParse(text, out from, out to);

    private static void Check(OptionResult result, string name, Func<string, bool> allowed, string each)
    {
        foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
        {
            if (!allowed(value))
            {
                result.AddError($"{name} must be {each}; '{value}' is not.");
                return;
            }
        }
    }
}

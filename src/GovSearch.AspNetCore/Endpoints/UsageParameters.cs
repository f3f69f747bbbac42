using GovSearch.Querying;
using Microsoft.AspNetCore.Http;

namespace GovSearch.AspNetCore.Endpoints;

/// <summary>
/// The parameters of <c>GET api/usage</c>: those of <c>govsearch usage --json</c>, named as its options are: phrase
/// (repeatable, at least one), by (year, source, type), lang, type, source (repeatable), year, date and current.
/// </summary>
internal static class UsageParameters
{
    /// <summary>Reads the phrases and their options, or returns the first problem.</summary>
    public static (IReadOnlyList<string> Phrases, UsageOptions Options)? Read(IQueryCollection query, out string? problem)
    {
        var read = new QueryParameters(query);
        var phrases = read.List("phrase", p => !string.IsNullOrWhiteSpace(p) && p.Length <= UsageOptions.MaximumPhraseLength,
            $"a phrase of 1 to {UsageOptions.MaximumPhraseLength} characters");
        if (phrases.Count == 0)
        {
            read.Fail("phrase is required: one or more exact phrases (repeat phrase=… for several).");
        }
        else if (phrases.Count > UsageOptions.MaximumPhrases)
        {
            read.Fail($"phrase may be given at most {UsageOptions.MaximumPhrases} times (it was given {phrases.Count}).");
        }

        int? fromYear = null, toYear = null;
        if (read.Text("year") is { } years && !QueryParser.TryParseYears(years.Trim(), out fromYear, out toYear))
        {
            read.Fail("year must be YEAR or FROM..TO, such as 2019 or 2015..2021 (one end may be left open, FROM no later than TO).");
        }

        DateOnly? fromDate = null, toDate = null;
        if (read.Text("date") is { } dates && !DateRangeText.TryParse(dates, out fromDate, out toDate))
        {
            read.Fail("date must be FROM..TO with dates as yyyy, yyyy-MM or yyyy-MM-dd, such as 2020-01-01..2021-06-30 (one end may be left open, FROM no later than TO).");
        }

        var options = new UsageOptions
        {
            By = read.Choice("by", "year", "year", "source", "type") switch
            {
                "source" => UsageDimension.Source,
                "type" => UsageDimension.DocType,
                _ => UsageDimension.Year,
            },
            Filter = new DocumentFilter
            {
                Languages = read.List("lang", DocumentLanguages.IsKnown, $"one of {string.Join(", ", DocumentLanguages.All)}"),
                DocTypes = read.List("type", v => !string.IsNullOrWhiteSpace(v), "a type that is not empty"),
                Sources = read.List("source", v => !string.IsNullOrWhiteSpace(v), "a source that is not empty"),
                FromYear = fromYear,
                ToYear = toYear,
                FromDate = fromDate,
                ToDate = toDate,
                CurrentVersionsOnly = read.Flag("current"),
            },
        };

        problem = read.Problem;
        return problem is null ? (phrases, options) : null;
    }
}

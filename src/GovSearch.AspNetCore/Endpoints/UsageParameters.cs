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

        var (fromYear, toYear) = read.Years();
        var (fromDate, toDate) = read.Dates();

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
                Languages = read.Languages(),
                DocTypes = read.DocTypes(),
                Sources = read.Sources(),
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

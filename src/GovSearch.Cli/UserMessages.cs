using System.Globalization;
using System.Text.RegularExpressions;
using GovSearch.Storage;

namespace GovSearch.Cli;

/// <summary>
/// Rewrites the library's messages, which are written for programmers (they name option classes and properties), into
/// sentences for people at the command line, which name the command-line option instead.
/// </summary>
internal static partial class UserMessages
{
    /// <summary>Library settings the tool exposes as options, with the option's name and its allowed range.</summary>
    private static readonly Dictionary<string, (string Option, string Range)> Exposed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Limit"] = ("--limit", "between 1 and 1000"),
        ["Offset"] = ("--offset", "between 0 and 100000"),
        ["IndexingThreads"] = ("--threads", "between 1 and 64"),
        ["NumberOfTopics"] = ("--topics", "between 2 and 500"),
        ["GlossaryWeight"] = ("--glossary-weight", "between 0 and 1"),
        ["SynonymWeight"] = ("--synonym-weight", "between 0 and 1"),
    };

    /// <summary>The message for a missing index: where it was looked for, and how to create one.</summary>
    /// <summary>The error for an id the index does not hold (the library answers null); mapped to <see cref="ExitCodes.NotFound"/>.</summary>
    public static KeyNotFoundException NoDocument(string id) => new($"No document with id '{id}' is in the index.");

    public static string For(IndexMissingException e) =>
        $"no index at {e.Path}; create one with govsearch index FILES --index {e.Path}.";

    /// <summary>The message for a bad setting: the option it came from and its allowed range, or the setting's name as
    /// written in an --options file when no option exposes it.</summary>
    public static string For(ArgumentException e)
    {
        var match = LibraryRange().Match(e.Message);
        var name = e.ParamName ?? (match.Success ? match.Groups["name"].Value : null);
        if (name is not null && Exposed.TryGetValue(name, out var exposed))
        {
            var given = match.Success ? $" (it was {match.Groups["value"].Value})" : e is ArgumentOutOfRangeException { ActualValue: { } actual }
                ? string.Create(CultureInfo.InvariantCulture, $" (it was {actual})")
                : string.Empty;
            return $"{exposed.Option} must be {exposed.Range}{given}.";
        }

        return Setting(e);
    }

    /// <summary>The message for a bad setting as named in an --options file (camelCase), such as "titleBoost is 300; it
    /// must be between 0 and 100."; any other message without its parameter and class names.</summary>
    public static string Setting(ArgumentException e)
    {
        var match = LibraryRange().Match(e.Message);
        if (match.Success)
        {
            var setting = char.ToLowerInvariant(match.Groups["name"].Value[0]) + match.Groups["name"].Value[1..];
            return $"{setting} is {match.Groups["value"].Value}; it must be {match.Groups["range"].Value}.";
        }

        return Plain(StripParameter(e.Message, e.ParamName));
    }

    /// <summary>System.CommandLine's "Argument 'dat' not recognized. Must be one of: 'relevance' 'date'" as "--sort 'dat' is
    /// not one of relevance, date; did you mean 'date'?"; any other message unchanged.</summary>
    public static string NotAmong(string message, string? option)
    {
        var match = NotRecognized().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var given = match.Groups["given"].Value;
        var allowed = match.Groups["allowed"].Captures.Select(c => c.Value).ToArray();
        var nearest = allowed
            .Select(a => (a, distance: Typos.Distance(given, a)))
            .Where(a => a.distance <= 2)
            .OrderBy(a => a.distance)
            .Select(a => a.a)
            .FirstOrDefault();
        return $"{option ?? "the value"} '{given}' is not one of {string.Join(", ", allowed)}{(nearest is null ? "." : $"; did you mean '{nearest}'?")}";
    }

    /// <summary>Any other library message, without references to option classes such as "(SearchOptions.MaximumQueryTerms)".</summary>
    public static string Plain(string message) => LibraryReference().Replace(message, string.Empty);

    private static string StripParameter(string message, string? parameter) =>
        parameter is null ? message : message.Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal);

    /// <summary>"SearchOptions.Limit is 0; it must be between 1 and 1,000." and its kin.</summary>
    [GeneratedRegex(@"^\w+Options\.(?<name>\w+) is (?<value>.*?); it must be (?<range>.*?)\.(?: \(Parameter '\w+'\))?$", RegexOptions.Singleline)]
    private static partial Regex LibraryRange();

    /// <summary>System.CommandLine's message for a value outside an option's list.</summary>
    [GeneratedRegex(@"^Argument '(?<given>[^']*)' not recognized\. Must be one of:(?:\s*'(?<allowed>[^']*)')+\s*$")]
    private static partial Regex NotRecognized();

    /// <summary>" (SearchOptions.MaximumQueryTerms)" inside a sentence.</summary>
    [GeneratedRegex(@" ?\(\w+Options\.\w+\)")]
    private static partial Regex LibraryReference();
}

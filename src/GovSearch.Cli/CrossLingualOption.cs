using System.CommandLine;
using GovSearch.Querying;

namespace GovSearch.Cli;

/// <summary>
/// The <c>--cross-lingual off|auto|only</c> option of <c>search</c>, <c>batch</c>, <c>explain</c> and <c>eval</c>:
/// <see cref="SearchOptions.CrossLingual"/>. Another value fails parsing with a message listing the allowed ones.
/// </summary>
internal static class CrossLingualOption
{
    /// <summary>Creates the option; left out, it reads as <see langword="null"/> (the verb's own default).</summary>
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--cross-lingual")
        {
            Description = "Also search the query's English<->Chinese translation: off (default), auto (the query OR its translation, "
                + "in one calibrated list), only (just the translation; an English query finds Chinese documents).",
        };
        option.AcceptOnlyFromAmong("off", "auto", "only");
        return option;
    }

    /// <summary>The mode a value names, or <see langword="null"/> when the option was left out.</summary>
    public static CrossLingualMode? Parse(string? value) => value switch
    {
        "auto" => CrossLingualMode.Auto,
        "only" => CrossLingualMode.Only,
        "off" => CrossLingualMode.Off,
        _ => null,
    };
}

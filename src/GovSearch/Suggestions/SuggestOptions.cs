using System.Globalization;

namespace GovSearch;

/// <summary>Settings of <see cref="GovSearchIndex.SuggestAsync"/>.</summary>
/// <remarks>
/// <para><b>Matching.</b> The prefix and every candidate are compared after the same folding: full-width to half-width,
/// traditional to simplified Chinese, lower case, runs of white space as one space, no space between two Chinese characters. So <c>數據</c> completes to
/// <c>数据安全法</c> and <c>RULE OF</c> to <c>rule of law</c>.</para>
/// <para><b>Score.</b> For a candidate found as a whole title in <c>t</c> documents, as a title part in <c>p</c>, as a
/// heading in <c>h</c>, as a protected formulation in <c>f</c> and as a multi-word term in <c>m</c>:
/// <c>score = 6·ln(1+t) + 5·ln(1+p) + 1.5·ln(1+h) + 3·ln(1+f) + ln(1+m)</c>: frequency on a log scale, with a title
/// worth about as much as a term that 60 documents hold. Ties go to the shorter text, then to ordinal order. Multi-word terms are counted in the first 2,000 characters of each text and kept when at least 3 documents
/// hold them.</para>
/// <para><b>Freshness.</b> The candidates are gathered from the last commit the index sees, once per commit, on the
/// first suggestion asked for after it; later calls look them up in memory.</para>
/// </remarks>
public sealed record SuggestOptions
{
    /// <summary>The largest <see cref="Limit"/>: 100.</summary>
    public const int MaximumLimit = 100;

    /// <summary>The default options.</summary>
    public static SuggestOptions Default { get; } = new();

    /// <summary>How many suggestions at most: 1 to <see cref="MaximumLimit"/>. Default: 10.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Which sources to draw from; at least one. Default: <see cref="SuggestionSources.All"/>.</summary>
    public SuggestionSources Sources { get; init; } = SuggestionSources.All;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        if (Limit is < 1 or > MaximumLimit)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"SuggestOptions.Limit is {Limit}; it must be between 1 and {MaximumLimit}."), nameof(Limit));
        }

        if ((Sources & SuggestionSources.All) == SuggestionSources.None || (Sources & ~SuggestionSources.All) != 0)
        {
            throw new ArgumentException(
                $"SuggestOptions.Sources is {Sources}; it must be one or more of Title, TitlePart, Heading, ProtectedTerm, Phrase.", nameof(Sources));
        }
    }
}

using GovSearch.Analytics;

namespace GovSearch.Tests.Analytics;

/// <summary>Every default of the analytics options, and validation messages that name the option and its range.</summary>
public sealed class AnalyticsOptionsTests
{
    [Fact]
    public void Defaults_AreAsDocumented()
    {
        Assert.Equal(UsageDimension.Year, UsageOptions.Default.By);
        Assert.Same(DocumentFilter.All, UsageOptions.Default.Filter);
        Assert.Equal(30, ConcordanceOptions.Default.Width);
        Assert.Equal(100, ConcordanceOptions.Default.MaximumLines);
        var emerging = new EmergingTermsOptions { Year = 2019 };
        Assert.Equal(30, emerging.MaximumTerms);
        Assert.Equal(5, emerging.MinimumCount);
        Assert.Equal(3, emerging.MaximumWords);
        Assert.Empty(DocumentFilter.All.Languages);
        Assert.Null(DocumentFilter.All.FromYear);
    }

    [Theory]
    [InlineData("width", "ConcordanceOptions.Width is 501; it must be between 0 and 500.")]
    [InlineData("lines", "ConcordanceOptions.MaximumLines is 0; it must be between 1 and 10,000.")]
    [InlineData("year", "EmergingTermsOptions.Year is 0; it must be between 1 and 9,999.")]
    [InlineData("words", "EmergingTermsOptions.MaximumWords is 6; it must be between 1 and 5.")]
    [InlineData("language", "UsageOptions.Filter.Languages holds 'xx'; each value must be one of zh, zh-Hant, en, mixed.")]
    [InlineData("years", "UsageOptions.Filter.FromYear is 2021; it must be at most ToYear (2019).")]
    public void Validate_NamesTheOptionAndItsRange(string which, string message)
    {
        Action validate = which switch
        {
            "width" => () => new ConcordanceOptions { Width = 501 }.Validate(),
            "lines" => () => new ConcordanceOptions { MaximumLines = 0 }.Validate(),
            "year" => () => new EmergingTermsOptions { Year = 0 }.Validate(),
            "words" => () => new EmergingTermsOptions { Year = 2019, MaximumWords = 6 }.Validate(),
            "language" => () => new UsageOptions { Filter = new DocumentFilter { Languages = ["xx"] } }.Validate(),
            _ => () => new UsageOptions { Filter = new DocumentFilter { FromYear = 2021, ToYear = 2019 } }.Validate(),
        };

        Assert.Equal(message, Assert.Throws<ArgumentException>(validate).Message.Split(" (Parameter")[0]);
    }
}

using GovSearch.Analysis;
using Xunit;

namespace GovSearch.Tests.Analysis;

public sealed class AnalysisOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new AnalysisOptions();

        Assert.True(options.ConvertTraditional);
        Assert.Same(AnalysisOptions.DefaultProtectedTerms, options.ProtectedTerms);
        Assert.True(options.RemoveEnglishStopWords);
        Assert.True(options.StemEnglish);
        Assert.True(options.CharacterBigrams);
        Assert.Empty(options.UserWords);
        Assert.Equal(options, AnalysisOptions.Default);

        // A new option must get its default asserted here.
        Assert.Equal(
            ["CharacterBigrams", "ConvertTraditional", "ProtectedTerms", "RemoveEnglishStopWords", "StemEnglish", "UserWords"],
            typeof(AnalysisOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DefaultProtectedTerms_AreValidDistinctAndHoldTheKnownSlogans()
    {
        var terms = AnalysisOptions.DefaultProtectedTerms;

        new AnalysisOptions().Validate();
        Assert.Equal(terms.Count, terms.Distinct(StringComparer.Ordinal).Count());
        Assert.All(terms, t => Assert.Equal(t, TextNormalizer.Normalize(t)));
        foreach (var slogan in new[] { "四个全面", "两个维护", "依法治国", "全面依法治国", "国家治理体系和治理能力现代化" })
        {
            Assert.Contains(slogan, terms);
        }
    }

    [Fact]
    public void Validate_RejectsNullProtectedTerms_NamingTheOption()
    {
        var options = new AnalysisOptions { ProtectedTerms = null! };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("ProtectedTerms", error.ParamName);
        Assert.StartsWith("AnalysisOptions.ProtectedTerms must not be null; use an empty list for none.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RejectsMoreThan10000Terms_NamingTheOptionAndTheLimit()
    {
        var terms = Enumerable.Range(0, 10_001).Select(i => new string([(char)(0x4E00 + (i / 100)), (char)(0x4E00 + (i % 100))])).ToList();
        var options = new AnalysisOptions { ProtectedTerms = terms };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("ProtectedTerms", error.ParamName);
        Assert.StartsWith("AnalysisOptions.ProtectedTerms has 10,001 terms; at most 10,000 are allowed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Accepts10000Terms()
    {
        var terms = Enumerable.Range(0, 10_000).Select(i => new string([(char)(0x4E00 + (i / 100)), (char)(0x4E00 + (i % 100))])).ToList();

        new AnalysisOptions { ProtectedTerms = terms }.Validate();
    }

    [Theory]
    [InlineData("法")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三")]
    [InlineData("GDP")]
    [InlineData("中国a")]
    [InlineData("𠀀𠀁")]
    [InlineData("")]
    public void Validate_RejectsATermThatIsNot2To32HanCharacters_NamingTheTerm(string term)
    {
        var options = new AnalysisOptions { ProtectedTerms = ["依法治国", term] };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("ProtectedTerms", error.ParamName);
        Assert.StartsWith($"AnalysisOptions.ProtectedTerms contains '{term}': each term must be 2 to 32 Han characters.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RejectsANullTerm()
    {
        var options = new AnalysisOptions { ProtectedTerms = ["依法治国", null!] };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.StartsWith("AnalysisOptions.ProtectedTerms contains '': each term must be 2 to 32 Han characters.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AcceptsNoProtectedTermsAndTermsOf2And32Characters()
    {
        new AnalysisOptions { ProtectedTerms = [] }.Validate();
        new AnalysisOptions { ProtectedTerms = ["法治", new string('法', 32), "國家治理"] }.Validate();
    }

    [Fact]
    public void Describe_ListsEverySettingWithNormalizedSortedDistinctTerms()
    {
        var options = new AnalysisOptions { ProtectedTerms = ["國家治理", "国家治理", "依法治国"], StemEnglish = false };

        Assert.Equal("traditional=convert;stop=english;stem=none;protected=依法治国,国家治理;bigrams=han", options.Describe());
    }

    [Fact]
    public void Describe_RoundTripsThroughFromDescription()
    {
        AnalysisOptions[] all =
        [
            AnalysisOptions.Default,
            new() { ConvertTraditional = false, RemoveEnglishStopWords = false, StemEnglish = false, ProtectedTerms = [] },
            new() { ProtectedTerms = ["一带一路", "一带一路倡议"] },
            new() { CharacterBigrams = false },
        ];

        foreach (var options in all)
        {
            var restored = AnalysisOptions.FromDescription(options.Describe());

            Assert.NotNull(restored);
            Assert.Equal(options.Describe(), restored.Describe());
            Assert.Equal(options.Fingerprint(), restored.Fingerprint());
            Assert.Equal(options.CharacterBigrams, restored.CharacterBigrams);
        }
    }

    [Fact]
    public void Describe_NamesBigramsOnlyWhenOn_SoIndexesWithoutThemKeepTheirRecordedSettings()
    {
        // The form written before the bigram setting existed: an index that recorded it must open as it was.
        const string recordedBefore = "traditional=convert;stop=english;stem=porter;protected=依法治国";
        var without = new AnalysisOptions { ProtectedTerms = ["依法治国"], CharacterBigrams = false };

        Assert.Equal(recordedBefore, without.Describe());
        Assert.False(AnalysisOptions.FromDescription(recordedBefore)!.CharacterBigrams);
        Assert.Equal(recordedBefore + ";bigrams=han", (without with { CharacterBigrams = true }).Describe());
        Assert.NotEqual(without.Fingerprint(), (without with { CharacterBigrams = true }).Fingerprint());
    }

    [Theory]
    [InlineData("")]
    [InlineData("traditional=convert;stop=english")]
    [InlineData("not a description")]
    public void FromDescription_ReturnsNullForIncompleteText(string description)
    {
        Assert.Null(AnalysisOptions.FromDescription(description));
    }

    [Fact]
    public void Fingerprint_Is16LowercaseHexDigitsAndChangesWithTheSettings()
    {
        var fingerprint = AnalysisOptions.Default.Fingerprint();

        Assert.Matches("^[0-9a-f]{16}$", fingerprint);
        Assert.Equal(fingerprint, new AnalysisOptions().Fingerprint());
        Assert.NotEqual(fingerprint, new AnalysisOptions { StemEnglish = false }.Fingerprint());
        Assert.NotEqual(fingerprint, new AnalysisOptions { ProtectedTerms = ["依法治国"] }.Fingerprint());
    }
}

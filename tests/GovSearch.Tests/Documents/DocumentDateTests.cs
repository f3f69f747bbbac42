using GovSearch.Documents;
using Xunit;

namespace GovSearch.Tests.Documents;

public sealed class DocumentDateTests
{
    [Theory]
    [InlineData("2021", 2021, null, null)]
    [InlineData("2021-06", 2021, 6, null)]
    [InlineData("2021-06-10", 2021, 6, 10)]
    [InlineData("0001", 1, null, null)]
    [InlineData("1954-09-15", 1954, 9, 15)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Parse_ReadsEachPrecisionAndToStringWritesItBack(string text, int year, int? month, int? day)
    {
        var date = DocumentDate.Parse(text);

        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(text, date.ToString());
        Assert.Equal(date, DocumentDate.Parse(date.ToString()));
    }

    [Fact]
    public void TryParse_TrimsSurroundingWhitespace()
    {
        Assert.True(DocumentDate.TryParse(" 2019-03-05\t", out var date));
        Assert.Equal(new DocumentDate(2019, 3, 5), date);
    }

    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("2019-02-29")]
    [InlineData("2020-13")]
    [InlineData("2020-00")]
    [InlineData("2020-01-00")]
    [InlineData("2020-04-31")]
    [InlineData("20-01-01")]
    [InlineData("20201")]
    [InlineData("2020-1")]
    [InlineData("2020-01-1")]
    [InlineData("2020-01-01-01")]
    [InlineData("2020/01/01")]
    [InlineData("0000")]
    [InlineData("+202")]
    [InlineData("２０２０")]
    [InlineData("2020年")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParse_RejectsTextThatIsNotARealDateOfTheThreeForms(string? text)
    {
        Assert.False(DocumentDate.TryParse(text, out var date));
        Assert.Equal(default, date);
    }

    [Fact]
    public void Parse_ThrowsAFormatExceptionNamingTheText()
    {
        var error = Assert.Throws<FormatException>(() => DocumentDate.Parse("2020-02-30"));

        Assert.Equal("'2020-02-30' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.", error.Message);
    }

    [Theory]
    [InlineData(0, null, null, "year")]
    [InlineData(10000, null, null, "year")]
    [InlineData(2020, 0, null, "month")]
    [InlineData(2020, 13, null, "month")]
    [InlineData(2020, 2, 30, "day")]
    [InlineData(2020, null, 1, "day")]
    [InlineData(2020, 1, 0, "day")]
    public void Constructor_RejectsPartsOutOfRange_NamingThePart(int year, int? month, int? day, string part)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentDate(year, month, day));

        Assert.Equal(part, error.ParamName);
    }

    [Fact]
    public void CompareTo_PutsAYearBeforeItsMonthsAndAMonthBeforeItsDays()
    {
        DocumentDate[] dates = [DocumentDate.Parse("2021-01-01"), DocumentDate.Parse("2020-12"), DocumentDate.Parse("2021"), DocumentDate.Parse("2020"), DocumentDate.Parse("2021-01")];

        var sorted = dates.Order().Select(d => d.ToString());

        Assert.Equal(["2020", "2020-12", "2021", "2021-01", "2021-01-01"], sorted);
    }

    [Theory]
    [InlineData("2021", 20210000)]
    [InlineData("2021-06", 20210600)]
    [InlineData("2021-06-10", 20210610)]
    public void SortKey_RoundTripsThroughFromSortKey(string text, int key)
    {
        var date = DocumentDate.Parse(text);

        Assert.Equal(key, date.SortKey);
        Assert.Equal(date, DocumentDate.FromSortKey(key));
    }
}

using GovSearch.CrossLingual;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.CrossLingual;

public sealed class TranslationTableTests
{
    private static TranslationTable Sample() => new(
        new Dictionary<string, IReadOnlyList<TermTranslation>>
        {
            ["econom"] = [new("经济", 0.8), new("国民经济", 0.2)],
            ["nation peopl congress"] = [new("全国 人民 代表大会", 1)],
        },
        new Dictionary<string, IReadOnlyList<TermTranslation>> { ["改革"] = [new("reform", 1)] });

    [Fact]
    public void WriteThenRead_GivesTheSameEntries()
    {
        using var text = new StringWriter();
        Sample().Write(text);

        var read = TranslationTable.Read(new StringReader(text.ToString()), "sample");

        AssertSameAsSample(read);
    }

    [Fact]
    public void SaveThenLoad_RoundTripsPlainAndGzipFiles()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "table.tsv", "table.tsv.gz" })
        {
            var path = Path.Combine(folder.Path, name);
            Sample().Save(path);

            AssertSameAsSample(TranslationTable.Load(path));
        }

        Assert.StartsWith(TranslationTable.Header, File.ReadAllText(Path.Combine(folder.Path, "table.tsv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesAFileWithoutTheHeader()
    {
        var error = Assert.Throws<InvalidDataException>(() => TranslationTable.Read(new StringReader("en-zh\tecon\t经济\t1\n"), "x.tsv"));

        Assert.Equal("'x.tsv' is not a GovSearch translation table: its first line must be '# govsearch translations v1'.", error.Message);
    }

    [Fact]
    public void Read_NamesTheBadLine()
    {
        var text = TranslationTable.Header + "\nen-zh\tecon\t经济\t0.5\nen-fr\tecon\téconomie\t0.5\n";

        var error = Assert.Throws<InvalidDataException>(() => TranslationTable.Read(new StringReader(text), "x.tsv"));

        Assert.StartsWith("Line 3 of 'x.tsv'", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSameAsSample(TranslationTable table)
    {
        Assert.Equal([new("经济", 0.8), new("国民经济", 0.2)], table.Translate(TranslationDirection.EnglishToChinese, "econom"));
        Assert.Equal([new("全国 人民 代表大会", 1)], table.Translate(TranslationDirection.EnglishToChinese, "nation peopl congress"));
        Assert.Equal([new("reform", 1)], table.Translate(TranslationDirection.ChineseToEnglish, "改革"));
        Assert.Empty(table.Translate(TranslationDirection.ChineseToEnglish, "econom"));
        Assert.Equal(2, table.Count(TranslationDirection.EnglishToChinese));
    }
}

namespace GovSearch.Tests.Documents.Formats;

/// <summary>
/// Golden expectations for each fixture made by a real tool: its title, date, and the passages it is cut into, with
/// their headings and text (TestData/Formats/golden/NAME.txt). A golden file changes only on purpose, in its own
/// commit: run with GOVSEARCH_UPDATE_GOLDEN set to the repository's tests/GovSearch.Tests/TestData/Formats/golden
/// folder to rewrite them, then read the diff.
/// </summary>
public sealed class FormatGoldenTests
{
    public static TheoryData<string> Fixtures() =>
    [
        "law-zh.docx", "law-zh.pdf", "report-hant.docx", "report-hant.pdf", "report-en.pdf",
        "gov-notice.html", "gov-notice-gbk.html", "notice-hant.html", "plain-gbk.txt", "plain-big5.txt",
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Load_GivesTheGoldenTitleDateAndPassages(string name)
    {
        var actual = FormatFixtures.Describe(await FormatFixtures.LoadAsync(name));

        if (Environment.GetEnvironmentVariable("GOVSEARCH_UPDATE_GOLDEN") is { Length: > 0 } folder)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".txt"), actual);
        }

        var expected = await File.ReadAllTextAsync(FormatFixtures.Path(Path.Combine("golden", name + ".txt")));
        Assert.Equal(expected, actual);
    }
}

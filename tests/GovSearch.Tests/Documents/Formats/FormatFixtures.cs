using System.Text;
using GovSearch.Documents;

namespace GovSearch.Tests.Documents.Formats;

/// <summary>The format fixtures made by real tools (TestData/Formats, see its README.md and make-fixtures.sh).</summary>
internal static class FormatFixtures
{
    /// <summary>The fixture folder in the test output.</summary>
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "Formats");

    /// <summary>A fixture's path.</summary>
    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>The one document a fixture loads as, with the default options unless given others.</summary>
    public static async Task<GovDocument> LoadAsync(string name, DocumentLoadOptions? options = null)
    {
        var loader = new DocumentLoader(options);
        var documents = await LoaderHarness.LoadAllAsync(loader, Path(name));
        Assert.True(loader.Problems.Count == 0, string.Join('\n', loader.Problems));
        return Assert.Single(documents);
    }

    /// <summary>The problem a fixture is skipped for.</summary>
    public static async Task<LoadProblem> ProblemAsync(string path, DocumentLoadOptions? options = null)
    {
        var loader = new DocumentLoader(options);
        var documents = await LoaderHarness.LoadAllAsync(loader, path);
        Assert.Empty(documents);
        return Assert.Single(loader.Problems);
    }

    /// <summary>What a user gets from a document, in the golden files' form: title, date, then each passage with its
    /// headings, as indexed.</summary>
    public static string Describe(GovDocument document)
    {
        var text = new StringBuilder();
        text.Append("title: ").Append(document.Title).Append('\n');
        text.Append("date: ").Append(document.Date?.ToString() ?? "-").Append('\n');
        foreach (var passage in PassageSplitter.Split(document.Text, document.Headings))
        {
            text.Append('\n').Append('[').Append(passage.Number).Append("] ").Append(passage.Heading).Append('\n');
            text.Append(passage.TextOf(document.Text)).Append('\n');
        }

        return text.ToString();
    }
}

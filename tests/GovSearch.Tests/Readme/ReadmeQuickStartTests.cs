using GovSearch.Documents;
using GovSearch.Indexing;
using GovSearch.Querying;
using GovSearch.Tests.Support;

namespace GovSearch.Tests.Readme;

/// <summary>Runs the README's quick start line for line (only the folder and the output differ), so the README cannot drift.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public async Task QuickStart_RunsAsWrittenInReadme()
    {
        using var folder = new TempFolder();
        var output = new StringWriter();
        var path = folder.File("my-index");

        // --- README quick start, from here ---
        using var index = GovSearchIndex.Create(path);

        await index.AddAsync(new GovDocument("data-security-law")
        {
            Title = "中华人民共和国数据安全法",
            Text = "第一章 总则\n第一条 为了规范数据处理活动，保障数据安全，促进数据开发利用，制定本法。",
            Date = DocumentDate.Parse("2021-06-10"),
            DocType = "law",
        });
        await index.AddAsync(new GovDocument("udhr-en")
        {
            Title = "Universal Declaration of Human Rights",
            Text = "Article 1 All human beings are born free and equal in dignity and rights.",
            DocType = "declaration",
        });
        await index.CommitAsync();

        var results = await index.SearchAsync("數據安全");   // traditional query, simplified text
        foreach (var hit in results.Hits)
        {
            output.WriteLine($"{hit.Rank}. {hit.Title} ({hit.Date}) {hit.Passages[0].Heading}: {hit.Passages[0].Snippet}");
        }

        var english = await index.SearchAsync("\"born free\" type:declaration");
        output.WriteLine($"{english.TotalHits} hit: {english.Hits[0].Id}");
        // --- to here ---

        Assert.Equal(
            "1. 中华人民共和国数据安全法 (2021-06-10) 第一章 总则 › 第一条: 第一章 总则\n第一条 为了规范<mark>数据</mark>处理活动，保障<mark>数据安全</mark>，促进<mark>数据</mark>开发利用，制定本法。" + Environment.NewLine
            + "1 hit: udhr-en" + Environment.NewLine,
            output.ToString());
        Assert.Equal(ReadmeSnippet(), ReadmeSnippetFromThisTest());
    }

    /// <summary>The quick-start block of README.md.</summary>
    private static string ReadmeSnippet()
    {
        var readme = File.ReadAllText(Path.Combine(TestCorpus.RepositoryRoot, "README.md"));
        var start = readme.IndexOf("```csharp\n", readme.IndexOf("## Quick start", StringComparison.Ordinal), StringComparison.Ordinal) + "```csharp\n".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return Normalize(readme[start..end].Split('\n').Where(l => !(l.StartsWith("using ", StringComparison.Ordinal) && !l.Contains('=', StringComparison.Ordinal)) && !l.TrimStart().StartsWith("Console.", StringComparison.Ordinal)));
    }

    /// <summary>The marked block of this file, with output.WriteLine read as Console.WriteLine.</summary>
    private static string ReadmeSnippetFromThisTest()
    {
        var source = File.ReadAllText(Path.Combine(TestCorpus.RepositoryRoot, "tests", "GovSearch.Tests", "Readme", "ReadmeQuickStartTests.cs"));
        var start = source.IndexOf("// --- README quick start, from here ---", StringComparison.Ordinal);
        var end = source.IndexOf("// --- to here ---", StringComparison.Ordinal);
        var lines = source[start..end].Split('\n').Skip(1);
        return Normalize(lines.Select(l => l.Replace("output.WriteLine", "Console.WriteLine", StringComparison.Ordinal).Replace("GovSearchIndex.Create(path)", "GovSearchIndex.Create(\"my-index\")", StringComparison.Ordinal))
            .Where(l => !l.TrimStart().StartsWith("Console.", StringComparison.Ordinal)));
    }

    private static string Normalize(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(l => l.Trim()).Where(l => l.Length > 0));
}

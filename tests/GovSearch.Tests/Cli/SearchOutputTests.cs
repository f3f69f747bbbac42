using GovSearch.Cli;
using GovSearch.Cli.Verbs;
using GovSearch.Tests.Support;
using Spectre.Console;

namespace GovSearch.Tests.Cli;

/// <summary>
/// <c>search</c> prints piped output as plain text, without the markup engine, and it is exactly what the markup
/// engine printed for a non-terminal: the same lines, the styles dropped, the highlights unmarked.
/// </summary>
public sealed class SearchOutputTests
{
    [Theory]
    [InlineData("国务院 改革")]
    [InlineData("\"社会主义市场经济\"")]
    [InlineData("economic growth")]
    [InlineData("[bracketed] 数据 安全 lang:zh")]
    [InlineData("没有这个词的查询xyzzy")]
    public async Task PlainLines_EqualTheMarkupEnginesNonTerminalRendering(string query)
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync((await CorpusReader.LoadAsync("dev.jsonl")).Take(80));
        await index.CommitAsync();
        var results = await index.SearchAsync(query, new SearchOptions { Limit = 5, PassagesPerHit = 1, HighlightStart = Highlight.Start, HighlightEnd = Highlight.End });

        var lines = SearchVerb.Lines(results);
        var rendered = new StringWriter();
        var ansi = new CliConsole(rendered, TextWriter.Null, OutIsTerminal: false, ErrorIsTerminal: false).Ansi(rendered, terminal: false);
        foreach (var line in lines)
        {
            ansi.MarkupLine(SearchVerb.Markup(line));
        }

        Assert.Equal(rendered.ToString().ReplaceLineEndings("\n"), string.Concat(lines.Select(l => SearchVerb.PlainText(l) + "\n")));
        Assert.DoesNotContain(Highlight.Start, rendered.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pieces_StyleTheHighlightedWordsAndDropTheMarkers()
    {
        var pieces = Highlight.Pieces($"前文{Highlight.Start}国务院{Highlight.End}和{Highlight.Start}改革{Highlight.End}\n后文").ToList();

        Assert.Equal(
            [new OutputPiece("前文"), new OutputPiece("国务院", "bold yellow"), new OutputPiece("和"), new OutputPiece("改革", "bold yellow"), new OutputPiece(" 后文")],
            pieces);
    }
}

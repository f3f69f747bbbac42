using GovSearch.Cli;
using GovSearch.Cli.Verbs;
using GovSearch.Tests.Support;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace GovSearch.Tests.Cli;

/// <summary>
/// <c>search</c> prints piped output as plain text, without the markup engine, and it is exactly what the markup
/// engine printed for a non-terminal: the same lines, the styles dropped, the highlights unmarked. On a Unix terminal
/// it writes the same lines with the styles as ANSI escapes, also without the engine.
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
        var lines = await LinesAsync(query);
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

    [Theory]
    [InlineData("国务院 改革")]
    [InlineData("人民代表大会 选举")]
    [InlineData("[bracketed] 数据 安全 lang:zh")]
    public async Task TerminalLines_AreThePlainLinesWithTheStylesAsEscapes(string query)
    {
        // What the markup engine shows on a terminal, and what the tool writes itself: the same text once the escapes
        // are removed, and the same text as the plain lines.
        var lines = await LinesAsync(query);
        var engine = new StringWriter();
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(engine), Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard });
        ansi.Profile.Width = 100_000;
        foreach (var line in lines)
        {
            ansi.MarkupLine(SearchVerb.Markup(line));
        }

        var written = string.Concat(lines.Select(l => TerminalText.Of(l, color: true) + "\n"));
        Assert.Equal(Unescaped(engine.ToString().ReplaceLineEndings("\n")), Unescaped(written));
        Assert.Equal(string.Concat(lines.Select(l => SearchVerb.PlainText(l) + "\n")), Unescaped(written));
        Assert.Contains("\u001b[1m", written, StringComparison.Ordinal);
    }

    [Fact]
    public void TerminalText_StylesEachPieceAndLeavesColourOutUnderNoColor()
    {
        OutputPiece[] line = [new("  1. 国务院组织法", "bold"), new("  "), new("report · zh", "dim"), new(" 由"), new("国务院", "bold yellow")];

        Assert.Equal("\u001b[1m  1. 国务院组织法\u001b[0m  \u001b[2mreport · zh\u001b[0m 由\u001b[1;33m国务院\u001b[0m", TerminalText.Of(line, color: true));
        Assert.Equal("\u001b[1m  1. 国务院组织法\u001b[0m  \u001b[2mreport · zh\u001b[0m 由\u001b[1m国务院\u001b[0m", TerminalText.Of(line, color: false));
        Assert.Throws<ArgumentException>(() => TerminalText.Of([new("x", "blink")], color: true));
    }

    /// <summary>The lines <c>search</c> prints for a query over 80 documents of dev.jsonl, with highlight markers.</summary>
    private static async Task<List<OutputPiece[]>> LinesAsync(string query)
    {
        using var index = GovSearchIndex.CreateInMemory();
        await index.AddRangeAsync((await CorpusReader.LoadAsync("dev.jsonl")).Take(80));
        await index.CommitAsync();
        var results = await index.SearchAsync(query, new SearchOptions { Limit = 5, PassagesPerHit = 1, HighlightStart = Highlight.Start, HighlightEnd = Highlight.End });

        return SearchVerb.Lines(results);
    }

    private static string Unescaped(string text) => Regex.Replace(text, "\u001b\\[[0-9;]*m", "");
}

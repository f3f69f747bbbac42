using GovSearch.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSearch.Tests.Analysis;

/// <summary>Runs text through <see cref="GovAnalyzer"/> and collects the tokens.</summary>
internal static class AnalyzerHarness
{
    private static readonly Lazy<GovAnalyzer> DefaultIndex = new(() => new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Index));
    private static readonly Lazy<GovAnalyzer> DefaultQuery = new(() => new GovAnalyzer(AnalysisOptions.Default, AnalysisMode.Query));

    /// <summary>The tokens of <paramref name="text"/> with the given options (default: <see cref="AnalysisOptions.Default"/>).</summary>
    public static List<AnalyzedToken> Tokens(AnalysisMode mode, string text, AnalysisOptions? options = null)
    {
        if (options is null)
        {
            return Tokens(mode == AnalysisMode.Index ? DefaultIndex.Value : DefaultQuery.Value, text, out _);
        }

        using var analyzer = new GovAnalyzer(options, mode);
        return Tokens(analyzer, text, out _);
    }

    /// <summary>The tokens of <paramref name="text"/>, and the final offset reported by <see cref="TokenStream.End"/>.</summary>
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string text, out int finalOffset)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, type.Type));
        }

        stream.End();
        finalOffset = offset.EndOffset;
        return tokens;
    }

    /// <summary>The golden-table form of a token list: tokens separated by single spaces.</summary>
    public static string Format(IEnumerable<AnalyzedToken> tokens) => string.Join(' ', tokens);
}

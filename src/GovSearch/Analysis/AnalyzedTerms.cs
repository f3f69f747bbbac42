using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovSearch.Analysis;

/// <summary>Runs an analyzer over a text and collects its terms with their positions.</summary>
internal static class AnalyzedTerms
{
    /// <summary>Each term of <paramref name="text"/> as <paramref name="analyzer"/> gives it for <paramref name="field"/>,
    /// with its position (stacked terms share one; removed stop words leave gaps).</summary>
    public static List<(string Term, int Position)> Of(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }
}

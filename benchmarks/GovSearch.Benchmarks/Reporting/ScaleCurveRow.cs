namespace GovSearch.Benchmarks.Reporting;

/// <summary>The figures of one size of the scale benchmark; a figure is <see langword="null"/> when its case did not run.</summary>
/// <param name="Target">The passage count asked for.</param>
/// <param name="Passages">The passages generated, as GovSearch's splitter counts them.</param>
/// <param name="IndexedPassages">The passages GovSearch's index statistics report.</param>
/// <param name="InputMB">The UTF-8 megabytes of every title and text.</param>
/// <param name="GovSearch">GovSearch's figures.</param>
/// <param name="Lucene">Plain Lucene.Net's figures.</param>
internal sealed record ScaleCurveRow(int Target, long? Passages, long? IndexedPassages, double? InputMB, ScaleFigures GovSearch, ScaleFigures Lucene)
{
    /// <summary>The x of the curve: the passages generated, else the target.</summary>
    public double X => Passages ?? Target;
}

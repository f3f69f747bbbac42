using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;

namespace GovSearch.Benchmarks.Reporting;

/// <summary>Writes the scale curve (<see cref="ScaleCurve"/>) as Markdown and CSV beside BenchmarkDotNet's own reports.</summary>
internal sealed class ScaleCurveExporter : IExporter
{
    public string Name => "scale-curve";

    public void ExportToLog(Summary summary, ILogger logger)
    {
        if (ScaleCurve.From(summary) is { } curve)
        {
            logger.WriteLine(curve.ToMarkdown());
        }
    }

    public IEnumerable<string> ExportToFiles(Summary summary, ILogger consoleLogger)
    {
        if (ScaleCurve.From(summary) is not { } curve)
        {
            return [];
        }

        Directory.CreateDirectory(summary.ResultsDirectoryPath);
        var stem = Path.Combine(summary.ResultsDirectoryPath, $"{summary.Title}-scale-curve");
        File.WriteAllText(stem + ".md", curve.ToMarkdown());
        File.WriteAllText(stem + ".csv", curve.ToCsv());
        return [stem + ".md", stem + ".csv"];
    }
}

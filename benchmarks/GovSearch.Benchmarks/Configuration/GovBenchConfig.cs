using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>What every GovSearch benchmark report shows besides BenchmarkDotNet's defaults.</summary>
public abstract class GovBenchConfig : ManualConfig
{
    /// <summary>Adds the metric columns and room for query labels.</summary>
    protected GovBenchConfig()
    {
        AddColumn(new InputSizeColumn(), new ThroughputColumn(), new IndexSizeColumn(), new HitsColumn());
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(48);
    }
}

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GovSearch.Benchmarks.Configuration;

/// <summary>A report column computed from the numbers benchmarks leave in the metrics folder; hidden when no case has one.</summary>
internal abstract class MetricColumn(string columnName, string format, string legend) : IColumn
{
    public virtual string Id => GetType().Name;

    public string ColumnName => columnName;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => Value(summary, c) is not null);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        Value(summary, benchmarkCase) is { } value ? value.ToString(format, CultureInfo.InvariantCulture) : "-";

    public override string ToString() => ColumnName;

    /// <summary>The value of a case, or <see langword="null"/> when it has none.</summary>
    protected abstract double? Value(Summary summary, BenchmarkCase benchmarkCase);

    /// <summary>The mean time of one operation in seconds, or <see langword="null"/> when the case did not run.</summary>
    protected static double? MeanSeconds(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean is { } nanoseconds and > 0 ? nanoseconds / 1e9 : null;
}

namespace GovSearch.Telemetry;

/// <summary>
/// The names under which GovSearch reports what it does, for wiring it into logging, metrics and tracing (for example
/// <c>AddMeter(GovSearchTelemetry.MeterName)</c> and <c>AddSource(GovSearchTelemetry.ActivitySourceName)</c> in an
/// OpenTelemetry set-up). GovSearch itself uses only <c>System.Diagnostics</c> and <c>Microsoft.Extensions.Logging.Abstractions</c>.
/// </summary>
/// <remarks>
/// <para><b>Logs</b> (category <see cref="LoggerCategory"/>; give the index a logger factory with
/// <see cref="GovSearchIndexOptions.LoggerFactory"/>, the loader with <see cref="DocumentLoadOptions.LoggerFactory"/>):
/// 1001 index opened (Information); 1101 commit, with the documents in the index and the seconds it took (Information);
/// 1102 rollback of uncommitted changes (Information); 1103 a failed batch rolled back (Warning); 1201 topics trained
/// (Information); 1301 a search or suggestion slower than <see cref="GovSearchIndexOptions.SlowQueryThreshold"/>
/// (Warning); 1302 each search (Debug only); 1401 skipped input (Warning); 1501 suggestion candidates gathered for a
/// commit (Information). Nothing is logged per query above Debug unless it is slow.</para>
/// <para><b>Metrics</b> (meter <see cref="MeterName"/>; every measurement is tagged <c>govsearch.index.path</c>, the
/// index folder or "(memory)"): <c>govsearch.queries</c> (counter, tag <c>govsearch.mode</c> =
/// lexical, hybrid or suggest), <c>govsearch.query.duration</c> (histogram, seconds, by mode),
/// <c>govsearch.documents.indexed</c> (counter: documents written by batches that succeeded),
/// <c>govsearch.commit.duration</c> (histogram, seconds), <c>govsearch.index.size</c> (gauge, bytes on disk of each
/// open index in a folder) and <c>govsearch.index.documents</c> (gauge, documents of each open index in a folder).</para>
/// <para><b>Traces</b> (activity source <see cref="ActivitySourceName"/>): a span <c>govsearch.search</c> per search,
/// <c>govsearch.suggest</c> per suggestion call and <c>govsearch.commit</c> per commit, tagged <c>govsearch.index.path</c>, <c>govsearch.mode</c>, <c>govsearch.hits</c>,
/// <c>govsearch.suggestions</c> or <c>govsearch.documents</c>.</para>
/// </remarks>
public static class GovSearchTelemetry
{
    /// <summary>The name of GovSearch's <see cref="System.Diagnostics.Metrics.Meter"/>: "GovSearch".</summary>
    public const string MeterName = "GovSearch";

    /// <summary>The name of GovSearch's <see cref="System.Diagnostics.ActivitySource"/>: "GovSearch".</summary>
    public const string ActivitySourceName = "GovSearch";

    /// <summary>The category of GovSearch's log events: "GovSearch".</summary>
    public const string LoggerCategory = "GovSearch";
}

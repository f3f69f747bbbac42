using GovSearch.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the health check of a registered GovSearch index.</summary>
public static class GovSearchHealthChecksBuilderExtensions
{
    /// <summary>Checks the index registered with <c>AddGovSearch</c> under <paramref name="indexName"/>: it opens, its
    /// last commit can be read, and its topic model, if it has one, can be used (Degraded otherwise).</summary>
    /// <param name="builder">The health checks.</param>
    /// <param name="indexName">The index's registration name. Default: the unnamed index.</param>
    /// <param name="checkName">The health check's name. Default: "govsearch", or "govsearch-" and the index's name.</param>
    /// <param name="failureStatus">The status when the index cannot be opened or read. Default: Unhealthy.</param>
    /// <param name="tags">Tags for filtering checks. Default: none.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHealthChecksBuilder AddGovSearch(this IHealthChecksBuilder builder, string indexName = "", string? checkName = null, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(indexName);
        return builder.Add(new HealthCheckRegistration(
            checkName ?? (indexName.Length == 0 ? "govsearch" : "govsearch-" + indexName),
            provider => new GovSearchHealthCheck(provider.GetRequiredService<GovSearchIndexes>(), indexName),
            failureStatus,
            tags));
    }
}

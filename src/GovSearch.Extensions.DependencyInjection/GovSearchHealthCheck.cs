using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovSearch.Extensions.DependencyInjection;

/// <summary>Reports whether a registered index opens, whether its last commit can be read, and the state of its topic
/// model. Unhealthy (the registration's failure status) when it cannot be opened or read; Degraded when it has a topic
/// model that cannot be used; Healthy otherwise, also without a topic model.</summary>
internal sealed class GovSearchHealthCheck(GovSearchIndexes indexes, string name) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var index = indexes.Get(name);
            var documents = index.DocumentCount;
            var topics = index.TopicStatus;
            var data = new Dictionary<string, object>
            {
                ["path"] = index.Path ?? string.Empty,
                ["readOnly"] = index.IsReadOnly,
                ["documents"] = documents,
                ["topics"] = topics.IsTrained ? "trained" : topics.Problem is null ? "none" : "unusable",
            };
            var summary = string.Create(CultureInfo.InvariantCulture, $"The index at {index.Path} opens and its last commit holds {documents:N0} documents");
            return Task.FromResult(topics.Problem is not null && !topics.IsTrained
                ? HealthCheckResult.Degraded($"{summary}, but its topic model cannot be used: {topics.Problem}", data: data)
                : HealthCheckResult.Healthy($"{summary}; topic model: {data["topics"]}.", data));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, $"The GovSearch index '{name}' cannot be used: {e.Message}", e));
        }
    }
}

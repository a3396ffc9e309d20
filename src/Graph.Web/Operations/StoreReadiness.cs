using Graph.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Web.Operations;

/// <summary>Ready when the store answers a primary-key look-up (id 0 never exists, so nothing is read but the index).</summary>
internal sealed class StoreReadiness(IReportStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            store.FindReport(0);
            return Task.FromResult(HealthCheckResult.Healthy("The store answers queries."));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The store does not answer: {e.Message}"));
        }
    }
}

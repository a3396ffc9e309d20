using Graph.Core.Extraction;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Web.Operations;

/// <summary>Ready when the extractor, gazetteers loaded, recognises the actors of one short sentence.</summary>
internal sealed class KnowledgeReadiness(IReportExtractor extractor) : IHealthCheck
{
    private const string Probe = "Europol worked with the police of Spain.";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var found = extractor.Extract(Probe).Actors.Count;
            return Task.FromResult(found >= 2
                ? HealthCheckResult.Healthy("The extraction knowledge is loaded.")
                : HealthCheckResult.Unhealthy($"The extractor found {found} actors in its probe sentence; the knowledge is not loaded."));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The extraction knowledge failed to load: {e.Message}"));
        }
    }
}

using System.Text.Json.Serialization;

namespace Graph.Web.Network;

/// <summary>One node's row of the metric table: identity, every metric of the catalogue by name, and whether it is a cut vertex.</summary>
public sealed record MetricsRow(string Id, string Label, string Kind, string? CountryCode, bool ArticulationPoint)
{
    /// <summary>Metric name → value (null when not converged), written beside the identity.</summary>
    [JsonExtensionData]
    public Dictionary<string, object?> Metrics { get; init; } = [];
}

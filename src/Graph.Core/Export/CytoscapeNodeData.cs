using System.Text.Json.Serialization;

namespace Graph.Core.Export;

/// <summary>
/// The <c>data</c> of a Cytoscape.js node: identity plus every metric of
/// <see cref="Vocabulary.NodeMetricCatalog"/> under its name, so the page can style by them.
/// </summary>
/// <param name="Id">Node id.</param>
/// <param name="Label">Display name.</param>
/// <param name="Kind"><c>country</c>, <c>agency</c> or <c>event</c>.</param>
/// <param name="CountryCode">ISO code of a country, or of an agency's country.</param>
public sealed record CytoscapeNodeData(string Id, string Label, string Kind, string? CountryCode)
{
    /// <summary>True when a curation edit changed or confirmed the actor (left out when false).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Curated { get; init; }

    /// <summary>Metric name → value, written as properties beside the identity (null when not converged).</summary>
    [JsonExtensionData]
    public Dictionary<string, object?> Metrics { get; init; } = [];
}

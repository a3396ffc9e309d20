using Graph.Core.Analysis;
using Graph.Core.Network;

namespace Graph.Core.Export;

/// <summary>A node with its metrics, as the exports see it.</summary>
internal sealed record NodeRow(NetworkNode Node, NodeMetrics Metrics, bool ArticulationPoint);

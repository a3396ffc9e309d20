using Graph.Core.Export;

namespace Graph.Web.Network;

/// <summary>/api/graph's answer: the drawn network as Cytoscape.js elements, its figures, and what it leaves out.</summary>
/// <param name="Nodes">Node elements.</param>
/// <param name="Edges">Edge elements.</param>
/// <param name="Stats">Figures of the drawn network.</param>
/// <param name="Picture">The totals of the whole view and the parameters that bounded it.</param>
public sealed record GraphResponse(
    IReadOnlyList<CytoscapeElement<CytoscapeNodeData>> Nodes,
    IReadOnlyList<CytoscapeElement<CytoscapeEdgeData>> Edges,
    CytoscapeStats Stats,
    PictureSummary Picture);

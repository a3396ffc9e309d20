namespace Graph.Core.Export;

/// <summary>A Cytoscape.js element: its <c>data</c> object.</summary>
/// <typeparam name="TData">Node or edge data.</typeparam>
public sealed record CytoscapeElement<TData>(TData Data);

namespace Graph.Core.Export;

/// <summary>The file formats a network can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>GraphML with typed keys.</summary>
    GraphML,

    /// <summary>GEXF 1.2 (Gephi).</summary>
    Gexf,

    /// <summary>A zip of nodes.csv and edges.csv.</summary>
    Csv,

    /// <summary>nodes.csv alone.</summary>
    NodesCsv,

    /// <summary>edges.csv alone.</summary>
    EdgesCsv,

    /// <summary>Cytoscape.js elements JSON.</summary>
    Cytoscape,
}

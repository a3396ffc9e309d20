using System.Text.Json;
using Graph.Core.Analysis;

namespace Graph.Core.Export;

/// <summary>Writes an analysed network as Cytoscape.js JSON (<c>{ nodes, edges, stats }</c>, camel-case), as the API serves it.</summary>
public static class CytoscapeJsonWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes the elements to <paramref name="output"/> as UTF-8 JSON.</summary>
    public static void Write(NetworkAnalysis analysis, Stream output) =>
        JsonSerializer.Serialize(output, CytoscapeGraph.From(analysis), Options);
}

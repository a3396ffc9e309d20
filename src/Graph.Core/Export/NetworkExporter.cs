using System.Text;
using Graph.Core.Analysis;

namespace Graph.Core.Export;

/// <summary>One entry point for every export format: parse its name, write it, name the file and its media type.</summary>
public static class NetworkExporter
{
    /// <summary>The names <see cref="TryParse"/> accepts.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = ["graphml", "gexf", "csv", "nodes-csv", "edges-csv", "cytoscape"];

    /// <summary>Reads a format name (case-insensitive).</summary>
    public static bool TryParse(string? name, out ExportFormat format)
    {
        format = name?.ToLowerInvariant() switch
        {
            "graphml" => ExportFormat.GraphML,
            "gexf" => ExportFormat.Gexf,
            "csv" or "zip" => ExportFormat.Csv,
            "nodes-csv" => ExportFormat.NodesCsv,
            "edges-csv" => ExportFormat.EdgesCsv,
            "cytoscape" or "json" => ExportFormat.Cytoscape,
            _ => (ExportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>The media type of a format.</summary>
    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.GraphML => "application/graphml+xml",
        ExportFormat.Gexf => "application/gexf+xml",
        ExportFormat.Csv => "application/zip",
        ExportFormat.NodesCsv or ExportFormat.EdgesCsv => "text/csv; charset=utf-8",
        _ => "application/json",
    };

    /// <summary>A file name for a format, such as <c>graph-actors.graphml</c>.</summary>
    public static string FileName(ExportFormat format, string stem) => format switch
    {
        ExportFormat.GraphML => stem + ".graphml",
        ExportFormat.Gexf => stem + ".gexf",
        ExportFormat.Csv => stem + "-csv.zip",
        ExportFormat.NodesCsv => stem + "-nodes.csv",
        ExportFormat.EdgesCsv => stem + "-edges.csv",
        _ => stem + ".cytoscape.json",
    };

    /// <summary>Writes <paramref name="analysis"/> to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(ExportFormat format, NetworkAnalysis analysis, Stream output)
    {
        switch (format)
        {
            case ExportFormat.GraphML: GraphMLWriter.Write(analysis, output); break;
            case ExportFormat.Gexf: GexfWriter.Write(analysis, output); break;
            case ExportFormat.Csv: CsvWriter.WriteZip(analysis, output); break;
            case ExportFormat.Cytoscape: CytoscapeJsonWriter.Write(analysis, output); break;
            default:
                using (var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true))
                {
                    if (format == ExportFormat.NodesCsv)
                    {
                        CsvWriter.WriteNodes(analysis, text);
                    }
                    else
                    {
                        CsvWriter.WriteEdges(analysis, text);
                    }
                }

                break;
        }
    }
}

using System.IO.Compression;
using System.Text;
using Graph.Core.Analysis;

namespace Graph.Core.Export;

/// <summary>
/// Writes an analysed network as two CSV tables, nodes.csv and edges.csv (RFC 4180, UTF-8).
/// Cells a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
/// are prefixed with an apostrophe.
/// </summary>
public static class CsvWriter
{
    /// <summary>Writes one row per node: id, then every node attribute.</summary>
    public static void WriteNodes(NetworkAnalysis analysis, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(output);
        Row(output, ["id", .. ExportSchema.Nodes.Select(a => a.Name)]);
        foreach (var row in ExportSchema.Rows(analysis))
        {
            Row(output, [row.Node.Id, .. ExportSchema.Nodes.Select(a => a.Text(row))]);
        }
    }

    /// <summary>Writes one row per edge: source, target, then every edge attribute (reports separated by ';').</summary>
    public static void WriteEdges(NetworkAnalysis analysis, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(output);
        Row(output, ["source", "target", .. ExportSchema.Edges.Select(a => a.Name)]);
        foreach (var edge in analysis.Network.Edges)
        {
            Row(output, [edge.Source, edge.Target, .. ExportSchema.Edges.Select(a => a.Text(edge))]);
        }
    }

    /// <summary>Writes a zip archive holding nodes.csv and edges.csv.</summary>
    public static void WriteZip(NetworkAnalysis analysis, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var nodes = new StreamWriter(zip.CreateEntry("nodes.csv").Open(), new UTF8Encoding(false)))
        {
            WriteNodes(analysis, nodes);
        }

        using var edges = new StreamWriter(zip.CreateEntry("edges.csv").Open(), new UTF8Encoding(false));
        WriteEdges(analysis, edges);
    }

    /// <summary>A cell made safe for spreadsheets and quoted when it needs to be.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static void Row(TextWriter output, IEnumerable<string?> cells)
    {
        output.Write(string.Join(',', cells.Select(Cell)));
        output.Write("\r\n");
    }
}

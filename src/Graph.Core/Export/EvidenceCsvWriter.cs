using Graph.Core.Network;
using Graph.Core.Vocabulary;

namespace Graph.Core.Export;

/// <summary>
/// The evidence table of an exported view: one row per edge and quoted sentence (or per report when
/// it has none to quote), with the report's title, date and URL and the operation's name. Its
/// <c>source</c>, <c>target</c> and <c>reportId</c> columns join it to the edges of the GraphML,
/// GEXF and CSV exports, whose <c>reports</c> attribute lists the same report ids.
/// </summary>
public static class EvidenceCsvWriter
{
    /// <summary>The table's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["source", "target", "reportId", "reportTitle", "reportDate", "reportUrl", "operation", "sentence"];

    /// <summary>Writes the header, then the rows of every edge in order.</summary>
    /// <param name="edges">Each edge with the evidence to list for it.</param>
    /// <param name="output">Where the CSV (RFC 4180, formula-safe cells) goes.</param>
    public static void Write(IEnumerable<(CooperationEdge Edge, IReadOnlyList<EdgeEvidence> Evidence)> edges, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(output);
        Row(output, Columns);
        foreach (var (edge, evidence) in edges)
        {
            foreach (var item in evidence)
            {
                var date = item.ReportDate is { } d ? IsoDate.Format(d) : "";
                var id = item.ReportId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var sentences = item.Sentences.Count > 0 ? item.Sentences : [""];
                foreach (var sentence in sentences)
                {
                    Row(output, [edge.Source, edge.Target, id, item.ReportTitle, date, item.ReportUrl, item.EventName, sentence]);
                }
            }
        }
    }

    private static void Row(TextWriter output, IEnumerable<string?> cells)
    {
        output.Write(string.Join(',', cells.Select(CsvWriter.Cell)));
        output.Write("\r\n");
    }
}

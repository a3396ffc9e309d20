using System.Globalization;
using Graph.Core.Export;
using Graph.Core.Network;
using Graph.Core.Vocabulary;

namespace Graph.Core.Snapshots;

/// <summary>
/// The evidence table of a network: one row per edge, supporting event and quoted sentence, with the
/// sentence's character span in its report and the report's public address, so every weight can be
/// traced to the words behind it.
/// </summary>
public static class EvidenceTableWriter
{
    private static readonly string[] Header =
        ["source", "target", "report_id", "report_title", "report_date", "report_url", "event_id", "operation", "source_kind", "sentence_start", "sentence_length", "sentence"];

    /// <summary>Writes the table as CSV (RFC 4180, cells made safe for spreadsheets).</summary>
    public static void Write(CooperationNetwork network, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(output);
        Row(output, Header);
        foreach (var edge in network.Edges)
        {
            foreach (var evidence in edge.Evidence.OrderBy(e => e.EventId))
            {
                for (var i = 0; i < evidence.Sentences.Count; i++)
                {
                    var span = evidence.SentenceSpans is { } spans && i < spans.Count ? spans[i] : (Model.TextSpan?)null;
                    Row(output, [
                        edge.Source, edge.Target, Number(evidence.ReportId), evidence.ReportTitle, IsoDate.Format(evidence.ReportDate), evidence.ReportUrl,
                        Number(evidence.EventId), evidence.EventName, Model.SourceKinds.Name(evidence.Source),
                        span is { } s ? Number(s.Start) : null, span is { } l ? Number(l.Length) : null, evidence.Sentences[i]]);
                }
            }
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(TextWriter output, IEnumerable<string?> cells)
    {
        output.Write(string.Join(',', cells.Select(CsvWriter.Cell)));
        output.Write("\r\n");
    }
}

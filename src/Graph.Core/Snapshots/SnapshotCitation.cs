using System.Globalization;
using System.Text;

namespace Graph.Core.Snapshots;

/// <summary>The suggested citation of a snapshot's archive: a sentence to quote and a BibTeX entry.</summary>
public static class SnapshotCitation
{
    /// <summary>The text of <c>CITATION.txt</c>.</summary>
    public static string Of(SnapshotInfo info, ArchiveRequest request, string shareQuery)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(request);
        var view = Export.ExportNames.Of(request.View);
        var shortHash = info.Hash[..12];
        var filters = request.Filters.Count == 0 ? "none" : string.Join(", ", request.Filters.Select(f => $"{f.Key}={f.Value}"));
        var layout = request.Layout is null ? "" : $"; layout {request.Layout}" + (request.Seed is { } seed ? $" (seed {seed.ToString(CultureInfo.InvariantCulture)})" : "");
        var text = new StringBuilder();
        text.AppendLine("Suggested citation")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Graph cooperation network, {view} view, snapshot {shortHash} (frozen {info.Created:yyyy-MM-dd}). ")
            .AppendLine(CultureInfo.InvariantCulture, $"{info.Reports} reports, {info.Edits} curation edits; extraction {info.ExtractionVersion}; Graph {info.SoftwareVersion}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Filters: {filters}; weighting: {request.Weighting}{layout}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Snapshot SHA-256: {info.Hash}")
            .AppendLine(CultureInfo.InvariantCulture, $"Reopen: /?{shareQuery}   Archive: /api/snapshots/{info.Hash}/archive?{shareQuery}")
            .AppendLine()
            .AppendLine("BibTeX")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"@misc{{graph_snapshot_{shortHash},")
            .AppendLine(CultureInfo.InvariantCulture, $"  title = {{Police and judicial cooperation network ({view} view), Graph snapshot {shortHash}}},")
            .AppendLine(CultureInfo.InvariantCulture, $"  year = {{{info.Created.Year}}},")
            .AppendLine(CultureInfo.InvariantCulture, $"  note = {{Snapshot SHA-256 {info.Hash}; {info.Reports} reports; {info.Edits} curation edits; weighting {request.Weighting}; Graph {info.SoftwareVersion}}},")
            .AppendLine("  howpublished = {Graph snapshot archive}")
            .AppendLine("}");
        return text.ToString();
    }
}

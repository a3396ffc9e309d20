using System.Text;
using Graph.Core.Export;
using Graph.Core.Network;
using Graph.Core.Storage;
using Graph.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Network;

/// <summary>
/// /api/export/evidence: the evidence table of the view and filters (titles, dates, URLs,
/// operations, sentences per edge), the table GraphML, GEXF and CSV edges link to by report id.
/// </summary>
public static class EvidenceExportEndpoints
{
    /// <summary>Evidence rows read per edge at most, so one export stays bounded.</summary>
    public const int MaxPerEdge = 200;

    public static IEndpointRouteBuilder MapEvidenceExport(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/export").WithTags("Network")
            .MapGet("/evidence", GetEvidence)
            .WithSummary("The evidence behind every edge of the filtered view as CSV: source, target, report id, title, date, URL, operation, sentence; snapshot=HASH reads a frozen snapshot's.");
        return app;
    }

    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> GetEvidence(
        [AsParameters] NetworkQuery query, NetworkCache cache, IReportStore store, int? perEdge, string? snapshot, SnapshotNetworks frozen)
    {
        if (perEdge is < 1 or > MaxPerEdge)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["perEdge"] = [$"'perEdge' must be from 1 to {MaxPerEdge}."] },
                title: "The export request is not valid.");
        }

        var request = NetworkRequest.Analyse(cache, query, new FrozenSource(snapshot, frozen));
        if (request.Invalid is { } invalid)
        {
            return invalid;
        }

        if (request.NotFound is { } notFound)
        {
            return notFound;
        }

        query.TryParse(out var view, out var filter, out _);
        var limit = perEdge ?? 50;
        // The store's evidence is not date-filtered; rows outside the view's dates or source kind are left out here.
        // A snapshot's edges carry their own evidence, built from the frozen data.
        var rows = request.Analysis!.Network.Edges.Select(edge => (edge, (IReadOnlyList<EdgeEvidence>)
            [.. (snapshot is null ? EdgeEvidenceReader.Read(store, view, edge.Source, edge.Target, null, limit) : EdgeEvidenceReader.Page(edge, null, limit))
                .Evidence.Where(e => Admits(filter, e))]));
        using var text = new StringWriter();
        EvidenceCsvWriter.Write(rows, text);
        var stem = "graph-" + ExportNames.Of(view) + "-evidence.csv";
        return TypedResults.File(new UTF8Encoding(false).GetBytes(text.ToString()), "text/csv; charset=utf-8", stem);
    }

    private static bool Admits(NetworkFilter filter, EdgeEvidence evidence) =>
        (filter.From is not { } from || evidence.ReportDate >= from)
        && (filter.To is not { } to || evidence.ReportDate <= to)
        && (filter.Source is not { } source || evidence.Source == source);
}

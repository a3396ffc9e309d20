using Graph.Core.Export;
using Graph.Core.Network;
using Graph.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Network;

/// <summary>Downloads of the current view in GraphML, GEXF, CSV or Cytoscape.js JSON.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Network")
            .MapGet("/export", GetExport)
            .WithSummary("The filtered view as a file: format=graphml|gexf|csv (zip of nodes.csv + edges.csv)|nodes-csv|edges-csv|cytoscape; snapshot=HASH exports a frozen snapshot's.");
        return app;
    }

    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> GetExport(
        string? format, [AsParameters] NetworkQuery query, string? snapshot, NetworkCache cache, SnapshotNetworks frozen)
    {
        if (!NetworkExporter.TryParse(format, out var chosen))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [$"Unknown format '{format}'. Known: {string.Join(", ", NetworkExporter.FormatNames)}."] },
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

        using var buffer = new MemoryStream();
        NetworkExporter.Write(chosen, request.Analysis!, buffer);
        var stem = "graph-" + ExportNames.Of(request.Analysis!.Network.View);
        return TypedResults.File(buffer.ToArray(), NetworkExporter.ContentType(chosen), NetworkExporter.FileName(chosen, stem));
    }
}

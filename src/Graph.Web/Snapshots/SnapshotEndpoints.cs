using Graph.Core.Curation;
using Graph.Core.Network;
using Graph.Core.Snapshots;
using Graph.Core.Storage;
using Graph.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Graph.Web.Snapshots;

/// <summary>/api/snapshots: freeze the dataset under a content hash, list snapshots, download one view of one as an archive.</summary>
public static class SnapshotEndpoints
{
    public static IEndpointRouteBuilder MapSnapshots(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/snapshots").WithTags("Snapshots");
        group.MapPost("/", Post).RequireApiKey()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Freeze the dataset (reports, extraction version, edits so far) under its SHA-256")
            .WithDescription("201 with the new snapshot, or 200 with the existing one when the same data was frozen before. /api/graph?snapshot=HASH then shows exactly that data.");
        group.MapGet("/", List).WithSummary("Every snapshot, newest first");
        group.MapGet("/{hash}", Get).WithSummary("One snapshot").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{hash}/archive", Archive)
            .WithSummary("One zip: GraphML, GEXF, CSV nodes and edges, evidence table, manifest.json and CITATION.txt")
            .WithDescription("The view and filters are /api/graph's; layout and seed, when given, are stated in the manifest and the share link.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Results<Created<SnapshotDto>, Ok<SnapshotDto>> Post(HttpContext context, IReportStore store, ISnapshotStore snapshots, IEditLog log)
    {
        var (info, created) = Snapshotter.Freeze(store, snapshots, log, context.WriteAuthor().Name);
        var dto = SnapshotDto.From(info);
        return created ? TypedResults.Created($"/api/snapshots/{info.Hash}", dto) : TypedResults.Ok(dto);
    }

    public static Ok<SnapshotDto[]> List(ISnapshotStore snapshots) =>
        TypedResults.Ok(snapshots.ListSnapshots().Select(SnapshotDto.From).ToArray());

    public static Results<Ok<SnapshotDto>, ProblemHttpResult> Get(string hash, ISnapshotStore snapshots) =>
        snapshots.FindSnapshot(hash) is { } info ? TypedResults.Ok(SnapshotDto.From(info)) : Unknown(hash);

    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> Archive(
        string hash, [AsParameters] NetworkQuery query, string? layout, long? seed, ISnapshotStore snapshots)
    {
        if (!query.TryParse(out var view, out var filter, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The network query is not valid.");
        }

        if (layout is { Length: > 64 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["layout"] = ["'layout' is a layout's name, at most 64 characters."] });
        }

        if (snapshots.FindSnapshot(hash) is not { } info || snapshots.LoadSnapshot(hash) is not { } frozen)
        {
            return Unknown(hash);
        }

        var request = new ArchiveRequest(view, filter, Given(query), filter.Weighting.ToString().ToLowerInvariant(), layout, seed);
        using var output = new MemoryStream();
        SnapshotArchive.Write(output, info, frozen, request);
        return TypedResults.File(output.ToArray(), "application/zip", $"graph-snapshot-{hash[..12]}-{Core.Export.ExportNames.Of(view)}.zip");
    }

    public static ProblemHttpResult Unknown(string hash) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such snapshot.",
            detail: $"No snapshot has the hash '{hash}'. POST /api/snapshots freezes the current data and gives its hash.");

    /// <summary>The filters the query gave, by their query names, for the manifest and the share link.</summary>
    public static Dictionary<string, string> Given(NetworkQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in new[]
        {
            ("view", query.View), ("from", query.From), ("to", query.To), ("crimeArea", query.CrimeArea), ("kinds", query.Kinds),
            ("minWeight", query.MinWeight), ("center", query.Center), ("depth", query.Depth), ("operation", query.Operation),
            ("weighting", query.Weighting), ("source", query.Source), ("expand", query.Expand),
        })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                given[name] = value.Trim();
            }
        }

        return given;
    }
}

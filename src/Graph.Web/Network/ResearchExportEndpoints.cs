using Graph.Core.Export;
using Graph.Core.Network;
using Graph.Core.Storage;
using Graph.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Network;

/// <summary>/api/export/panel (the dyad-period panel as long CSV) and /api/export/dynamic-gexf (GEXF 1.3 with spells).</summary>
public static class ResearchExportEndpoints
{
    public static IEndpointRouteBuilder MapResearchExport(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/export").WithTags("Network");
        group.MapGet("/panel", GetPanel)
            .WithSummary("Country pair × year or month counts of operations by crime area, role and source, long CSV: period=year|month, pairs=undirected|directed, zeros=true|false, from, to; snapshot=HASH counts a frozen snapshot's.")
            .ProducesValidationProblem();
        group.MapGet("/dynamic-gexf", GetDynamicGexf)
            .WithSummary("The actors, countries or agencies view as dynamic GEXF 1.3: node and edge spells from operation dates, weights counting operations; snapshot=HASH writes a frozen snapshot's.")
            .ProducesValidationProblem();
        return app;
    }

    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> GetPanel(
        string? period, string? pairs, string? zeros, string? from, string? to, string? snapshot, IReportStore store, SnapshotNetworks frozen)
    {
        if (!new PanelQuery(period, pairs, zeros, from, to).TryParse(out var options, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The panel request is not valid.");
        }

        if (Dataset(snapshot, store, frozen) is not { } dataset)
        {
            return SnapshotEndpoints.Unknown(snapshot!);
        }

        using var buffer = new MemoryStream();
        PanelCsvWriter.Write(DyadPanel.Rows(dataset, options), buffer);
        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", $"dyad-panel-{(options.Period == PanelPeriod.Year ? "year" : "month")}.csv");
    }

    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> GetDynamicGexf(string? view, string? snapshot, IReportStore store, SnapshotNetworks frozen)
    {
        var errors = new Dictionary<string, string[]>();
        var chosen = NetworkQuery.ParseView(view ?? "countries", errors);
        if (errors.Count == 0 && chosen is not (NetworkView.Actors or NetworkView.Countries or NetworkView.Agencies))
        {
            errors["view"] = ["The dynamic GEXF is written for the actors, countries and agencies views."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The dynamic GEXF request is not valid.");
        }

        if (Dataset(snapshot, store, frozen) is not { } dataset)
        {
            return SnapshotEndpoints.Unknown(snapshot!);
        }

        using var buffer = new MemoryStream();
        DynamicGexfWriter.Write(dataset, chosen, buffer);
        return TypedResults.File(buffer.ToArray(), "application/gexf+xml", $"graph-{ExportNames.Of(chosen)}-dynamic.gexf");
    }

    // The live curated dataset, or the pinned snapshot's (null when no snapshot has the hash).
    private static CooperationDataset? Dataset(string? snapshot, IReportStore store, SnapshotNetworks frozen) =>
        snapshot is null ? store.LoadDataset() : frozen.Dataset(snapshot.Trim().ToLowerInvariant());
}

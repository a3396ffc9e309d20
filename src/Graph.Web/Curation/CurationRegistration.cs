using Graph.Core.Curation;
using Graph.Core.Snapshots;
using Graph.Core.Storage;
using Graph.Web.Snapshots;

namespace Graph.Web.Curation;

/// <summary>Registration and routing of curation and snapshots, for Program.cs.</summary>
public static class CurationRegistration
{
    /// <summary>The edit log and the snapshot store are the report store's own (every store Graph opens keeps both).</summary>
    public static IServiceCollection AddCuration(this IServiceCollection services) =>
        services
            .AddSingleton(provider => (IEditLog)provider.GetRequiredService<IReportStore>())
            .AddSingleton(provider => (ISnapshotStore)provider.GetRequiredService<IReportStore>())
            .AddSingleton<SnapshotNetworks>();

    /// <summary>Maps /api/edits and /api/snapshots.</summary>
    public static IEndpointRouteBuilder MapCuration(this IEndpointRouteBuilder app) => app.MapEdits().MapSnapshots();
}

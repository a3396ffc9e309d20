using Graph.Core;
using Graph.Core.Ingestion;
using Graph.Core.Storage;
using Microsoft.Extensions.Options;

namespace Graph.Web.Hosting;

/// <summary>Fills an empty store with the sample reports of <c>data/reports</c> on first start.</summary>
public static class SampleReportSeeder
{
    /// <summary>Seeds when the store has no report; a store with reports is left as it is.</summary>
    public static WebApplication SeedSampleReports(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IReportStore>();
        if (store.ListReports().Count > 0)
        {
            return app;
        }

        var folder = app.Services.GetRequiredService<IOptions<GraphOptions>>().Value.SeedFolder ?? RepositoryLayout.SampleReports;
        if (!Directory.Exists(folder))
        {
            app.Logger.LogWarning("No sample reports at {Folder}; starting with an empty store.", folder);
            return app;
        }

        var ingestor = app.Services.GetRequiredService<ReportIngestor>();
        var seeded = 0;
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            // One malformed sample should cost that sample, not the start of the whole app.
            try
            {
                ingestor.Ingest(SampleReportFile.Parse(File.ReadAllText(file)));
                seeded++;
            }
            catch (Exception e) when (e is FormatException or ArgumentException or IOException)
            {
                app.Logger.LogError("Skipped sample report {File}: {Reason}", file, e.Message);
            }
        }

        app.Logger.LogInformation("Seeded {Count} sample reports from {Folder}.", seeded, folder);
        return app;
    }
}

using Graph.Core.Extraction;
using Graph.Core.Import;
using Graph.Core.Storage;
using Microsoft.Extensions.Options;

namespace Graph.Web.Imports;

/// <summary>
/// Runs uploaded imports one after another, in the background: an import started by a request goes
/// on when its client disconnects, and stops only with the application (its committed batches stay).
/// </summary>
public sealed class ImportWorker(ImportQueue queue, IReportExtractor extractor, IReportStore store,
    IOptions<ImportLimitsOptions> options, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Waiting.ReadAllAsync(stoppingToken))
        {
            await RunAsync(job, stoppingToken);
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken stoppingToken)
    {
        var limits = options.Value;
        var importOptions = new ImportOptions(Limits: new ImportLimits(limits.MaxArchiveEntries, limits.MaxUncompressedBytes));
        try
        {
            job.Run = new ImportPipeline(extractor, store).Start([job.Folder], importOptions, stoppingToken);
            job.State = "running";
            job.Result = await job.Run.Completion;
            job.State = "completed";
            logger.LogInformation("Import {Id} stored {Stored} reports, {Already} already stored, {Refused} refused",
                job.Id, job.Result.Counts.Stored, job.Result.Counts.AlreadyStored, job.Result.Counts.Refused);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            job.Error = "The application stopped during the import; batches stored before stay stored. Upload the files again to complete it.";
            job.State = "failed";
        }
        catch (Exception e)
        {
            // Whatever broke this import must not stop the worker (and with it the host) for the next one.
            logger.LogError(e, "Import {Id} failed", job.Id);
            job.Error = "The import failed: " + e.Message + " Batches stored before stay stored.";
            job.State = "failed";
        }
        finally
        {
            TryDelete(job.Folder);
        }
    }

    private void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not remove the upload folder {Folder}", folder);
        }
    }
}

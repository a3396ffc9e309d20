using Graph.Core.Analysis.Bounded;
using Graph.Core.Network;

namespace Graph.Web.Network;

/// <summary>
/// Draws the page's default picture once the app has started, so the first visitor of a large
/// store does not wait for the dataset to load and the view to be built. Failures are logged and
/// left to the first request, which reports them as problem details.
/// </summary>
internal sealed class PictureWarmUp(GraphPictures pictures, IHostApplicationLifetime lifetime, ILogger<PictureWarmUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        await Task.Run(() =>
        {
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var drawn = pictures.Draw(NetworkView.Actors, NetworkFilter.None, new PictureOptions(), always: false);
                log.LogInformation("Default picture ready in {Seconds:F1} s: {Statement}", clock.Elapsed.TotalSeconds, drawn.Picture.Statement);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or Microsoft.Data.Sqlite.SqliteException)
            {
                log.LogWarning(e, "The default picture could not be drawn ahead of the first request.");
            }
        }, stoppingToken);
    }
}

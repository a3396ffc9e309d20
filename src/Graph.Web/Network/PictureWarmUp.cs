using Graph.Core.Analysis.Bounded;
using Graph.Core.Network;

namespace Graph.Web.Network;

/// <summary>
/// Draws the page's default picture, then the countries and agencies views, once the app has started,
/// so the first visitor of a large store does not wait for them to be read and analysed. Failures are logged and
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
                // The default view first, then the other tallied views the page offers beside it.
                foreach (var view in new[] { NetworkView.Actors, NetworkView.Countries, NetworkView.Agencies })
                {
                    stoppingToken.ThrowIfCancellationRequested();
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    var drawn = pictures.Draw(view, NetworkFilter.None, new PictureOptions(), always: false);
                    log.LogInformation("Picture of {View} ready in {Seconds:F1} s: {Statement}", view, clock.Elapsed.TotalSeconds, drawn.Picture.Statement);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or Microsoft.Data.Sqlite.SqliteException)
            {
                log.LogWarning(e, "The default picture could not be drawn ahead of the first request.");
            }
        }, stoppingToken);
    }
}

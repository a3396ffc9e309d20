using Graph.Core.Storage;

namespace Graph.Web.Network;

/// <summary>
/// The coverage counts at the store's current version: counted once per version however many requests
/// ask at the same time (at 100,000 reports a count takes 10–30 s of database work), then answered from
/// memory until a stored report or edit moves the version.
/// </summary>
public sealed class CoverageCache(IReportStore store)
{
    private readonly Lock _gate = new();
    private (long Version, Lazy<CoverageResponse> Counts)? _held;

    /// <summary>The counts at the current version, counted by <paramref name="count"/> when this version has none yet.</summary>
    public CoverageResponse At(Func<CoverageResponse> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        var version = store.Version();
        Lazy<CoverageResponse> counts;
        lock (_gate)
        {
            if (_held is not { } held || held.Version != version)
            {
                _held = held = (version, new Lazy<CoverageResponse>(count, LazyThreadSafetyMode.ExecutionAndPublication));
            }

            counts = held.Counts;
        }

        return counts.Value;
    }
}

namespace Graph.Web.Operations;

/// <summary>
/// The <c>Graph:RateLimits</c> section: token buckets that refill steadily at the per-minute rate and
/// hold up to the burst, so short bursts pass and a steady flood is slowed to the rate.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Writes (POST, PUT, PATCH, DELETE under /api) per minute, per API key, or per client address without one.</summary>
    public int WritesPerMinute { get; set; } = 60;

    /// <summary>Writes a key or address may make at once before the rate applies.</summary>
    public int WriteBurst { get; set; } = 20;

    /// <summary>Expensive reads (exports; analyses of a view not cached yet) per minute, per client address.</summary>
    public int ExpensiveReadsPerMinute { get; set; } = 120;

    /// <summary>Expensive reads a client may make at once.</summary>
    public int ExpensiveReadBurst { get; set; } = 40;
}

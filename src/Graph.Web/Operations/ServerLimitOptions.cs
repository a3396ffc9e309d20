namespace Graph.Web.Operations;

/// <summary>
/// The <c>Graph:Limits</c> section: how long Kestrel waits for slow clients before cutting them off,
/// so a few connections trickling bytes (slowloris) cannot hold the server's connections.
/// </summary>
public sealed class ServerLimitOptions
{
    /// <summary>Time a client has to send all request headers.</summary>
    public double RequestHeadersTimeoutSeconds { get; set; } = 10;

    /// <summary>Slowest body upload accepted, averaged, once the grace period is over.</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>Time a body upload may run below the minimum rate before it is cut.</summary>
    public double MinRequestBodyGraceSeconds { get; set; } = 5;

    /// <summary>Time an idle kept-alive connection is held open.</summary>
    public double KeepAliveTimeoutSeconds { get; set; } = 60;
}

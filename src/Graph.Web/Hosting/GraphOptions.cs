namespace Graph.Web.Hosting;

/// <summary>The <c>Graph</c> configuration section.</summary>
public sealed class GraphOptions
{
    /// <summary>Key that write requests must send in <c>X-Api-Key</c>; generated on first start when unset.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest report body accepted, in bytes.</summary>
    public int MaxReportBytes { get; set; } = 1024 * 1024;

    /// <summary>Folder of the static front end; defaults to the repository's <c>wwwroot</c>.</summary>
    public string? WebRoot { get; set; }

    /// <summary>Folder of sample reports seeded into an empty store; defaults to <c>data/reports</c>.</summary>
    public string? SeedFolder { get; set; }

    /// <summary>The two-mode view shows at most this many events: the newest the filters admit.</summary>
    public int BipartiteEventBudget { get; set; } = 500;
}

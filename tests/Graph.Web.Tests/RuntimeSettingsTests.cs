using System.Text.Json;

namespace Graph.Web.Tests;

/// <summary>The runtime settings the server is built with, read from the runtime configuration file the build writes beside it.</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void TheServerRunsTheWorkstationCollectorConcurrently()
    {
        var settings = Settings();

        // Absent means the runtime's own default: the workstation collector, concurrent.
        Assert.False(settings.TryGetProperty("System.GC.Server", out var server) && server.GetBoolean(),
            "the server collector is back in Graph.Web's runtime configuration");
        Assert.False(settings.TryGetProperty("System.GC.Concurrent", out var concurrent) && !concurrent.GetBoolean(),
            "the server's collector is no longer concurrent");
    }

    [Fact]
    public void TheServerKeepsDynamicPgoForItsExtraction()
    {
        Assert.False(Settings().TryGetProperty("System.Runtime.TieredPGO", out var pgo) && !pgo.GetBoolean(),
            "dynamic PGO is turned off for the server, which slows the extraction of posted reports");
    }

    private static JsonElement Settings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Graph.Web.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}

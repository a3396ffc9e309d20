using Graph.Core;
using Graph.Core.Storage;

namespace Graph.Web.Hosting;

/// <summary>Serves the explorer from the repository's top-level <c>wwwroot</c> (or <c>Graph:WebRoot</c>).</summary>
public static class FrontEnd
{
    /// <summary>The folder to use as web root, decided before the host is built.</summary>
    public static string WebRoot(string[] args)
    {
        var configured = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build()["Graph:WebRoot"];
        return configured ?? RepositoryLayout.WebRoot;
    }

    public static WebApplication UseFrontEnd(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}

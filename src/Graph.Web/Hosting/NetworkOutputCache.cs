using Graph.Core.Storage;

namespace Graph.Web.Hosting;

/// <summary>
/// Keeps the serialised answers of the network reads (/api/graph, /api/metrics, /api/communities)
/// per query string and store version, so a repeated request costs one version read and a copy, not
/// a serialisation of megabytes of JSON; a stored report changes the version and so the key. The cache
/// runs outside response compression, so it keeps the compressed bytes: entries vary by Accept-Encoding,
/// and a repeated request is not compressed again.
/// </summary>
public static class NetworkOutputCache
{
    /// <summary>The tag every cached network answer carries; the network cache evicts it when the store's version moves.</summary>
    public const string Tag = "network";

    private static readonly string[] CachedPaths = ["/api/graph", "/api/metrics", "/api/communities", "/api/timeline/days"];

    public static IServiceCollection AddNetworkOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 256 * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .With(context => CachedPaths.Any(p => context.HttpContext.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
                .SetVaryByQuery("*")
                .SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding)
                .Tag(Tag)
                .VaryByValue(context => new KeyValuePair<string, string>("version",
                    context.RequestServices.GetRequiredService<IReportStore>().Version().ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Expire(TimeSpan.FromHours(1)));
        });
}

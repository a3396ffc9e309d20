using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Graph.Web.Hosting;

/// <summary>
/// Brotli (preferred) and gzip for every text answer: JSON, exports and the static front end. At the
/// fastest level: a graph of a few megabytes compresses in milliseconds to a small part of its size,
/// where the best level would cost more time than the wire saves. A body is compressed as one piece
/// (<see cref="WholeBodyCompression"/>) and, for the network reads, once: the output cache keeps the result.
/// </summary>
public static class Compression
{
    private static readonly string[] TextTypes =
        ["application/problem+json", "application/graphml+xml", "application/gexf+xml", "text/csv", "image/svg+xml"];

    public static IServiceCollection AddWireCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // The API answers no secrets mixed with attacker-chosen text in one body, so BREACH does not apply.
            options.EnableForHttps = true;
            options.Providers.Add(new WholeBodyCompression("br", CompressionLevel.Fastest));
            options.Providers.Add(new WholeBodyCompression("gzip", CompressionLevel.Fastest));
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(TextTypes);
        });
        return services;
    }
}

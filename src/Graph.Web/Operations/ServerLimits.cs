using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Graph.Web.Operations;

/// <summary>Applies <see cref="ServerLimitOptions"/> to Kestrel.</summary>
public static class ServerLimits
{
    public static IServiceCollection AddServerLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Graph:Limits").Get<ServerLimitOptions>() ?? new ServerLimitOptions();
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(limits.MinRequestBodyGraceSeconds));
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(limits.KeepAliveTimeoutSeconds);
        });
        return services;
    }
}

using System.Security.Cryptography;
using System.Text;
using Graph.Core.Storage.Keys;
using Graph.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Graph.Web.Security;

/// <summary>
/// Writes need the key in <c>X-Api-Key</c>. It comes from <c>Graph:ApiKey</c>; when unset, one is
/// generated on first start, kept beside the database (<c>graph.db.apikey</c>, owner-only) and
/// logged once. Named keys made with <c>graph keys add</c> live, hashed, in the same database.
/// </summary>
public static class ApiKeyRegistration
{
    public const string HeaderName = "X-Api-Key";

    public static IServiceCollection AddApiKey(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<GraphOptions>>().Value.ApiKey;
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return new ApiKey(configured);
            }

            var file = provider.GetRequiredService<StoreLocation>().DatabaseFile + ".apikey";
            if (File.Exists(file))
            {
                return new ApiKey(File.ReadAllText(file).Trim());
            }

            var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            File.WriteAllText(file, key);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            provider.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.ApiKey")
                .LogWarning("Generated an API key for writes, stored in {File}: {Key}", file, key);
            return new ApiKey(key);
        });
        // Named keys live in the store's own database, whichever it is.
        services.AddSingleton<IApiKeyStore>(provider =>
        {
            var location = provider.GetRequiredService<StoreLocation>();
            return ApiKeyStores.Open(location.ConnectionString, location.Postgres ? "postgres" : "sqlite");
        });
        services.AddSingleton<ApiKeyAuthenticator>();
        return services;
    }

    /// <summary>Refuses the request with 401 problem details unless it carries the key.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiKeyRequired()).AddEndpointFilter(async (context, next) =>
        {
            var authenticator = context.HttpContext.RequestServices.GetRequiredService<ApiKeyAuthenticator>();
            return authenticator.Authenticate(context.HttpContext) is not null
                ? await next(context)
                : TypedResults.Problem(
                    title: "Missing or wrong API key",
                    detail: $"Writes need the API key in the {HeaderName} header.",
                    statusCode: StatusCodes.Status401Unauthorized);
        });
}

/// <summary>The key writes are checked against, compared in constant time.</summary>
public sealed record ApiKey(string Value)
{
    public bool Matches(string? sent) =>
        sent is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(Value));
}

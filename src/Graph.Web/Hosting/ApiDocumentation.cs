using Graph.Web.Security;
using Scalar.AspNetCore;

namespace Graph.Web.Hosting;

/// <summary>The OpenAPI document at /openapi/v1.json and an interactive reference at /api/docs.</summary>
public static class ApiDocumentation
{
    public const string ReferencePath = "/api/docs";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddApiKeyScheme());

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi();

        // Scalar's scripts ship inside the package; its web fonts, telemetry and AI agent would
        // reach out to scalar.com, which the CSP forbids and an offline machine cannot reach.
        // The per-request nonce lets the docs page keep script-src free of 'unsafe-inline'.
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("Graph API")
            .WithNonce()
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .AddPreferredSecuritySchemes(ApiKeyOpenApi.SchemeName));
        return app;
    }
}

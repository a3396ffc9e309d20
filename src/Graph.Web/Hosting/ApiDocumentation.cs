using Scalar.AspNetCore;

namespace Graph.Web.Hosting;

/// <summary>The OpenAPI document at /openapi/v1.json and an interactive reference at /api/docs.</summary>
public static class ApiDocumentation
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi();

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs", options => options.WithTitle("Graph API"));
        return app;
    }
}

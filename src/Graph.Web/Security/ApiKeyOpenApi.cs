using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Graph.Web.Security;

/// <summary>
/// Describes the <c>X-Api-Key</c> header in the OpenAPI document: one security scheme, required
/// by every operation that carries <see cref="ApiKeyRequired"/>, so the reference page can send it.
/// </summary>
public static class ApiKeyOpenApi
{
    public const string SchemeName = "ApiKey";

    public static OpenApiOptions AddApiKeyScheme(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyRegistration.HeaderName,
                Description = "Writes need the key from Graph:ApiKey, or the one generated beside the database (graph.db.apikey).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequired>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
            }

            return Task.CompletedTask;
        });
        return options;
    }
}

/// <summary>Endpoint metadata marking an operation that needs the API key.</summary>
public sealed class ApiKeyRequired;

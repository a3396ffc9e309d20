using Graph.Web.Hosting;
using Scalar.AspNetCore;

namespace Graph.Web.Security;

/// <summary>
/// A strict Content-Security-Policy on every response: the page's scripts and styles come only
/// from this origin, so text from reports can never run. The API reference page gets its own
/// policy: its one inline script runs by a per-request nonce, and its renderer injects styles.
/// </summary>
public static class SecurityHeaders
{
    private const string Strict =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Decided when the response starts, because the docs endpoint creates its nonce only then.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiDocumentation.ReferencePath)
                    ? ApiReferencePolicy(context.Items[ScalarOptions.NonceHttpContextItemKey] as string)
                    : Strict;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static string ApiReferencePolicy(string? nonce) =>
        $"default-src 'self'; script-src 'self'{(nonce is null ? "" : $" 'nonce-{nonce}'")}; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
}

using System.Globalization;
using System.Threading.RateLimiting;
using Graph.Core.Network;
using Graph.Web.Network;
using Graph.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Graph.Web.Operations;

/// <summary>
/// One global limiter sorts each request into a budget: writes per API key (per client address when
/// the request has no live key, which also slows key guessing), expensive reads per client address,
/// everything else unlimited. Deciding by method and path, rather than per endpoint, covers every
/// write endpoint added later without each having to opt in. Over budget: 429 with Retry-After and
/// a problem body.
/// </summary>
public static class RateLimits
{
    private static readonly string[] AnalysisPaths = ["/api/graph", "/api/metrics", "/api/communities", "/api/paths"];

    public static IServiceCollection AddGraphRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection("Graph:RateLimits"));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits.Value));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api"))
        {
            return RateLimitPartition.GetNoLimiter("free");
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)))
        {
            var holder = context.RequestServices.GetRequiredService<ApiKeyAuthenticator>().Authenticate(context);
            return Bucket(holder is null ? "write:address:" + address : "write:key:" + holder, limits.WritesPerMinute, limits.WriteBurst);
        }

        return IsExpensiveRead(context)
            ? Bucket("read:address:" + address, limits.ExpensiveReadsPerMinute, limits.ExpensiveReadBurst)
            : RateLimitPartition.GetNoLimiter("free");
    }

    /// <summary>Exports always; analyses only when the cache cannot answer (a query that does not parse is a cheap 400).</summary>
    private static bool IsExpensiveRead(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api/export"))
        {
            return true;
        }

        if (!AnalysisPaths.Any(p => path.StartsWithSegments(p)))
        {
            return false;
        }

        var q = context.Request.Query;
        // /api/paths analyses the whole view; its from/to are actor ids, not dates.
        var query = path.StartsWithSegments("/api/paths")
            ? new NetworkQuery(q["view"], null, null, null, null, null, null, null, null, null)
            : new NetworkQuery(q["view"], q["from"], q["to"], q["crimeArea"], q["kinds"], q["minWeight"], q["center"], q["depth"], q["operation"], q["weighting"],
                Source: q["source"], Language: q["language"]);
        return query.TryParse(out var view, out var filter, out _)
            && !context.RequestServices.GetRequiredService<NetworkCache>().Holds(view, filter);
    }

    private static RateLimitPartition<string> Bucket(string key, int perMinute, int burst)
    {
        // Refill a token at a time where the rate allows, so the budget flows rather than arriving in lumps.
        var perMinuteSafe = Math.Max(1, perMinute);
        var (period, tokens) = perMinuteSafe <= 60
            ? (TimeSpan.FromSeconds(60.0 / perMinuteSafe), 1)
            : (TimeSpan.FromSeconds(1), (int)Math.Ceiling(perMinuteSafe / 60.0));
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancel)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var isWrite = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = isWrite
                    ? $"This API key (or address) has used its write budget; try again in {seconds} s. Bulk loads belong in an import, not in many single posts."
                    : $"This client has used its budget for exports and uncached analyses; try again in {seconds} s.",
            },
        });
    }
}

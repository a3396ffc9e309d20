using System.Diagnostics;

namespace Graph.Web.Operations;

/// <summary>
/// One structured log line per request (method, path, status, duration in ms, request id), and the
/// request id in an <c>X-Request-Id</c> response header so a user's complaint can be matched to its
/// line. The id is the one problem bodies carry as <c>traceId</c> (the request's W3C trace id when
/// there is one, else Kestrel's connection-and-request id), so all three agree. Health probes log at Debug only, so a
/// probe every few seconds does not drown the log. <c>Logging__Console__FormatterName=json</c> turns
/// the lines into JSON with each value as its own field.
/// </summary>
public static partial class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var requestId = Activity.Current?.Id ?? context.TraceIdentifier;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["X-Request-Id"] = requestId;
                return Task.CompletedTask;
            });
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var path = context.Request.Path.Value ?? "/";
                var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode;
                if (path is "/healthz" or "/readyz")
                {
                    Probe(logger, context.Request.Method, path, status, elapsed, requestId);
                }
                else
                {
                    Request(logger, context.Request.Method, path, status, elapsed, requestId);
                }
            }
        });
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} answered {StatusCode} in {ElapsedMs:F1} ms, request {RequestId}")]
    private static partial void Request(ILogger logger, string method, string path, int statusCode, double elapsedMs, string requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Method} {Path} answered {StatusCode} in {ElapsedMs:F1} ms, request {RequestId}")]
    private static partial void Probe(ILogger logger, string method, string path, int statusCode, double elapsedMs, string requestId);
}

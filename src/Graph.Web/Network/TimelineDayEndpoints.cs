using Graph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Network;

/// <summary>
/// /api/timeline/days: the report dates counted per day. The page loads it after the first picture
/// instead of /api/timeline, whose one entry per report grew to megabytes on a research corpus.
/// </summary>
public static class TimelineDayEndpoints
{
    public static IEndpointRouteBuilder MapTimelineDays(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/timeline").WithTags("Network")
            .MapGet("/days", GetDays)
            .WithSummary("Each distinct report date, oldest first, with how many reports carry it; plus the total and the undated count.");
        return app;
    }

    public static Ok<TimelineDays> GetDays(IReportStore store)
    {
        var reports = store.ListReports();
        var days = reports
            .Where(r => r.Date is not null)
            .GroupBy(r => r.Date!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new TimelineDay(g.Key, g.Count()))
            .ToArray();
        return TypedResults.Ok(new TimelineDays(reports.Count, reports.Count(r => r.Date is null), days));
    }
}

using Graph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Network;

/// <summary>Report dates in order, so the page can replay how the network grew.</summary>
public static class TimelineEndpoints
{
    public static IEndpointRouteBuilder MapTimeline(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Network")
            .MapGet("/timeline", GetTimeline)
            .WithSummary("Dated reports, oldest first (undated reports are left out).");
        return app;
    }

    public static Ok<IReadOnlyList<TimelineEntry>> GetTimeline(IReportStore store)
    {
        IReadOnlyList<TimelineEntry> entries = store.ListReports()
            .Where(r => r.Date is not null)
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .Select(r => new TimelineEntry(r.Id, r.Date!.Value, r.Title))
            .ToArray();
        return TypedResults.Ok(entries);
    }
}

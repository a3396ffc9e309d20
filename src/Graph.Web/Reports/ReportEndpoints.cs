using Graph.Core.Ingestion;
using Graph.Core.Storage;
using Graph.Web.Hosting;
using Graph.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Graph.Web.Reports;

/// <summary>/api/reports: post a report, list and read stored ones.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports");
        group.MapPost("/", PostAsync)
            .RequireApiKey()
            .WithSummary("Extract and store a report")
            .WithDescription("Body: text/plain (the report), or application/json {\"text\", \"title\"?, \"url\"?, \"date\"?: \"YYYY-MM-DD\"}. " +
                "Extracts actors and events and stores them with the report in one transaction. Re-posting the same text returns the stored report (200) without duplicating it.");
        group.MapGet("/", List).WithSummary("All stored reports, newest first");
        group.MapGet("/{id:long}", Get).WithSummary("One report with its text, actors and events with evidence");
        return app;
    }

    private static async Task<Results<Created<IngestResponse>, Ok<IngestResponse>, ProblemHttpResult>> PostAsync(
        HttpRequest request, ReportIngestor ingestor, IOptions<GraphOptions> options, CancellationToken cancel)
    {
        var (submission, problem) = await ReportBodyReader.ReadAsync(request, options.Value.MaxReportBytes, cancel);
        if (submission is null)
        {
            return TypedResults.Problem(title: problem!.Title, detail: problem.Detail, statusCode: problem.Status);
        }

        var (saved, extraction) = ingestor.Ingest(submission);
        var response = extraction.ToResponse(saved, submission.Date);
        return saved.Created
            ? TypedResults.Created($"/api/reports/{saved.ReportId}", response)
            : TypedResults.Ok(response);
    }

    private static Ok<ReportListItem[]> List(IReportStore store) =>
        TypedResults.Ok(store.ListReports().Select(r => r.ToListItem()).ToArray());

    private static Results<Ok<ReportDetail>, ProblemHttpResult> Get(long id, IReportStore store) =>
        store.FindReport(id) is { } report
            ? TypedResults.Ok(report.ToDetail())
            : TypedResults.Problem(title: "Report not found", detail: $"No report has id {id}.", statusCode: StatusCodes.Status404NotFound);
}

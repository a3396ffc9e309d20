using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Observability;
using Graph.Core.Storage;
using Graph.Web.Hosting;
using Graph.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Graph.Web.Reports;

/// <summary>/api/reports: post a report, list and read stored ones.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports");
        group.MapPost("/", PostAsync)
            .RequireApiKey()
            .AddOpenApiOperationTransformer(DescribeBodyAsync)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Extract and store a report")
            .WithDescription("Body: text/plain (the report), or application/json {\"text\", \"title\"?, \"url\"?, \"date\"?: \"YYYY-MM-DD\"}. " +
                "Extracts actors and events and stores them with the report in one transaction. Re-posting the same text returns the stored report (200) without duplicating it.");
        group.MapGet("/", List).WithSummary("Stored reports, most recently stored first, a page at a time")
            .WithDescription($"limit (1–{MaxPage}, default {DefaultPage}) reports per page, language (en, es, pt, fr) to keep one language's reports; when more follow, the Link header (rel=\"next\") gives the next page's URL with its cursor.");
        group.MapGet("/{id:long}", Get).WithSummary("One report with its text, actors and events with evidence")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<IngestResponse>, Ok<IngestResponse>, ProblemHttpResult>> PostAsync(
        HttpRequest request, ReportIngestor ingestor, GraphMetrics metrics, IOptions<GraphOptions> options, CancellationToken cancel)
    {
        var (submission, problem) = await ReportBodyReader.ReadAsync(request, options.Value.MaxReportBytes, cancel);
        if (submission is null)
        {
            return TypedResults.Problem(title: problem!.Title, detail: problem.Detail, statusCode: problem.Status);
        }

        var (saved, extraction) = ingestor.Ingest(submission with { Author = request.HttpContext.WriteAuthor().Name });
        metrics.ReportSaved(saved.Created, "api");
        var response = extraction.ToResponse(saved, submission.Date);
        return saved.Created
            ? TypedResults.Created($"/api/reports/{saved.ReportId}", response)
            : TypedResults.Ok(response);
    }

    // The body is read by hand (to refuse bad bytes with clear problems), so it is described here;
    // Accepts<T>() would instead let routing answer other media types with a bare 415.
    private static async Task DescribeBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(ReportRequest), cancellationToken: cancel) },
                ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The report text." } },
            },
        };
    }

    private const int DefaultPage = 100;
    private const int MaxPage = 1000;

    private static Results<Ok<ReportListItem[]>, ValidationProblem> List(string? cursor, int? limit, string? language, IReportStore store, HttpResponse response)
    {
        if (limit is < 1 or > MaxPage)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"'limit' must be from 1 to {MaxPage}."] });
        }

        if (language is not null && !ReportLanguage.IsKnown(language))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [$"Unknown language '{language}'. Known: {string.Join(", ", ReportLanguage.All)}."] });
        }

        ReportPage page;
        try
        {
            page = store.ListReports(cursor, limit ?? DefaultPage, language);
        }
        catch (FormatException bad)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = [bad.Message] });
        }

        if (page.Next is { } next)
        {
            var only = language is null ? "" : "&language=" + language;
            response.Headers.Link = $"</api/reports?cursor={Uri.EscapeDataString(next)}&limit={limit ?? DefaultPage}{only}>; rel=\"next\"";
        }

        return TypedResults.Ok(page.Reports.Select(r => r.ToListItem()).ToArray());
    }

    private static Results<Ok<ReportDetail>, ProblemHttpResult> Get(long id, IReportStore store) =>
        store.FindReport(id) is { } report
            ? TypedResults.Ok(report.ToDetail())
            : TypedResults.Problem(title: "Report not found", detail: $"No report has id {id}.", statusCode: StatusCodes.Status404NotFound);
}

using Graph.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.OperationDetails;

/// <summary>/api/operations/{id} and /api/events/{id}/operation: one operation, its reports and where they disagree.</summary>
public static class OperationEndpoints
{
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Operations");
        api.MapGet("/operations/{id:long}", GetOperation)
            .WithSummary("An operation with every report that tells it, why each was linked, and each claim where its reports disagree")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/events/{id:long}/operation", GetOperationOfEvent)
            .WithSummary("The operation a stored event was linked to")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<Ok<OperationResponse>, ProblemHttpResult> GetOperation(long id, IReportStore store) =>
        store.FindOperation(id) is { } operation
            ? TypedResults.Ok(operation.ToResponse())
            : TypedResults.Problem(title: "Operation not found", detail: $"No operation has id {id}.", statusCode: StatusCodes.Status404NotFound);

    private static Results<Ok<OperationResponse>, ProblemHttpResult> GetOperationOfEvent(long id, IReportStore store) =>
        store.OperationOf(id) is { } operation && store.FindOperation(operation) is { } found
            ? TypedResults.Ok(found.ToResponse())
            : TypedResults.Problem(title: "Operation not found", detail: $"No stored event with id {id} is linked to an operation.", statusCode: StatusCodes.Status404NotFound);
}

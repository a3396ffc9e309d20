using Graph.Core.Curation;
using Graph.Core.Storage;
using Graph.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Curation;

/// <summary>
/// /api/edits: the curation log. Writes need the API key, whose name is recorded as the author; an edit
/// is checked against the data as curated so far, and a refused one leaves the store untouched.
/// </summary>
public static class EditEndpoints
{
    // Check-then-append is one step for this process, so two undos of one edit cannot both pass the check.
    private static readonly Lock Gate = new();

    public static IEndpointRouteBuilder MapEdits(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/edits").WithTags("Curation");
        group.MapPost("/", Post).RequireApiKey()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Append a curation edit")
            .WithDescription($"kind is one of: {string.Join(", ", EditKinds.All.Where(k => k != "undo"))}. Every edit needs a reason. " +
                "Actor edits name actor ids; participation edits an eventId (from /api/edges/evidence); operation links a reportId and an operation (its id from /api/operations, or its name). The edit is stored append-only and applied whenever the network is built.");
        group.MapGet("/", List).WithSummary("The curation log, oldest first, each edit with whether it is still in force");
        group.MapPost("/{id:long}/undo", Undo).RequireApiKey()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Reverse an edit by appending an undo (undoing an undo puts the edit back)");
        return app;
    }

    // The body is Core's EditInput itself: the checker owns every rule, so the API keeps no copy of them.
    public static Results<Created<EditDto>, ValidationProblem> Post(EditInput? request, HttpContext context, IReportStore store, IEditLog log) =>
        Append(request ?? new EditInput(null, null), context, store, log);

    public static Results<Ok<EditDto[]>, ValidationProblem> List(IEditLog log)
    {
        var edits = log.ReadEdits();
        var undone = EffectiveEdits.UndoneIds(edits);
        return TypedResults.Ok(edits.Select(e => e.ToDto(undone)).ToArray());
    }

    public static Results<Created<EditDto>, ValidationProblem, ProblemHttpResult> Undo(long id, UndoRequest? request, HttpContext context, IReportStore store, IEditLog log)
    {
        if (log.ReadEdits().All(e => e.Id != id))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such edit.", detail: $"No edit has the id {id}.");
        }

        return Append(new EditInput("undo", request?.Reason, Undoes: id), context, store, log) switch
        {
            { Result: Created<EditDto> created } => created,
            { Result: ValidationProblem problem } => problem,
            _ => throw new InvalidOperationException("An edit is either appended or refused."),
        };
    }

    private static Results<Created<EditDto>, ValidationProblem> Append(EditInput input, HttpContext context, IReportStore store, IEditLog log)
    {
        lock (Gate)
        {
            var check = EditChecker.Check(store, log, input);
            if (!check.IsValid)
            {
                return TypedResults.ValidationProblem(check.Errors.ToDictionary(), title: "The edit is not valid; nothing was stored.");
            }

            var stored = log.AppendEdit(check.Edit!, context.WriteAuthor().Name, input.Reason!.Trim());
            return TypedResults.Created($"/api/edits/{stored.Id}", stored.ToDto(new HashSet<long>()));
        }
    }
}

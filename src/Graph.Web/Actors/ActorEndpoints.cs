using Graph.Core.Extraction.Knowledge;
using Graph.Core.Storage;
using Graph.Web.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Actors;

/// <summary>/api/nodes/{id} (an actor with its evidence) and /api/actors?q= (search over names and aliases).</summary>
public static class ActorEndpoints
{
    private const int MaxSearchResults = 50;

    public static IEndpointRouteBuilder MapActors(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/nodes/{id}", GetNode)
            .WithTags("Actors")
            .WithSummary("An actor with the reports that mention it and the quoted sentences")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/countries", Countries)
            .WithTags("Actors")
            .WithSummary("Every country with its ISO code and approximate coordinates (for geographic layouts)");
        app.MapGet("/api/actors", Search)
            .WithTags("Actors")
            .WithSummary("Actors whose name or alias contains q (case- and accent-insensitive)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static Results<Ok<NodeDetail>, ProblemHttpResult> GetNode(string id, IReportStore store)
    {
        if (store.FindActor(id) is not { } actor)
        {
            return TypedResults.Problem(title: "Actor not found", detail: $"No actor has id '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var reports = store.EvidenceFor(id)
            .Select(e => new NodeReport(e.Report.Id, e.Report.Title, e.Report.Date.ToIso(), e.Report.Url, e.Sentences))
            .ToList();
        return TypedResults.Ok(new NodeDetail(actor.Id, actor.Name, actor.Kind.KindName(), actor.CountryCode, actor.Aliases, reports));
    }

    private static Ok<CountryDto[]> Countries() =>
        TypedResults.Ok(ExtractionKnowledge.Default.Countries.Values
            .OrderBy(c => c.Alpha2, StringComparer.Ordinal)
            .Select(c => new CountryDto(c.Alpha2, c.Name, c.Latitude, c.Longitude))
            .ToArray());

    private static Results<Ok<ActorDto[]>, ProblemHttpResult> Search(string? q, int? limit, IReportStore store)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Problem(title: "Missing query", detail: "Give the text to search for in q.", statusCode: StatusCodes.Status400BadRequest);
        }

        var take = Math.Clamp(limit ?? 10, 1, MaxSearchResults);
        return TypedResults.Ok(store.SearchActors(q, take).Select(a => a.ToDto()).ToArray());
    }
}

/// <summary>An actor with the reports that name it.</summary>
public sealed record NodeDetail(string Id, string Name, string Kind, string? CountryCode, IReadOnlyList<string> Aliases, IReadOnlyList<NodeReport> Reports);

/// <summary>A report that names an actor, with the sentences that do.</summary>
public sealed record NodeReport(long Id, string Title, string? Date, string? Url, IReadOnlyList<string> Sentences);

/// <summary>A country's code, name and approximate centre.</summary>
public sealed record CountryDto(string Code, string Name, double Latitude, double Longitude);

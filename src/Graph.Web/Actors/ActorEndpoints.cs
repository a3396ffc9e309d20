using Graph.Core.Network;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Actors;

/// <summary>/api/nodes/{id} (an actor with its evidence), /api/countries (with regions) and /api/actors?q= (search over names and aliases).</summary>
public static class ActorEndpoints
{
    /// <summary>Registers the country directory the country list reads.</summary>
    public static IServiceCollection AddActors(this IServiceCollection services) =>
        services.AddSingleton(CountryDirectory.Default);

    public static IEndpointRouteBuilder MapActors(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Actors");
        api.MapGet("/nodes/{id}", GetNode)
            .WithSummary("An actor with the reports that mention it and the quoted sentences; the graph's filters (from, to, crimeArea, source) keep only the reports of events they admit")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/countries", Countries)
            .WithSummary("Every country with its ISO code and approximate coordinates (for geographic layouts)");
        api.MapGet("/actors", Search)
            .WithSummary("Actors whose name or alias contains q (case- and accent-insensitive)")
            .ProducesValidationProblem();
        return app;
    }

    private static Results<Ok<NodeDetail>, ValidationProblem, ProblemHttpResult> GetNode(string id, [AsParameters] NetworkQuery query, IReportStore store)
    {
        if (!query.TryParse(out _, out var filter, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "The network query is not valid.");
        }

        return store.FindActor(id) is { } actor
            ? TypedResults.Ok(actor.ToDetail(store.EvidenceFor(id, filter.Events())))
            : TypedResults.Problem(title: "Actor not found", detail: $"No actor has id '{id}'.", statusCode: StatusCodes.Status404NotFound);
    }

    private static Ok<CountryDto[]> Countries(CountryDirectory countries) =>
        TypedResults.Ok(countries.All.Select(c => new CountryDto(c.Alpha2, c.Name, c.Latitude, c.Longitude,
            WorldRegions.Default.SubregionOf(c.Alpha2), WorldRegions.Default.ContinentOf(c.Alpha2))).ToArray());

    private static Ok<ActorDto[]> Search([AsParameters] ActorSearch search, IReportStore store) =>
        TypedResults.Ok(store.SearchActors(search.Q!, search.Limit ?? 10).Select(a => a.ToDto()).ToArray());
}

using Graph.Web.Hosting;
using Graph.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Decks;

/// <summary>/api/decks: presentation decks saved with the data, keyed, and opened by link (<c>/?deck=KEY</c>).</summary>
public static class DeckEndpoints
{
    private const long MaxBodyBytes = 256 * 1024;

    /// <summary>Registers the deck store, in a folder beside the database.</summary>
    public static IServiceCollection AddDecks(this IServiceCollection services) =>
        services.AddSingleton(provider => new DeckStore(provider.GetRequiredService<StoreLocation>().DatabaseFile + ".decks"));

    public static IEndpointRouteBuilder MapDecks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/decks").WithTags("Decks");
        group.MapPost("/", Create).RequireApiKey()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Store a deck: {title?, subtitle?, slides: [{hash, name, caption?, notes?}]}; answers its key and the link that opens it.");
        group.MapPut("/{id}", Replace).RequireApiKey()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Replace a stored deck.");
        group.MapGet("/{id}", Get).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("A stored deck.");
        return app;
    }

    public static Results<Created<DeckCreated>, ValidationProblem, ProblemHttpResult> Create(DeckDocument? deck, HttpRequest request, DeckStore decks)
    {
        if (Refusal(deck, request) is { } refusal)
        {
            return refusal.Problem is { } p ? p : refusal.Invalid!;
        }

        var id = decks.Create(deck!);
        return TypedResults.Created($"/api/decks/{id}", new DeckCreated(id, $"/?deck={id}"));
    }

    public static Results<NoContent, ValidationProblem, ProblemHttpResult> Replace(string id, DeckDocument? deck, HttpRequest request, DeckStore decks)
    {
        if (Refusal(deck, request) is { } refusal)
        {
            return refusal.Problem is { } p ? p : refusal.Invalid!;
        }

        return decks.Replace(id, deck!) ? TypedResults.NoContent() : NotFound(id);
    }

    public static Results<Ok<DeckDocument>, ProblemHttpResult> Get(string id, DeckStore decks) =>
        decks.Find(id) is { } deck ? TypedResults.Ok(deck) : NotFound(id);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such deck.", detail: $"No deck has the key '{id}'.");

    /// <summary>Why a deck cannot be stored (too large, missing, or invalid fields), or null.</summary>
    private static (ProblemHttpResult? Problem, ValidationProblem? Invalid)? Refusal(DeckDocument? deck, HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The deck is too large.", detail: $"A deck is at most {MaxBodyBytes / 1024} KiB."), null);
        }

        if (deck is null)
        {
            return (TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.", detail: "Send the deck as JSON: {\"title\", \"slides\": [...]}."), null);
        }

        var problems = deck.Problems();
        return problems.Count == 0 ? null : (null, TypedResults.ValidationProblem(problems, title: "The deck is not valid."));
    }
}

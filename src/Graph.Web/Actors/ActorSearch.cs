using System.ComponentModel.DataAnnotations;

namespace Graph.Web.Actors;

/// <summary>The query of /api/actors, checked by the built-in validation before the handler runs.</summary>
/// <param name="Q">Text to look for in names and aliases (required, not blank).</param>
/// <param name="Limit">How many actors at most, 1 to 50 (10 when left out).</param>
public sealed record ActorSearch(
    [property: Required(ErrorMessage = "Give the text to search for in q.")] string? Q,
    [property: Range(1, ActorSearch.MaxResults)] int? Limit)
{
    /// <summary>The most actors one search returns.</summary>
    public const int MaxResults = 50;
}

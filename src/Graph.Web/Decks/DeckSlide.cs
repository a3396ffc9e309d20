namespace Graph.Web.Decks;

/// <summary>One slide: a saved view (its share-link hash), its name, the caption shown under it and the presenter's notes.</summary>
public sealed record DeckSlide(string? Hash, string? Name, string? Caption, string? Notes);

namespace Graph.Web.Decks;

/// <summary>A stored deck's key and the page link that opens it.</summary>
public sealed record DeckCreated(string Id, string Link);

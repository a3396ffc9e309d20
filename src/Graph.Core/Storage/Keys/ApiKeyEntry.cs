namespace Graph.Core.Storage.Keys;

/// <summary>A named API key as listed: never the secret, which only its holder has.</summary>
/// <param name="Name">Who holds the key; recorded as the author of every write made with it.</param>
/// <param name="Created">When the key was made.</param>
/// <param name="Revoked">When it was revoked, or null while it still works.</param>
public sealed record ApiKeyEntry(string Name, DateTimeOffset Created, DateTimeOffset? Revoked);

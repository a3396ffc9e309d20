namespace Graph.Core.Storage.Keys;

/// <summary>
/// Named API keys kept in the store's own database, only a SHA-256 hash of each (<see cref="ApiKeySecrets"/>):
/// a SQLite file's <c>api_keys</c> table, or a PostgreSQL database's.
/// </summary>
public interface IApiKeyStore
{
    /// <summary>Makes a key for <paramref name="name"/> and returns its secret; only its hash is kept.</summary>
    /// <exception cref="ArgumentException">The name is not 1–64 letters, digits, '.', '_' or '-', or is taken (revoked names stay taken, so history stays unambiguous).</exception>
    string Add(string name);

    /// <summary>Every key ever made, oldest first, revoked ones included.</summary>
    IReadOnlyList<ApiKeyEntry> List();

    /// <summary>Stops a key from working; returns false when no live key has that name.</summary>
    bool Revoke(string name);

    /// <summary>The name of the live key whose secret this is, or null.</summary>
    /// <remarks>Every live hash is compared, each in constant time, so the answer's timing says nothing about near misses.</remarks>
    string? FindHolder(string? secret);
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Core.Storage.Keys;

/// <summary>
/// What every key store shares: the names allowed, the secrets made (32 random bytes, so a plain hash cannot be
/// searched backwards and a stolen database grants no write access) and their hashes, compared in constant time.
/// </summary>
public static partial class ApiKeySecrets
{
    /// <summary>Throws unless <paramref name="name"/> is 1 to 64 letters, digits, '.', '_' or '-'.</summary>
    public static void CheckName(string name)
    {
        if (!ValidName().IsMatch(name ?? ""))
        {
            throw new ArgumentException("A key name is 1 to 64 letters, digits, '.', '_' or '-'.", nameof(name));
        }
    }

    /// <summary>A new secret, shown once to its holder.</summary>
    public static string NewSecret() => "gk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The hash a store keeps of a secret.</summary>
    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>The holder among <paramref name="live"/> (name and hash) of the presented secret, every hash compared.</summary>
    public static string? Holder(string? secret, IEnumerable<(string Name, byte[] Hash)> live)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return null;
        }

        var presented = Hash(secret);
        string? holder = null;
        foreach (var (name, hash) in live)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash))
            {
                holder = name;
            }
        }

        return holder;
    }

    /// <summary>The message for a name that is taken.</summary>
    public static ArgumentException Taken(string name) => new($"A key named '{name}' exists already; pick another name.", nameof(name));

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex ValidName();
}

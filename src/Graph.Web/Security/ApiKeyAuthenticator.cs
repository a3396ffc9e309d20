using Graph.Core.Storage.Keys;

namespace Graph.Web.Security;

/// <summary>
/// Names the holder of the key a request carries in <c>X-Api-Key</c>: the single configured key
/// (named <see cref="DefaultName"/>) or a named key from <c>graph keys add</c>, looked up by hash.
/// The answer is kept on the request, so the rate limiter, the key check and the handler ask once.
/// </summary>
public sealed class ApiKeyAuthenticator(ApiKey configured, IApiKeyStore keys)
{
    /// <summary>The author recorded for writes made with the configured key.</summary>
    public const string DefaultName = "default";

    private static readonly object Resolved = new();

    /// <summary>The key holder's name, or null when the request carries no live key.</summary>
    public string? Authenticate(HttpContext context)
    {
        if (context.Items.TryGetValue(Resolved, out var known))
        {
            return known as string;
        }

        var sent = context.Request.Headers[ApiKeyRegistration.HeaderName].ToString();
        var name = sent.Length == 0 ? null
            : configured.Matches(sent) ? DefaultName
            : keys.FindHolder(sent);
        context.Items[Resolved] = name;
        return name;
    }
}

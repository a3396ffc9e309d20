namespace Graph.Web.Security;

/// <summary>The author of a write, read from the request.</summary>
public static class WriteAuthorExtensions
{
    /// <summary>
    /// The holder of the request's API key. Only endpoints behind
    /// <see cref="ApiKeyRegistration.RequireApiKey"/> may ask: there the key was checked before the handler runs.
    /// </summary>
    /// <exception cref="InvalidOperationException">The request carries no live key (the endpoint forgot <c>RequireApiKey()</c>).</exception>
    public static WriteAuthor WriteAuthor(this HttpContext context) =>
        context.RequestServices.GetRequiredService<ApiKeyAuthenticator>().Authenticate(context) is { } name
            ? new WriteAuthor(name)
            : throw new InvalidOperationException("A write endpoint asked for its author without RequireApiKey().");
}

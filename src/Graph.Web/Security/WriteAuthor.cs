namespace Graph.Web.Security;

/// <summary>
/// Who makes a write: the name of the API key the request carries (<c>default</c> for the single
/// configured key). Handlers that store anything ask <see cref="WriteAuthorExtensions.WriteAuthor"/>
/// for it and record the name with what they write.
/// </summary>
public sealed record WriteAuthor(string Name);

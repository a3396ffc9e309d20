namespace Graph.Core.Import;

/// <summary>One file to read: a file on disk or an entry of an archive, opened when its turn comes.</summary>
/// <param name="Name">How the file is named in progress and refusals (<c>pages.zip/a.html</c> for an archive entry).</param>
/// <param name="Open">Opens the file's bytes for reading.</param>
/// <param name="Refusal">Set when the file is refused before it is read (an unsafe archive entry).</param>
/// <param name="Named">True when the user named the file itself; a file found in a folder or archive whose
/// format is not recognised is passed over instead of refused (a saved page's images and style sheets).</param>
public sealed record ImportEntry(string Name, Func<Stream> Open, string? Refusal = null, bool Named = true);

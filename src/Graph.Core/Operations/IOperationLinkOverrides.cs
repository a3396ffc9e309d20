namespace Graph.Core.Operations;

/// <summary>
/// Where the linker asks for curators' decisions before applying its own rules. By default a store
/// answers from the link and unlink edits of its own edit log (and relinks what an edit touches as it
/// is appended); a caller may hand it other decisions and relink.
/// </summary>
public interface IOperationLinkOverrides
{
    /// <summary>Every decision that names <paramref name="eventId"/> (as either event).</summary>
    IReadOnlyList<LinkOverride> For(long eventId);
}

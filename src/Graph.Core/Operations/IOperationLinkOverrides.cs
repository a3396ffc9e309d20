namespace Graph.Core.Operations;

/// <summary>
/// Where the linker asks for curators' decisions before applying its own rules. The store keeps none
/// itself: a curation layer implements this, hands it to the store and asks the store to relink the
/// events its edits touch.
/// </summary>
public interface IOperationLinkOverrides
{
    /// <summary>Every decision that names <paramref name="eventId"/> (as either event).</summary>
    IReadOnlyList<LinkOverride> For(long eventId);
}

namespace Graph.Core.Operations;

/// <summary>No curator's decisions: the rules alone link events.</summary>
public sealed class NoLinkOverrides : IOperationLinkOverrides
{
    /// <summary>The one instance.</summary>
    public static NoLinkOverrides Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<LinkOverride> For(long eventId) => [];
}

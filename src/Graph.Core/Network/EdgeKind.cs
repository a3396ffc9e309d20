namespace Graph.Core.Network;

/// <summary>How the two ends of an edge are related.</summary>
public enum EdgeKind
{
    /// <summary>
    /// Projections: the two actors took part in a shared event and neither led one.
    /// Two-mode view: the actor took part in the event.
    /// </summary>
    Together,

    /// <summary>
    /// Projections: one end led at least one of the shared events.
    /// Two-mode view: the actor led the event.
    /// </summary>
    Led,
}

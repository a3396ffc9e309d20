using Graph.Core.Network;

namespace Graph.Core.Storage;

/// <summary>One page of the events supporting an edge, oldest first, and the cursor for the next page (null on the last).</summary>
/// <param name="Evidence">Supporting events with their reports and sentences.</param>
/// <param name="Next">Opaque cursor for the next page, or null when there is none.</param>
public sealed record EdgeEvidencePage(IReadOnlyList<EdgeEvidence> Evidence, string? Next);

namespace Graph.Core.Network;

/// <summary>A node of a cooperation network.</summary>
/// <param name="Id">Actor id (<c>country:ES</c>, <c>agency:interpol</c>) or <c>event:&lt;store id&gt;</c>.</param>
/// <param name="Label">Display name.</param>
/// <param name="Kind">Country, agency or event.</param>
/// <param name="CountryCode">ISO alpha-2 code of the node's country; null for international bodies and events.</param>
/// <param name="Language">For an event, the language of the report that tells it (ISO 639-1); null for actors and groups.</param>
/// <param name="Curated">Whether a curation edit changed or confirmed the actor the node stands for.</param>
public sealed record NetworkNode(string Id, string Label, NodeKind Kind, string? CountryCode, string? Language = null, bool Curated = false);

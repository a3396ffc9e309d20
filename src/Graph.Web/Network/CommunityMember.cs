namespace Graph.Web.Network;

/// <summary>A member of a community.</summary>
public sealed record CommunityMember(string Id, string Label);

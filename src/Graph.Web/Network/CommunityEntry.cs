namespace Graph.Web.Network;

/// <summary>One community and its members.</summary>
public sealed record CommunityEntry(int Id, int Size, IReadOnlyList<CommunityMember> Members);

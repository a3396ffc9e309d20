using Graph.Core.Model;
using Graph.Core.Network;

namespace Graph.Core.Export;

/// <summary>The lower-case names node and edge kinds have in every export and on the wire.</summary>
public static class ExportNames
{
    /// <summary><c>country</c>, <c>agency</c>, <c>region</c> or <c>event</c>.</summary>
    public static string Of(NodeKind kind) => kind switch
    {
        NodeKind.Country => "country",
        NodeKind.Agency => "agency",
        NodeKind.Region => "region",
        _ => "event",
    };

    /// <summary><c>country</c> or <c>agency</c>.</summary>
    public static string Of(ActorKind kind) => kind == ActorKind.Country ? "country" : "agency";

    /// <summary><c>led</c> or <c>together</c>.</summary>
    public static string Of(EdgeKind kind) => kind == EdgeKind.Led ? "led" : "together";

    /// <summary><c>actors</c>, <c>countries</c>, <c>agencies</c>, <c>bipartite</c>, <c>regions</c> or <c>continents</c>.</summary>
    public static string Of(NetworkView view) => view.ToString().ToLowerInvariant();
}

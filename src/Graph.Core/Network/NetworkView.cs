namespace Graph.Core.Network;

/// <summary>Which network is built from the dataset.</summary>
public enum NetworkView
{
    /// <summary>One-mode actor–actor network: countries and agencies linked by shared events.</summary>
    Actors,

    /// <summary>One-mode country–country network: agencies folded into their country; international bodies left out.</summary>
    Countries,

    /// <summary>One-mode agency–agency network: countries left out.</summary>
    Agencies,

    /// <summary>Two-mode network: each event linked to the actors that took part in it.</summary>
    Bipartite,

    /// <summary>One-mode network of UN M49 sub-regions: countries and agencies folded into their country's sub-region; international bodies left out.</summary>
    Regions,

    /// <summary>One-mode network of continents, folded the same way as <see cref="Regions"/>.</summary>
    Continents,
}

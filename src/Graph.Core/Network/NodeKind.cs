namespace Graph.Core.Network;

/// <summary>What a node of a cooperation network stands for.</summary>
public enum NodeKind
{
    /// <summary>A country.</summary>
    Country,

    /// <summary>A national or international agency.</summary>
    Agency,

    /// <summary>A cooperation event (two-mode view only).</summary>
    Event,

    /// <summary>A sub-region or continent standing for the countries and agencies folded into it.</summary>
    Region,
}

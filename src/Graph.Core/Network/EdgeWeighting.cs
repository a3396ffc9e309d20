namespace Graph.Core.Network;

/// <summary>What a projection edge's weight counts.</summary>
public enum EdgeWeighting
{
    /// <summary>Distinct operations both ends took part in, however many reports tell each (the default).</summary>
    Operations,

    /// <summary>Distinct reports naming both ends in a shared event.</summary>
    Reports,

    /// <summary>Newman's collaboration weight: the sum over shared events of 1/(participants − 1).</summary>
    Newman,
}

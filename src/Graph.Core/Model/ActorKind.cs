namespace Graph.Core.Model;

/// <summary>What sort of actor a node of the cooperation network stands for.</summary>
public enum ActorKind
{
    /// <summary>A country or territory, identified by its ISO 3166-1 alpha-2 code.</summary>
    Country,

    /// <summary>A law-enforcement or judicial body, national or international.</summary>
    Agency,
}

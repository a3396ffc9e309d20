namespace Graph.Core.Export;

/// <summary>The time unit of a dyad-period panel.</summary>
public enum PanelPeriod
{
    /// <summary>Calendar years: <c>2023</c>.</summary>
    Year,

    /// <summary>Calendar months: <c>2023-10</c>.</summary>
    Month,
}

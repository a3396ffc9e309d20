namespace Graph.Core.Model;

/// <summary>The keys of <see cref="CooperationEvent.Figures"/>, as the extraction contract names them.</summary>
public static class FigureKeys
{
    public const string Arrests = "arrests";
    public const string Countries = "countries";
    public const string Seizures = "seizures_count";
    public const string SuspectsIdentified = "suspects_identified";
    public const string VictimsIdentified = "victims_identified";
}

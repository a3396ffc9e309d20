namespace Graph.Core.Model;

/// <summary>The keys of <see cref="CooperationEvent.Figures"/>, as the extraction contract names them.</summary>
public static class FigureKeys
{
    /// <summary>People arrested or detained ("20 people were arrested").</summary>
    public const string Arrests = "arrests";

    /// <summary>Countries said to take part ("police from 25 countries").</summary>
    public const string Countries = "countries";

    /// <summary>Seizures made ("1,200 seizures").</summary>
    public const string Seizures = "seizures_count";

    /// <summary>Suspects identified ("120 suspects were identified").</summary>
    public const string SuspectsIdentified = "suspects_identified";

    /// <summary>Victims identified or rescued ("35 victims were rescued").</summary>
    public const string VictimsIdentified = "victims_identified";
}

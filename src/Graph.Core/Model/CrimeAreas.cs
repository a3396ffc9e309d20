namespace Graph.Core.Model;

/// <summary>The closed vocabulary of crime areas an event can be filed under.</summary>
public static class CrimeAreas
{
    /// <summary>Every valid crime-area value, as the extraction contract spells them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "child-sexual-exploitation", "drug-trafficking", "cybercrime", "human-trafficking",
        "migrant-smuggling", "financial-crime", "terrorism", "firearms-trafficking",
        "environmental-crime", "illicit-goods", "organised-crime", "cultural-property", "corruption",
    ];

    /// <summary>Whether <paramref name="value"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string? value) => value is not null && All.Contains(value);
}

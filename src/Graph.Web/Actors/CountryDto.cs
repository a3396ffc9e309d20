namespace Graph.Web.Actors;

/// <summary>A country's code, name and approximate centre.</summary>
public sealed record CountryDto(string Code, string Name, double Latitude, double Longitude);

namespace Graph.Web.Actors;

/// <summary>A country's code, name, approximate centre and UN M49 sub-region and continent (null when unlisted).</summary>
public sealed record CountryDto(string Code, string Name, double Latitude, double Longitude, string? Subregion = null, string? Continent = null);

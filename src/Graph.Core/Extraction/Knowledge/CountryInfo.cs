namespace Graph.Core.Extraction.Knowledge;

/// <summary>A country or territory of ISO 3166-1 as the extractor knows it.</summary>
/// <param name="Alpha2">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">Common English name.</param>
/// <param name="Names">Every name it goes by (common, official, short, former).</param>
/// <param name="Demonyms">Adjectives of nationality that can stand for its authorities.</param>
/// <param name="Latitude">Approximate latitude of its centre, for geographic layouts.</param>
/// <param name="Longitude">Approximate longitude of its centre.</param>
public sealed record CountryInfo(
    string Alpha2,
    string Name,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Demonyms,
    double Latitude,
    double Longitude);

namespace Graph.Web.Network;

/// <summary>What the stored reports cover: how many reports each crime area, sub-region and continent holds (all listed, zero included).</summary>
public sealed record CoverageResponse(IReadOnlyList<CoverageEntry> CrimeAreas, IReadOnlyList<CoverageEntry> Regions, IReadOnlyList<CoverageEntry> Continents);

using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Network;

/// <summary>/api/coverage: how many reports each crime area and region holds, so the filters can say what the data covers.</summary>
public static class CoverageEndpoints
{
    public static IEndpointRouteBuilder MapCoverage(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Network")
            .MapGet("/coverage", GetCoverage)
            .WithSummary("How many reports each crime area, UN M49 sub-region and continent holds (a report counts once per region whatever number of its countries lie there); counted once per store version.");
        return app;
    }

    public static Ok<CoverageResponse> GetCoverage(IReportStore store, CountryDirectory countries, CoverageCache cache) =>
        TypedResults.Ok(cache.At(() => Count(store, countries)));

    private static CoverageResponse Count(IReportStore store, CountryDirectory countries)
    {
        var areas = store.CountReportsByCrimeArea();
        var regions = WorldRegions.Default;
        var codes = countries.All.Select(c => c.Alpha2.ToUpperInvariant()).Distinct().ToList();
        var region = Grouping(codes, "region", regions.SubregionOf);
        var continent = Grouping(codes, "continent", regions.ContinentOf);
        var counts = store.CountReportsByCountryGroups([region.GroupOf, continent.GroupOf]);
        return new CoverageResponse(
            [.. CrimeAreas.All.Select(a => new CoverageEntry(a, a.Replace('-', ' '), areas.GetValueOrDefault(a)))],
            Entries(region.Names, counts[0]),
            Entries(continent.Names, counts[1]));
    }

    /// <summary>Each country code with the id of its group (<c>region:…</c>, <c>continent:…</c>), and each group's id with its name.</summary>
    private static (Dictionary<string, string> GroupOf, Dictionary<string, string> Names) Grouping(List<string> codes, string prefix, Func<string, string?> groupOf)
    {
        var named = codes.Select(code => (Code: code, Name: groupOf(code))).Where(x => x.Name is not null).ToList();
        return (named.ToDictionary(x => x.Code, x => WorldRegions.GroupId(prefix, x.Name!), StringComparer.Ordinal),
                named.Select(x => x.Name!).Distinct(StringComparer.Ordinal).ToDictionary(name => WorldRegions.GroupId(prefix, name), StringComparer.Ordinal));
    }

    /// <summary>One entry per group, in order of name, with its count (0 when no report reaches it).</summary>
    private static CoverageEntry[] Entries(Dictionary<string, string> names, IReadOnlyDictionary<string, int> counts) =>
        [.. names.OrderBy(n => n.Value, StringComparer.Ordinal).Select(n => new CoverageEntry(n.Key, n.Value, counts.GetValueOrDefault(n.Key)))];
}

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
        return new CoverageResponse(
            [.. CrimeAreas.All.Select(a => new CoverageEntry(a, a.Replace('-', ' '), areas.GetValueOrDefault(a)))],
            Grouped(store, codes, "region", regions.SubregionOf),
            Grouped(store, codes, "continent", regions.ContinentOf));
    }

    private static CoverageEntry[] Grouped(IReportStore store, List<string> codes, string prefix, Func<string, string?> groupOf)
    {
        var names = codes.Select(code => groupOf(code)).OfType<string>().Distinct(StringComparer.Ordinal)
            .ToDictionary(name => WorldRegions.GroupId(prefix, name), StringComparer.Ordinal);
        var counts = store.CountReportsByCountryGroup(codes
            .Select(code => (Code: code, Name: groupOf(code)))
            .Where(x => x.Name is not null)
            .ToDictionary(x => x.Code, x => WorldRegions.GroupId(prefix, x.Name!), StringComparer.Ordinal));
        return [.. names.OrderBy(n => n.Value, StringComparer.Ordinal).Select(n => new CoverageEntry(n.Key, n.Value, counts.GetValueOrDefault(n.Key)))];
    }
}

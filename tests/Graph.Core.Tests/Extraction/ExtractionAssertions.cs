using Graph.Core.Extraction;
using Graph.Core.Model;

namespace Graph.Core.Tests.Extraction;

/// <summary>Shorthands over the default extractor for the extraction tests.</summary>
internal static class ExtractionAssertions
{
    public static ReportExtraction Extract(string text) => ReportExtractor.Default.Extract(text);

    public static HashSet<string> ActorIds(string text) => [.. Extract(text).Actors.Select(a => a.Id)];

    public static HashSet<string> Countries(string text) =>
        [.. Extract(text).Actors.Where(a => a.Kind == ActorKind.Country).Select(a => a.CountryCode!)];

    public static CooperationEvent SingleEvent(string text) => Assert.Single(Extract(text).Events);
}

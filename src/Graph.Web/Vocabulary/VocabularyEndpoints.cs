using Graph.Core.Extraction;
using Graph.Core.Model;
using Graph.Core.Vocabulary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Graph.Web.Vocabulary;

/// <summary>/api/vocabulary: the names, labels and colours the page derives its controls, table and legend from.</summary>
public static class VocabularyEndpoints
{
    private static readonly VocabularyResponse Vocabulary = new(
        [.. NodeMetricCatalog.All.Select(m => new MetricEntry(m.Name, m.Label, m.Description, m.IsInteger, m.CanSize))],
        [.. ViewCatalog.All.Select(v => new VocabularyEntry(v.Name, v.Label, v.Description))],
        [.. CrimeAreas.All.Select(a => new VocabularyEntry(a, a.Replace('-', ' '), ""))],
        RoleNames.All,
        IsoDate.Pattern,
        Palette.Default,
        [.. ReportLanguage.All.Select(code => new VocabularyEntry(code, ReportLanguage.NameOf(code), ""))]);

    /// <summary>Maps GET /api/vocabulary.</summary>
    public static IEndpointRouteBuilder MapVocabulary(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/vocabulary").WithTags("Vocabulary")
            .MapGet("", GetVocabulary)
            .WithSummary("Metrics with labels and descriptions, views, crime areas, roles, the date format, the palette and the report languages.");
        return app;
    }

    private static Ok<VocabularyResponse> GetVocabulary() => TypedResults.Ok(Vocabulary);
}

using Graph.Core.Export;
using Graph.Core.Network;

namespace Graph.Core.Vocabulary;

/// <summary>The network views, defined once: names are <see cref="ExportNames"/>' and the API, CLI and page list them from here.</summary>
public static class ViewCatalog
{
    /// <summary>Every view, the default first.</summary>
    public static IReadOnlyList<ViewDefinition> All { get; } =
    [
        Define(NetworkView.Actors, "Agencies and countries", "Countries and agencies linked by the operations they shared."),
        Define(NetworkView.Countries, "Countries", "Countries linked by shared operations, agencies folded into their country."),
        Define(NetworkView.Agencies, "Agencies", "Agencies linked by shared operations, countries left out."),
        Define(NetworkView.Bipartite, "Events and actors", "Each operation linked to the actors that took part in it."),
        Define(NetworkView.Regions, "Regions", "UN M49 sub-regions linked by shared operations; click one to open it into its countries and agencies."),
        Define(NetworkView.Continents, "Continents", "Continents linked by shared operations; click one to open it into its countries and agencies."),
    ];

    /// <summary>The view called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static ViewDefinition? Find(string? name) =>
        All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    private static ViewDefinition Define(NetworkView view, string label, string description) =>
        new(view, ExportNames.Of(view), label, description);
}

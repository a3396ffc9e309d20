using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;

namespace Graph.Core.Network;

/// <summary>
/// The evidence behind one edge of a view, read from the store a page at a time: the actors each
/// end stands for in that view (a country in <c>countries</c> stands for itself and its agencies; a
/// sub-region or continent for every actor of its countries; an event node of the two-mode view for
/// that one event), then the events both take part in that the view's filter admits.
/// </summary>
public static class EdgeEvidenceReader
{
    /// <summary>A page of the edge's evidence, oldest stored event first; <paramref name="scope"/> keeps only the events the view's filters admit.</summary>
    /// <exception cref="FormatException">The cursor was not given out by the store.</exception>
    public static EdgeEvidencePage Read(IReportStore store, NetworkView view, string source, string target, string? cursor, int limit, EventQuery? scope = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (view == NetworkView.Bipartite)
        {
            var (eventEnd, actor) = source.StartsWith("event:", StringComparison.Ordinal) ? (source, target) : (target, source);
            return long.TryParse(eventEnd.AsSpan("event:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var eventId)
                ? store.EdgeEvidence([actor], [actor], eventId, cursor, limit, scope)
                : new EdgeEvidencePage([], null);
        }

        var actors = view is NetworkView.Actors or NetworkView.Agencies ? [] : store.ListActors();
        return store.EdgeEvidence(ActorsOf(view, source, actors), ActorsOf(view, target, actors), null, cursor, limit, scope);
    }

    private static List<string> ActorsOf(NetworkView view, string node, IReadOnlyList<Actor> actors) => view switch
    {
        NetworkView.Countries => [.. actors.Where(a => Projection.NodeOf(view, a.Id, new ActorFacts(a.Kind, a.CountryCode, a.Name)) == node).Select(a => a.Id)],
        // A group node (region:…, continent:…) stands for the actors of its countries; an opened group shows actors as themselves.
        NetworkView.Regions or NetworkView.Continents when node.StartsWith("region:", StringComparison.Ordinal) || node.StartsWith("continent:", StringComparison.Ordinal) =>
            [.. actors.Where(a => GroupOf(view, a) == node).Select(a => a.Id)],
        _ => [node],
    };

    private static string? GroupOf(NetworkView view, Actor actor)
    {
        if (actor.CountryCode is not { } code)
        {
            return null;
        }

        var name = view == NetworkView.Regions ? WorldRegions.Default.SubregionOf(code) : WorldRegions.Default.ContinentOf(code);
        return name is null ? null : WorldRegions.GroupId(view == NetworkView.Regions ? "region" : "continent", name);
    }
}

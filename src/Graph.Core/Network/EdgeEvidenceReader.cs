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
        if (AggregateNetworkBuilder.IsCurated(store))
        {
            return Curated(store, view, source, target, cursor, limit);
        }

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

    /// <summary>
    /// The evidence as the curation edits leave it (merged actors' events, added sentences, rejected
    /// participations gone): the view is rebuilt from the curated events and the edge's evidence paged by event id.
    /// </summary>
    private static EdgeEvidencePage Curated(IReportStore store, NetworkView view, string source, string target, string? cursor, int limit)
    {
        var edge = NetworkBuilder.Build(store.LoadDataset(), view, NetworkFilter.None).FindEdge(source, target);
        return edge is null ? new EdgeEvidencePage([], null) : Page(edge, cursor, limit);
    }

    /// <summary>
    /// A page of the evidence an edge built with its evidence carries (by <see cref="NetworkBuilder"/>,
    /// say from a snapshot), in event order; the cursor is the last event id of the page before.
    /// </summary>
    /// <exception cref="FormatException">The cursor is not an event id.</exception>
    public static EdgeEvidencePage Page(CooperationEdge edge, string? cursor, int limit)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var after = 0L;
        if (cursor is not null && !long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            throw new FormatException($"'{cursor}' is not a cursor this store gave out.");
        }

        var rest = edge.Evidence.Where(e => e.EventId > after).OrderBy(e => e.EventId).ToList();
        var page = rest.Take(limit).ToList();
        return new EdgeEvidencePage(page, rest.Count > limit ? page[^1].EventId.ToString(CultureInfo.InvariantCulture) : null);
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

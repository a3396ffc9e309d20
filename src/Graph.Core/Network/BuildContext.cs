using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Vocabulary;

namespace Graph.Core.Network;

/// <summary>Lookups shared by the network builders: actors, reports and how a view maps participants to nodes.</summary>
internal sealed class BuildContext
{
    private readonly Dictionary<string, Actor> _actors;
    private readonly Dictionary<long, ReportSummary> _reports;
    private readonly CooperationDataset _dataset;

    public BuildContext(CooperationDataset dataset, NetworkView view, NetworkFilter filter)
    {
        _dataset = dataset;
        View = view;
        Filter = filter;
        _actors = _dataset.Actors.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _reports = _dataset.Reports.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
    }

    public NetworkView View { get; }

    public NetworkFilter Filter { get; }

    /// <summary>Events the filter admits, in a stable order (date, then id).</summary>
    public IEnumerable<StoredEvent> AdmittedEvents() =>
        _dataset.Events.Where(Filter.Admits).OrderBy(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Id);

    /// <summary>The distinct nodes an event contributes in this view, each with its sentences and role.</summary>
    public IReadOnlyList<Member> Members(StoredEvent e)
    {
        var members = new List<Member>();
        foreach (var participation in e.Participants)
        {
            if (ToNode(participation.ActorId) is not { } node)
            {
                continue;
            }

            var led = participation.Role == ParticipantRole.Lead;
            var existing = members.FindIndex(m => m.Node.Id == node.Id);
            if (existing < 0)
            {
                members.Add(new Member(node, led, [participation]));
            }
            else
            {
                var old = members[existing];
                members[existing] = old with { Led = old.Led || led, Participations = [.. old.Participations, participation] };
            }
        }

        return members;
    }

    public EdgeEvidence Evidence(StoredEvent e, Member a, Member? b)
    {
        var report = _reports.GetValueOrDefault(e.ReportId);
        var quoted = a.Participations.Concat(b?.Participations ?? [])
            .OrderBy(p => p.SentenceSpan.Start)
            .DistinctBy(p => p.Sentence, StringComparer.Ordinal)
            .ToArray();
        return new EdgeEvidence(e.ReportId, report?.Title ?? $"Report {e.ReportId}", report?.Date ?? e.Date, report?.Url, e.Id, e.Name,
            [.. quoted.Select(p => p.Sentence)], e.Source, e.Language, [.. quoted.Select(p => p.SentenceSpan)]);
    }

    public string EventLabel(StoredEvent e) =>
        e.Name ?? _reports.GetValueOrDefault(e.ReportId)?.Title ?? $"Event {e.Id}";

    private NetworkNode? ToNode(string actorId)
    {
        if (!_actors.TryGetValue(actorId, out var actor) || Filter.Kinds is { } kinds && !kinds.Contains(actor.Kind))
        {
            return null;
        }

        return (View, actor.Kind) switch
        {
            (NetworkView.Agencies, ActorKind.Country) => null,
            (NetworkView.Countries, ActorKind.Agency) => actor.CountryCode is { } code ? CountryNode(code) : null,
            (NetworkView.Regions or NetworkView.Continents, _) => GroupNode(actor),
            _ => OwnNode(actor),
        };
    }

    private NetworkNode OwnNode(Actor actor) =>
        new(actor.Id, actor.Name, actor.Kind == ActorKind.Country ? NodeKind.Country : NodeKind.Agency, actor.CountryCode, Curated: _dataset.CuratedActors.Contains(actor.Id));

    /// <summary>The actor's sub-region or continent, or the actor itself when its group is expanded; null without a known country.</summary>
    private NetworkNode? GroupNode(Actor actor)
    {
        var regions = WorldRegions.Default;
        var (prefix, name) = actor.CountryCode is not { } code ? ("", null)
            : View == NetworkView.Regions ? ("region", regions.SubregionOf(code)) : ("continent", regions.ContinentOf(code));
        if (name is null)
        {
            return null;
        }

        var id = WorldRegions.GroupId(prefix, name);
        return Filter.Expand is { } open && open.Contains(id) ? OwnNode(actor) : new NetworkNode(id, name, NodeKind.Region, null);
    }

    private NetworkNode CountryNode(string code)
    {
        var id = Actor.CountryId(code);
        var name = _actors.TryGetValue(id, out var country) ? country.Name : code.ToUpperInvariant();
        return new NetworkNode(id, name, NodeKind.Country, code.ToUpperInvariant(), Curated: _dataset.CuratedActors.Contains(id));
    }

    /// <summary>A node taking part in an event, whether it led, and the participations behind it.</summary>
    public sealed record Member(NetworkNode Node, bool Led, IReadOnlyList<StoredParticipation> Participations)
    {
        /// <summary>Whether a curation edit added, moved, confirmed or changed one of the participations.</summary>
        public bool Curated => Participations.Any(p => p.Curated);
    }
}

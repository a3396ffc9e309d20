using System.Collections.Concurrent;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// Describes each actor a report involves once: canonical name, country, and aliases (the known
/// names plus every surface form the report used). Known actors are built once per knowledge base
/// and reused while a report only uses names they already list.
/// </summary>
internal sealed class ActorCatalogue(ExtractionKnowledge knowledge)
{
    private readonly ConcurrentDictionary<string, (Actor Actor, HashSet<string> Names)> _known = new(StringComparer.Ordinal);

    public List<Actor> Describe(IReadOnlyList<ActorMention> mentions, IReadOnlyList<CooperationEvent> events, IReadOnlyDictionary<string, Actor> discovered)
    {
        var surfaces = mentions.ToLookup(m => m.ActorId, m => m.Surface, StringComparer.Ordinal);
        var ids = mentions.Select(m => m.ActorId)
            .Concat(events.SelectMany(e => e.ParticipantIds))
            .Distinct(StringComparer.Ordinal);
        return ids.Select(id => Describe(id, surfaces[id], discovered)).ToList();
    }

    private Actor Describe(string id, IEnumerable<string> surfaces, IReadOnlyDictionary<string, Actor> discovered)
    {
        if (discovered.TryGetValue(id, out var found))
        {
            return found with { Aliases = [.. found.Aliases.Concat(surfaces).Where(a => a != found.Name).Distinct(StringComparer.Ordinal)] };
        }

        var (actor, names) = _known.GetOrAdd(id, Known);
        var newNames = surfaces.Where(s => !names.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        return newNames.Count == 0 ? actor : actor with { Aliases = [.. actor.Aliases, .. newNames] };
    }

    private (Actor, HashSet<string>) Known(string id)
    {
        Actor actor;
        if (id.StartsWith("country:", StringComparison.Ordinal))
        {
            var country = knowledge.Countries[id["country:".Length..]];
            actor = new Actor(id, ActorKind.Country, country.Name, country.Alpha2, [.. country.Names.Where(n => n != country.Name).Distinct()]);
        }
        else
        {
            var agency = knowledge.Agencies[id["agency:".Length..]];
            actor = new Actor(id, ActorKind.Agency, agency.Name, agency.CountryCode, [.. agency.Aliases.Where(n => n != agency.Name).Distinct()]);
        }

        return (actor, new HashSet<string>(actor.Aliases.Append(actor.Name), StringComparer.Ordinal));
    }
}

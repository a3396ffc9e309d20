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
    private readonly Func<string, (Actor, HashSet<string>)> _describeKnown = id => Known(knowledge, id);

    public List<Actor> Describe(IReadOnlyList<ActorMention> mentions, IReadOnlyList<CooperationEvent> events, IReadOnlyDictionary<string, Actor> discovered)
    {
        // Each actor's surface forms, actors in the order the report first names them; then those only events name.
        var order = new List<string>();
        var surfaces = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (!surfaces.TryGetValue(mention.ActorId, out var forms))
            {
                surfaces[mention.ActorId] = forms = [];
                order.Add(mention.ActorId);
            }

            if (!forms.Contains(mention.Surface))
            {
                forms.Add(mention.Surface);
            }
        }

        foreach (var participation in events.SelectMany(e => e.Participants))
        {
            if (surfaces.TryAdd(participation.ActorId, []))
            {
                order.Add(participation.ActorId);
            }
        }

        var actors = new List<Actor>(order.Count);
        foreach (var id in order)
        {
            actors.Add(Describe(id, surfaces[id], discovered));
        }

        return actors;
    }

    private Actor Describe(string id, List<string> surfaces, IReadOnlyDictionary<string, Actor> discovered)
    {
        if (discovered.TryGetValue(id, out var found))
        {
            return found with { Aliases = [.. found.Aliases.Concat(surfaces).Where(a => a != found.Name).Distinct(StringComparer.Ordinal)] };
        }

        var (actor, names) = _known.GetOrAdd(id, _describeKnown);
        List<string>? newNames = null;
        foreach (var surface in surfaces)
        {
            if (!names.Contains(surface))
            {
                (newNames ??= []).Add(surface);
            }
        }

        return newNames is null ? actor : actor with { Aliases = [.. actor.Aliases, .. newNames] };
    }

    private static (Actor, HashSet<string>) Known(ExtractionKnowledge knowledge, string id)
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

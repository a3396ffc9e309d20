using System.Collections.Frozen;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// Describes each actor a report involves once: canonical name, country, and aliases (the known
/// names plus every surface form the report used). Every known country and agency is described
/// once, up front, and reused while a report only uses names it already lists.
/// </summary>
internal sealed class ActorCatalogue(ExtractionKnowledge knowledge)
{
    private readonly FrozenDictionary<string, (Actor Actor, FrozenSet<string> Names)> _known = DescribeKnown(knowledge);

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

        var (actor, names) = _known[id];
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

    private static FrozenDictionary<string, (Actor Actor, FrozenSet<string> Names)> DescribeKnown(ExtractionKnowledge knowledge)
    {
        var countries = knowledge.Countries.Values.Select(c =>
            new Actor(Actor.CountryId(c.Alpha2), ActorKind.Country, c.Name, c.Alpha2, [.. c.Names.Where(n => n != c.Name).Distinct()]));
        var agencies = knowledge.Agencies.Values.Select(a =>
            new Actor(a.ActorId, ActorKind.Agency, a.Name, a.CountryCode, [.. a.Aliases.Where(n => n != a.Name).Distinct()]));
        return countries.Concat(agencies).ToFrozenDictionary(
            actor => actor.Id,
            actor => (actor, actor.Aliases.Append(actor.Name).ToFrozenSet(StringComparer.Ordinal)),
            StringComparer.Ordinal);
    }
}

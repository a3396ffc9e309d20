using Graph.Core.Extraction.Knowledge;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// Describes each actor a report involves once: canonical name, country, and aliases (the known
/// names plus every surface form the report used).
/// </summary>
internal sealed class ActorCatalogue(ExtractionKnowledge knowledge, IReadOnlyDictionary<string, Actor> discovered)
{
    public List<Actor> Describe(IReadOnlyList<ActorMention> mentions, IReadOnlyList<CooperationEvent> events)
    {
        var surfaces = mentions.ToLookup(m => m.ActorId, m => m.Surface, StringComparer.Ordinal);
        var ids = mentions.Select(m => m.ActorId)
            .Concat(events.SelectMany(e => e.ParticipantIds))
            .Distinct(StringComparer.Ordinal);
        return ids.Select(id => Describe(id, surfaces[id])).ToList();
    }

    private Actor Describe(string id, IEnumerable<string> surfaces)
    {
        if (id.StartsWith("country:", StringComparison.Ordinal))
        {
            var country = knowledge.Countries[id["country:".Length..]];
            return new Actor(id, ActorKind.Country, country.Name, country.Alpha2, Aliases(country.Name, country.Names, surfaces));
        }

        if (knowledge.Agencies.TryGetValue(id["agency:".Length..], out var agency))
        {
            return new Actor(id, ActorKind.Agency, agency.Name, agency.CountryCode, Aliases(agency.Name, agency.Aliases, surfaces));
        }

        var found = discovered[id];
        return found with { Aliases = Aliases(found.Name, found.Aliases, surfaces) };
    }

    private static List<string> Aliases(string name, IEnumerable<string> known, IEnumerable<string> surfaces) =>
        known.Concat(surfaces)
            .Where(a => !a.Equals(name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}

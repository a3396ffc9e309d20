using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// Describes each actor a report involves once: canonical name, country, and aliases (the known
/// names plus every surface form the report used). Every known country and agency is described
/// once, up front, and reused while a report only uses names it already lists.
/// </summary>
internal sealed class ActorCatalogue
{
    private const int MaxKeptNames = 1 << 14;

    [ThreadStatic]
    private static Work? _work;

    private readonly ExtractionKnowledge _knowledge;

    // Each listed actor's description and names, by its number (see ExtractionKnowledge.ActorNumberOf).
    private readonly (Actor Actor, FrozenSet<string> Names)[] _known;

    public ActorCatalogue(ExtractionKnowledge knowledge)
    {
        _knowledge = knowledge;
        _known = new (Actor, FrozenSet<string>)[knowledge.KnownActorCount];
        foreach (var actor in DescribeKnown(knowledge))
        {
            _known[knowledge.ActorNumberOf(actor.Id)] = (actor, actor.Aliases.Append(actor.Name).ToFrozenSet(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// Whether a name is one the knowledge lists for the actor of that number. A shared name given to another
    /// country's body ("Ministry of Public Security" read as Viet Nam's) is not, so it becomes that body's alias.
    /// </summary>
    public bool Lists(int number, string name) => number >= 0 && number < _known.Length && _known[number].Names?.Contains(name) == true;

    /// <summary>An actor as a report names it.</summary>
    /// <param name="ActorId">The actor.</param>
    /// <param name="Number">Its number when the knowledge lists it and the mention says so, else -1.</param>
    /// <param name="Surface">The words used, when they may be a new alias; null for one of the actor's listed names.</param>
    public readonly record struct Name(string ActorId, int Number, string? Surface);

    /// <summary>The actors in the order the report first names them, then those only its events name.</summary>
    public List<Actor> Describe(List<Name> names, List<CooperationEvent> events, Dictionary<string, Actor> discovered)
    {
        // Working tables kept for the thread's next report rather than built afresh for each; those
        // grown for a very large report are let go.
        var work = _work is { Ids.Capacity: <= MaxKeptNames } kept ? kept : _work = new Work();
        work.Clear();
        var (index, ids, numbers, surfacesOf) = (work.Index, work.Ids, work.Numbers, work.SurfacesOf);
        foreach (var (actorId, number, surface) in names)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, actorId, out var seen);
            if (!seen)
            {
                slot = ids.Count;
                ids.Add(actorId);
                numbers.Add(number);
                surfacesOf.Add(null);
            }

            if (surface is not null)
            {
                var surfaces = surfacesOf[slot] ??= work.EmptySurfaces();
                if (!surfaces.Contains(surface))
                {
                    surfaces.Add(surface);
                }
            }
        }

        foreach (var evt in events)
        {
            var participants = evt.Participants;
            for (var p = 0; p < participants.Count; p++)
            {
                var participation = participants[p];
                if (index.TryAdd(participation.ActorId, ids.Count))
                {
                    ids.Add(participation.ActorId);
                    numbers.Add(-1);
                    surfacesOf.Add(null);
                }
            }
        }

        var actors = new List<Actor>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            actors.Add(Describe(ids[i], numbers[i], surfacesOf[i], discovered));
        }

        return actors;
    }

    /// <summary>The tables <see cref="Describe(List{Name}, List{CooperationEvent}, Dictionary{string, Actor})"/> works in.</summary>
    private sealed class Work
    {
        public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);

        public List<string> Ids { get; } = [];

        public List<int> Numbers { get; } = [];

        public List<List<string>?> SurfacesOf { get; } = [];

        // The surface lists handed out for the last report, emptied for the next (a new list for each actor
        // written otherwise than listed was a twelfth of what extraction allocated, English dev reports).
        private readonly List<List<string>> _surfaceLists = [];
        private int _surfaceListsUsed;

        public List<string> EmptySurfaces()
        {
            if (_surfaceListsUsed == _surfaceLists.Count)
            {
                _surfaceLists.Add([]);
            }

            var list = _surfaceLists[_surfaceListsUsed++];
            list.Clear();
            return list;
        }

        public void Clear()
        {
            Index.Clear();
            Ids.Clear();
            Numbers.Clear();
            SurfacesOf.Clear();
            _surfaceListsUsed = 0;
        }
    }

    // A loop over the few names rather than a query: the query's iterators, closure and distinct set were
    // allocated for each discovered body on every report.
    private static Actor WithSurfaces(Actor found, List<string> surfaces)
    {
        var aliases = new List<string>(found.Aliases.Count + surfaces.Count);
        foreach (var alias in found.Aliases)
        {
            AddAlias(aliases, alias, found.Name);
        }

        foreach (var surface in surfaces)
        {
            AddAlias(aliases, surface, found.Name);
        }

        return found with { Aliases = [.. aliases] };
    }

    /// <summary>Adds a name to the aliases unless it is the actor's own name or already there (each kept where first given).</summary>
    private static void AddAlias(List<string> aliases, string alias, string name)
    {
        if (alias != name && !aliases.Contains(alias))
        {
            aliases.Add(alias);
        }
    }

    private Actor Describe(string id, int number, List<string>? surfaces, Dictionary<string, Actor> discovered)
    {
        if (discovered.Count > 0 && discovered.TryGetValue(id, out var found))
        {
            return surfaces is null ? found : WithSurfaces(found, surfaces);
        }

        var (actor, names) = _known[number >= 0 ? number : _knowledge.ActorNumberOf(id)];
        List<string>? newNames = null;
        foreach (var surface in surfaces ?? [])
        {
            if (!names.Contains(surface))
            {
                (newNames ??= []).Add(surface);
            }
        }

        return newNames is null ? actor : actor with { Aliases = [.. actor.Aliases, .. newNames] };
    }

    private static IEnumerable<Actor> DescribeKnown(ExtractionKnowledge knowledge)
    {
        var countries = knowledge.Countries.Values.Select(c =>
            new Actor(Actor.CountryId(c.Alpha2), ActorKind.Country, c.Name, c.Alpha2, [.. c.Names.Where(n => n != c.Name).Distinct()]));
        var agencies = knowledge.Agencies.Values.Select(a =>
            new Actor(a.ActorId, ActorKind.Agency, a.Name, a.CountryCode, [.. a.Aliases.Where(n => n != a.Name).Distinct()]));
        return countries.Concat(agencies);
    }
}

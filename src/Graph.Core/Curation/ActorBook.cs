using Graph.Core.Model;

namespace Graph.Core.Curation;

/// <summary>
/// The actors as the actor edits leave them, applied one after another: who was merged into whom,
/// which aliases were split off, names and countries. Each edit that moves participations leaves an
/// <see cref="ActorRule"/>; an edit whose actors are gone (say, after an undone merge) changes nothing.
/// </summary>
internal sealed class ActorBook
{
    private readonly Dictionary<string, Actor> _actors;
    private readonly List<string> _order;
    private readonly Dictionary<string, string> _mergedInto = new(StringComparer.Ordinal);
    private readonly HashSet<string> _curated = new(StringComparer.Ordinal);

    public ActorBook(IEnumerable<Actor> actors)
    {
        _actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        _order = [];
        foreach (var actor in actors)
        {
            if (_actors.TryAdd(actor.Id, actor))
            {
                _order.Add(actor.Id);
            }
        }
    }

    public List<ActorRule> Rules { get; } = [];

    /// <summary>The actors left, in the order they came, new ones (from splits) last.</summary>
    public IReadOnlyList<Actor> All => [.. _order.Where(_actors.ContainsKey).Select(id => _actors[id])];

    public Actor? Find(string id) => _actors.GetValueOrDefault(Resolve(id));

    /// <summary>The actor an id now stands for, following merges.</summary>
    public string Resolve(string id)
    {
        while (_mergedInto.TryGetValue(id, out var into))
        {
            id = into;
        }

        return id;
    }

    public void MarkCurated(string id) => _curated.Add(id);

    /// <summary>The curated actors that still exist, by their current ids.</summary>
    public IReadOnlySet<string> Curated => _curated.Select(Resolve).Where(_actors.ContainsKey).ToHashSet(StringComparer.Ordinal);

    public void Apply(StoredEdit stored)
    {
        var edit = stored.Edit;
        if (edit.Actor is null || Find(edit.Actor) is not { } actor)
        {
            return;
        }

        switch (edit.Kind)
        {
            case EditKind.Merge when edit.Other is not null && Find(edit.Other) is { } other && other.Id != actor.Id:
                _actors[actor.Id] = actor with
                {
                    Aliases = Names(actor.Aliases.Append(other.Name).Concat(other.Aliases), actor.Name),
                    CountryCode = actor.CountryCode ?? other.CountryCode,
                };
                _actors.Remove(other.Id);
                _mergedInto[other.Id] = actor.Id;
                Rules.Add(new ActorRule(stored.Id, other.Id, actor.Id, null, []));
                _curated.Add(actor.Id);
                break;
            case EditKind.Split when edit.Alias is { } alias && edit.NewActor is { } newId && actor.Aliases.Contains(alias) && !_actors.ContainsKey(newId):
                var kept = actor with { Aliases = [.. actor.Aliases.Where(a => a != alias)] };
                _actors[actor.Id] = kept;
                _actors[newId] = new Actor(newId, actor.Kind, alias, actor.CountryCode, []);
                _order.Add(newId);
                _mergedInto.Remove(newId);
                Rules.Add(new ActorRule(stored.Id, actor.Id, newId, TextFolding.Fold(alias),
                    [.. kept.Aliases.Prepend(kept.Name).Select(TextFolding.Fold).Where(n => n.Length > 0)]));
                _curated.Add(actor.Id);
                _curated.Add(newId);
                break;
            case EditKind.Rename when !string.IsNullOrWhiteSpace(edit.Name):
                _actors[actor.Id] = actor with { Name = edit.Name, Aliases = Names(actor.Aliases.Append(actor.Name), edit.Name) };
                _curated.Add(actor.Id);
                break;
            case EditKind.SetCountry:
                _actors[actor.Id] = actor with { CountryCode = edit.Country };
                _curated.Add(actor.Id);
                break;
        }
    }

    private static string[] Names(IEnumerable<string> names, string without) =>
        [.. names.Where(n => n != without).Distinct(StringComparer.Ordinal)];
}

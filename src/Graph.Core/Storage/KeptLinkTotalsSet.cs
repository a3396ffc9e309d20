using System.Collections.Concurrent;
using Graph.Core.Model;

namespace Graph.Core.Storage;

/// <summary>
/// The <see cref="KeptLinkTotals"/> of every all-time scope a reader has pictured, and the store's
/// actors, kept for the life of the reader (a server): a picture after new reports then re-reads only
/// what they changed.
/// </summary>
public sealed class KeptLinkTotalsSet
{
    private readonly ConcurrentDictionary<TallyScope, KeptLinkTotals> _scopes = new();
    private readonly Lock _actorsGate = new();
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private StoreMark? _actorsMark;

    /// <summary>The kept totals of an all-time scope (created empty on first use), or null for a range of months.</summary>
    /// <param name="scope">The scope a picture reads.</param>
    public KeptLinkTotals? For(TallyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.AllTime ? _scopes.GetOrAdd(scope, s => new KeptLinkTotals(s)) : null;
    }

    /// <summary>The store's actors by id (a copy the caller owns), brought up to date by reading only those new reports name.</summary>
    /// <param name="store">The store whose actors these are (always the same one).</param>
    public Dictionary<string, Actor> Actors(IPictureTallies store)
    {
        ArgumentNullException.ThrowIfNull(store);
        lock (_actorsGate)
        {
            var (mark, whole, actors) = store.ReadActorsSince(_actorsMark);
            if (whole)
            {
                _actors.Clear();
            }

            foreach (var actor in actors)
            {
                _actors[actor.Id] = actor;
            }

            _actorsMark = mark;
            return new Dictionary<string, Actor>(_actors, StringComparer.Ordinal);
        }
    }

    /// <summary>The scopes held with how each was last brought up to date, for logs and benchmarks.</summary>
    public IReadOnlyList<(TallyScope Scope, string LastRefresh, int Nodes)> Describe() =>
        [.. _scopes.Values.Select(k => (k.Scope, k.LastRefresh, k.NodeCount))];
}

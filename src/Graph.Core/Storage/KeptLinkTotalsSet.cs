using System.Collections.Concurrent;

namespace Graph.Core.Storage;

/// <summary>
/// The <see cref="KeptLinkTotals"/> of every all-time scope a reader has pictured, kept for the
/// life of the reader (a server): a picture after new reports then re-reads only what they changed.
/// </summary>
public sealed class KeptLinkTotalsSet
{
    private readonly ConcurrentDictionary<TallyScope, KeptLinkTotals> _scopes = new();

    /// <summary>The kept totals of an all-time scope (created empty on first use), or null for a range of months.</summary>
    /// <param name="scope">The scope a picture reads.</param>
    public KeptLinkTotals? For(TallyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.AllTime ? _scopes.GetOrAdd(scope, s => new KeptLinkTotals(s)) : null;
    }

    /// <summary>The scopes held with how each was last brought up to date, for logs and benchmarks.</summary>
    public IReadOnlyList<(TallyScope Scope, string LastRefresh, int Edges)> Describe() =>
        [.. _scopes.Values.Select(k => (k.Scope, k.LastRefresh, k.EdgeCount))];
}

using Graph.Core.Storage;

namespace Graph.Core.Network.Aggregates;

/// <summary>
/// The part of a report's tallies a reader asks for: one view's month rows of one crime area
/// (<see cref="TallyScope.All"/>: the rows over every area), no all-time rows. A date range's cut days are
/// recounted for the view being read only; counting the others and dropping them cost most of the recount.
/// </summary>
internal readonly record struct TallyFocus(NetworkView View, string Area)
{
    /// <summary>The focus of the tallies named <paramref name="name"/> (a view's name, or its <c>operations:</c> twin) in <paramref name="area"/>.</summary>
    public static TallyFocus Of(string name, string area)
    {
        var bare = name.StartsWith(OperationTallies.Prefix, StringComparison.Ordinal) ? name[OperationTallies.Prefix.Length..] : name;
        return new TallyFocus(Projection.Views.Single(v => Projection.Name(v) == bare), area);
    }
}

namespace Graph.Core.Import;

/// <summary>Something an import did not store, and why.</summary>
/// <param name="File">The file or archive entry.</param>
/// <param name="Place">"line 12", "item 3", or empty when the whole file was refused.</param>
/// <param name="Reason">What was wrong, in words a user can act on.</param>
public sealed record ImportRefusal(string File, string Place, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Place.Length == 0 ? $"{File}: {Reason}" : $"{File}, {Place}: {Reason}";
}

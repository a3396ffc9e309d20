namespace Graph.Core.Model;

/// <summary>
/// The one spelling of <see cref="SourceKind"/> everywhere outside the code: the store, the API,
/// the CLI and the page say <c>report</c> or <c>coded</c>; filters also take <c>all</c>.
/// </summary>
public static class SourceKinds
{
    /// <summary>Name of an extracted report.</summary>
    public const string Report = "report";

    /// <summary>Name of a coded event.</summary>
    public const string Coded = "coded";

    /// <summary>The wire name of a kind.</summary>
    public static string Name(this SourceKind kind) => kind == SourceKind.Coded ? Coded : Report;

    /// <summary>Reads a stored or wire name back.</summary>
    public static SourceKind Parse(string name) =>
        string.Equals(name, Coded, StringComparison.OrdinalIgnoreCase) ? SourceKind.Coded : SourceKind.Extracted;

    /// <summary>
    /// Reads a filter value: <c>reports</c>/<c>report</c>, <c>coded</c>, or <c>all</c> (and empty) for both,
    /// which is null. Returns false for anything else.
    /// </summary>
    public static bool TryParseFilter(string? value, out SourceKind? kind)
    {
        kind = null;
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "all": return true;
            case "reports" or "report": kind = SourceKind.Extracted; return true;
            case "coded": kind = SourceKind.Coded; return true;
            default: return false;
        }
    }
}

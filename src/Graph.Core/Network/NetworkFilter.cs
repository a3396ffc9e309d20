using Graph.Core.Model;

namespace Graph.Core.Network;

/// <summary>Which part of the dataset a network is built from. Every member is optional.</summary>
/// <param name="From">Keep events dated on or after this day (undated events are dropped when a range is set).</param>
/// <param name="To">Keep events dated on or before this day.</param>
/// <param name="CrimeArea">Keep events filed under this crime area.</param>
/// <param name="Kinds">Keep only actors of these kinds; null keeps all.</param>
/// <param name="MinWeight">Drop edges lighter than this, then nodes left without edges.</param>
/// <param name="Operation">Keep events whose name equals this, ignoring case ("Operation" prefix optional).</param>
/// <param name="Center">Keep only the ego network of this node.</param>
/// <param name="Depth">Hops of the ego network around <paramref name="Center"/>.</param>
/// <param name="Source">Keep only events of this source kind (extracted reports or coded events); null keeps both.</param>
/// <param name="Weighting">What projection edge weights count: operations (the default), reports or Newman's 1/(n − 1) per shared event.</param>
/// <param name="Expand">In the regions and continents views, the group ids (<c>region:western-europe</c>) shown opened into their countries and agencies.</param>
/// <param name="Language">Keep only events of reports written in this language (ISO 639-1); null keeps all.</param>
public sealed record NetworkFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? CrimeArea = null,
    IReadOnlySet<ActorKind>? Kinds = null,
    double? MinWeight = null,
    string? Operation = null,
    string? Center = null,
    int Depth = 1,
    EdgeWeighting Weighting = EdgeWeighting.Operations,
    SourceKind? Source = null,
    IReadOnlySet<string>? Expand = null,
    string? Language = null)
{
    /// <summary>No filtering at all.</summary>
    public static NetworkFilter None { get; } = new();

    /// <summary>The filter's event-level part (dates, crime area, source kind, language) as a store query: what a view's evidence and details are read within.</summary>
    public Storage.EventQuery Events() => new(From, To, CrimeArea, Source: Source, Language: Language);

    /// <summary>Whether an event passes the date, source-kind, language, crime-area and operation filters.</summary>
    public bool Admits(Storage.StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if ((From is not null || To is not null) && e.Date is null)
        {
            return false;
        }

        if (From is { } from && e.Date < from)
        {
            return false;
        }

        if (To is { } to && e.Date > to)
        {
            return false;
        }

        if (Source is { } source && e.Source != source)
        {
            return false;
        }

        if (Language is not null && e.Language != Language)
        {
            return false;
        }

        if (CrimeArea is not null && !string.Equals(e.CrimeArea, CrimeArea, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Operation is null || SameOperation(e.Name, Operation);
    }

    private static bool SameOperation(string? name, string wanted) =>
        name is not null && string.Equals(Bare(name), Bare(wanted), StringComparison.OrdinalIgnoreCase);

    private static string Bare(string name)
    {
        var trimmed = name.Trim();
        return trimmed.StartsWith("operation ", StringComparison.OrdinalIgnoreCase) ? trimmed[10..].Trim() : trimmed;
    }
}

namespace Graph.Core.Curation;

/// <summary>The one spelling of every <see cref="EditKind"/> outside the code: the API, the CLI, the page and the store.</summary>
public static class EditKinds
{
    private static readonly (EditKind Kind, string Name)[] Names =
    [
        (EditKind.Merge, "merge"),
        (EditKind.Split, "split"),
        (EditKind.Rename, "rename"),
        (EditKind.SetCountry, "set-country"),
        (EditKind.ConfirmParticipation, "confirm-participation"),
        (EditKind.RejectParticipation, "reject-participation"),
        (EditKind.ConfirmRole, "confirm-role"),
        (EditKind.RejectRole, "reject-role"),
        (EditKind.AddParticipation, "add-participation"),
        (EditKind.LinkOperation, "link-operation"),
        (EditKind.UnlinkOperation, "unlink-operation"),
        (EditKind.Undo, "undo"),
    ];

    /// <summary>Every wire name, in <see cref="EditKind"/> order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>The wire name of a kind.</summary>
    public static string Name(this EditKind kind) => Names.First(n => n.Kind == kind).Name;

    /// <summary>Reads a wire name (any case); false for a name that is none.</summary>
    public static bool TryParse(string? name, out EditKind kind)
    {
        foreach (var (k, n) in Names)
        {
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Whether edits of this kind act on one participation of one event.</summary>
    public static bool IsParticipation(this EditKind kind) =>
        kind is EditKind.ConfirmParticipation or EditKind.RejectParticipation or EditKind.ConfirmRole or EditKind.RejectRole or EditKind.AddParticipation;

    /// <summary>Whether edits of this kind act on an actor as a whole.</summary>
    public static bool IsActor(this EditKind kind) =>
        kind is EditKind.Merge or EditKind.Split or EditKind.Rename or EditKind.SetCountry;

    /// <summary>Whether edits of this kind are read by the operation linker rather than the network builder.</summary>
    public static bool IsOperationLink(this EditKind kind) => kind is EditKind.LinkOperation or EditKind.UnlinkOperation;
}

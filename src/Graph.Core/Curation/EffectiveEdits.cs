namespace Graph.Core.Curation;

/// <summary>
/// Which edits of a log are in force: an edit is, unless an undo in force reverses it. Undos only reach
/// back, so reading the log from its end decides each edit once. Undos themselves are left out of the result.
/// </summary>
public static class EffectiveEdits
{
    /// <summary>The edits in force, oldest first, without the undos.</summary>
    public static IReadOnlyList<StoredEdit> Of(IReadOnlyList<StoredEdit> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var undone = UndoneIds(log);
        return [.. log.Where(e => e.Edit.Kind != EditKind.Undo && !undone.Contains(e.Id))];
    }

    /// <summary>The ids of the edits (undos included) an undo in force reverses.</summary>
    public static IReadOnlySet<long> UndoneIds(IReadOnlyList<StoredEdit> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var undone = new HashSet<long>();
        for (var i = log.Count - 1; i >= 0; i--)
        {
            var edit = log[i];
            if (edit.Edit is { Kind: EditKind.Undo, Undoes: { } target } && !undone.Contains(edit.Id))
            {
                undone.Add(target);
            }
        }

        return undone;
    }

    /// <summary>Whether any edit in force changes what the network is built from (operation links do not).</summary>
    public static bool ChangeNetwork(IReadOnlyList<StoredEdit> log) =>
        Of(log).Any(e => !e.Edit.Kind.IsOperationLink());
}

namespace Graph.Core.Curation;

/// <summary>
/// The seam between curation and the operation linker: the link and unlink edits in force, one
/// decision per report and operation (the latest). The store's linker obeys them over its own rules
/// (each event of the report joins, or stays apart from, the operation the key names), relinks what an
/// edit touches when it is appended, and counts operations accordingly; the curated recount ignores them.
/// </summary>
public static class OperationLinks
{
    /// <summary>The decisions in force in <paramref name="log"/>, oldest first.</summary>
    /// <example><code>var decisions = OperationLinks.Decisions(((IEditLog)store).ReadEdits());</code></example>
    public static IReadOnlyList<OperationLinkDecision> Decisions(IReadOnlyList<StoredEdit> log)
    {
        var latest = new Dictionary<(string, string), OperationLinkDecision>();
        foreach (var stored in EffectiveEdits.Of(log).Where(e => e.Edit.Kind.IsOperationLink()))
        {
            var edit = stored.Edit;
            latest[(edit.Report!, edit.Operation!)] = new OperationLinkDecision(
                stored.Id, edit.Report!, edit.Operation!, edit.Kind == EditKind.LinkOperation, stored.Author, stored.Reason);
        }

        return [.. latest.Values.OrderBy(d => d.EditId)];
    }
}

namespace Graph.Core.Curation;

/// <summary>
/// How an actor edit moves participations: a merge sends every participation of <see cref="From"/> to
/// <see cref="To"/>; a split sends those of <see cref="From"/> whose sentence names the actor only by
/// <see cref="Alias"/> (none of <see cref="OtherNames"/>) to the new actor <see cref="To"/>.
/// </summary>
internal sealed record ActorRule(long EditId, string From, string To, string? Alias, IReadOnlyList<string> OtherNames)
{
    public bool Moves(string actorId, string sentence)
    {
        if (actorId != From)
        {
            return false;
        }

        if (Alias is null)
        {
            return true;
        }

        var folded = TextFolding.Fold(sentence);
        return Names(folded, Alias) && !OtherNames.Any(name => Names(folded, name));
    }

    /// <summary>Whether folded text holds a folded name as whole words.</summary>
    internal static bool Names(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}

using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    /// <summary>
    /// Who takes part in a sentence about all of the report's operations ("Both operations were supported by Europol") takes
    /// part in each of them. Session 35: except when the sentence shares its bodies or countries out among the operations
    /// ("Police in Thailand, Cambodia and Laos report three operations", "Six countries took part, each in one of the
    /// operations: …"): when two of the sentence's actors are each named by the account of a different operation, and not by
    /// the other's, the sentence names them one per operation, and each of its actors that an account names stays with the
    /// operations whose accounts name it. A body the sentence names alone, or that no account names, is still everyone's.
    /// </summary>
    private static void GiveToEveryOperation(
        List<EventBuilder> builders, List<string> operations, List<(string Id, int Number, ParticipantRole Role, TextSpan Evidence)>? shared)
    {
        if (shared is null)
        {
            return;
        }

        var accounts = new List<(EventBuilder Builder, HashSet<string> Actors)>(operations.Count);
        foreach (var builder in builders)
        {
            if (builder.Name is { } name && IndexOf(operations, name) >= 0)
            {
                accounts.Add((builder, builder.ActorIds.ToHashSet(StringComparer.Ordinal)));
            }
        }

        foreach (var (builder, _) in accounts)
        {
            foreach (var (id, number, role, evidence) in shared)
            {
                if (!SharedOut(shared, evidence, accounts) || !accounts.Exists(a => a.Actors.Contains(id)))
                {
                    builder.Add(id, number, role, evidence);
                }
            }
        }
    }

    /// <summary>Whether two actors of the sentence are named, each, by one operation's account and not by the other's.</summary>
    private static bool SharedOut(
        List<(string Id, int Number, ParticipantRole Role, TextSpan Evidence)> shared, TextSpan sentence, List<(EventBuilder Builder, HashSet<string> Actors)> accounts)
    {
        foreach (var first in shared)
        {
            if (first.Evidence != sentence)
            {
                continue;
            }

            foreach (var second in shared)
            {
                if (second.Evidence != sentence || second.Id == first.Id)
                {
                    continue;
                }

                foreach (var (_, one) in accounts)
                {
                    foreach (var (_, other) in accounts)
                    {
                        if (one != other && one.Contains(first.Id) && !other.Contains(first.Id) && other.Contains(second.Id) && !one.Contains(second.Id))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }
}

using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 37: a denying pronoun that counts its bodies ("…, but neither of the two agencies took part", "…; ninguna de las dos
/// tuvo presencia en la interceptación", "aunque ninguno de los dos organismos participó", "nenhuma das duas entidades
/// participou") stands for as many bodies named before it in the sentence: the last two agencies, with the names between them
/// (their countries, their acronyms). A writer counts them because the sentence has just told what each did instead.
/// </summary>
internal sealed partial class ParticipationReader
{
    private readonly NumberReader _numbers = new(knowledge);

    /// <summary>Adds to <paramref name="denied"/> the bodies a counted pronoun at <paramref name="p"/> stands for; whether it found them.</summary>
    private bool CountedAntecedents(SentenceTokens sentence, List<Mention> mentions, int p, int word, List<int> denied)
    {
        var count = 0L;
        for (var k = p + 1; k < word && count == 0; k++)
        {
            count = _numbers.Read(sentence, k) is { } number ? number.Value : 0;
        }

        if (count < 2)
        {
            return false;
        }

        // The last agencies before the pronoun, each counted once ("la Policía Federal … la PF" is one).
        var (first, seen) = (-1, 0);
        for (var m = mentions.Count - 1; m >= 0 && seen < count; m--)
        {
            if (mentions[m].EndToken > p || mentions[m].Kind != ActorKind.Agency || SameAgencyAfter(mentions, m, p))
            {
                continue;
            }

            (first, seen) = (m, seen + 1);
        }

        if (seen < count)
        {
            return false;
        }

        for (var m = first; m < mentions.Count && mentions[m].EndToken <= p; m++)
        {
            denied.Add(m);
        }

        return true;
    }

    /// <summary>Whether the agency of mention <paramref name="m"/> is named again after it and before <paramref name="p"/>.</summary>
    private static bool SameAgencyAfter(List<Mention> mentions, int m, int p)
    {
        for (var later = m + 1; later < mentions.Count && mentions[later].EndToken <= p; later++)
        {
            if (mentions[later].ActorId == mentions[m].ActorId)
            {
                return true;
            }
        }

        return false;
    }
}

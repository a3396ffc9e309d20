using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 37: a noun of taking part ("participation", "papel", "présence") is denied as plainly as a verb ("the Navy had no
/// role in the boarding", "que esta vez no tuvo participación"), but when it has its own partner after it ("no participation
/// of the local police", "sin la participación de la DEA") the denial, if any, is of that partner (see
/// <see cref="DenyJointPartners"/>), not of the subject before; and after a preposition of lack it usually tells that the
/// part was taken.
/// </summary>
internal sealed partial class ParticipationReader
{
    /// <summary>Whether the denied word at <paramref name="k"/> is a noun of acting together that names its partner after it, or follows a preposition of lack.</summary>
    private bool NamesItsPartner(SentenceTokens sentence, List<Mention> mentions, int k, int negation) =>
        _jointNouns.Contains(sentence, k) && (_negatingPrepositions.Contains(sentence, negation) || JointPartnerAfter(sentence, mentions, k) >= 0);

    /// <summary>
    /// Session 37: whether the denied word at <paramref name="k"/> names a task of the operation after "in the" ("no role in the
    /// raids", "papel na abordagem", "aucun rôle dans l'arraisonnement"): a lower-case word. A writer who denies a body its part
    /// in the boarding or the arrests names the task its part would have been, and says so of a body that did another task.
    /// Only a body named as the subject is denied so: "Saudi officers did not take part in the raids" denies the officers a
    /// task, not their force the tip it gave, and a country may be the name of something else ("the Bank of Cabo Verde").
    /// </summary>
    private bool DeniesATask(SentenceTokens sentence, int k)
    {
        var j = k + 1;
        if (j >= sentence.Count || !(_in.Contains(sentence, j) || IsLinker(sentence, j)))
        {
            return false;
        }

        j++;
        j += _the.Contains(sentence, j) || _agentArticles.Contains(sentence, j) ? 1 : 0;
        return j < sentence.Count && sentence.Tokens[j].Kind == TokenKind.Word && !sentence.Tokens[j].IsCapitalized;
    }

    /// <summary>
    /// Session 37: "n'a joué aucun rôle", "n'a pris aucune part": the negation's first word ("n'") and the light verb that carries
    /// the denied noun ("joué", "pris", the words of <c>denying-pronoun-rest</c> that are verbs) stand between the subject and the
    /// negation word that governs the noun, and change nothing of whose part is denied.
    /// </summary>
    private bool LightVerbOfTheNegation(SentenceTokens sentence, int k, int negation) =>
        _negations.Contains(sentence, k) || (k == negation - 1 && _denyingPronounRest.Contains(sentence, k));

    /// <summary>Whether mention <paramref name="m"/> is an agency, or the demonym right after an agency's name ("la Police nationale française").</summary>
    private static bool NamesABody(List<Mention> mentions, int m) =>
        mentions[m].Kind == ActorKind.Agency
        || (m > 0 && mentions[m].Entry?.Kind == EntryKind.Demonym && mentions[m - 1].Kind == ActorKind.Agency && mentions[m - 1].EndToken == mentions[m].FirstToken);
}

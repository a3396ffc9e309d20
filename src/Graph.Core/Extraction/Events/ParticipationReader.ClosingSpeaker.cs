using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 30: a body named after a comma at the end of a clause, as the subject of a verb of saying that closes it ("Police in
/// Kazakhstan and Kyrgyzstan have seized 1.6 tonnes of hashish, the Ministry of Internal Affairs said on Tuesday"), is the
/// source of the news, not one of those who made it: by that mention it takes no part, when the clause before names an
/// actor that does. A police, customs or other force is not read ("…, the federal police said"): its officers have
/// usually done what it tells of. Nor is a listed international body ("…, INTERPOL said on Friday"): one that announces an
/// operation's results has usually coordinated it. A clause the verb goes on with ("said that it had led …", "said it would …") is read by the other
/// rules; a clause that names no actor before the speaker ("Twelve people were arrested, the Police said") is the
/// speaker's own deed and keeps its part.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int ClosingReach = 6; // "said in a statement on Thursday": the words after the verb before the clause ends

    private readonly WordSet _closingSpeech = knowledge.Words(KnowledgeList.ClosingSpeech);

    /// <summary>Clears the flags of the agencies named only as the closing speaker of a clause that another actor's deed fills.</summary>
    private void ClearClosingSpeakers(SentenceTokens sentence, List<Mention> mentions, List<bool> acts)
    {
        for (var m = 1; m < mentions.Count; m++)
        {
            if (acts[m] && mentions[m].Kind == ActorKind.Agency && WithOwner(sentence, mentions, m) is var first && AfterAComma(sentence, first)
                && !NamesAForce(sentence, mentions[m]) && mentions[m].Entry is not { AgencyCountryId: null } && ClosingVerb(sentence, SkipBracket(sentence, ListEnd(sentence, mentions, m)))
                && ActorActsBefore(mentions, acts, first))
            {
                acts[m] = false;
            }
        }
    }

    /// <summary>Whether a comma stands right before the body (its article stepped over).</summary>
    private bool AfterAComma(SentenceTokens sentence, int first)
    {
        var before = _the.Contains(sentence, first - 1) ? first - 2 : first - 1;
        return before > 0 && sentence.Word(before) is ",";
    }

    /// <summary>Whether a verb of saying at <paramref name="verb"/> closes its clause: a few words at most, none of them "that", before the clause's end.</summary>
    private bool ClosingVerb(SentenceTokens sentence, int verb)
    {
        if (verb >= sentence.Count || !_closingSpeech.Contains(sentence, verb))
        {
            return false;
        }

        for (var k = verb + 1; k < Math.Min(sentence.Count, verb + 1 + ClosingReach); k++)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return true;
            }

            if (sentence.Word(k) is "that" || _auxiliaries.Contains(sentence, k) || _contextVerbs.Contains(sentence, k))
            {
                return false;
            }
        }

        return verb + 1 + ClosingReach >= sentence.Count;
    }

    /// <summary>Whether an actor named before <paramref name="first"/> (the speaker's first token, its owner's name included) takes part by its own mention.</summary>
    private static bool ActorActsBefore(List<Mention> mentions, List<bool> acts, int first)
    {
        for (var j = 0; j < mentions.Count && mentions[j].EndToken <= first; j++)
        {
            if (acts[j])
            {
                return true;
            }
        }

        return false;
    }
}

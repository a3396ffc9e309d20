using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 36: a body the sentence confines to one small deed ("El Ministerio se limitó a divulgar las cifras", "o centro, com
/// sede em Lisboa, que se limitou a transmitir a informação", "La coopération avec la police brésilienne se limite à des
/// échanges d'informations", "the FBI's role was limited to checking the serial numbers") is told to have stayed out of the
/// operation itself: the nearest body before the verb of restriction, with the bodies listed with it and its own demonym,
/// takes no part by that mention. Asides may stand between the body and the verb, but no colon or semicolon.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int RestrictionReach = 10; // "(MAOC-N), com sede em Lisboa, que se limitou"
    private const int RestrictionToReach = 3; // "se limite pour l'instant à"
    private readonly WordSet _restrictionVerbs = knowledge.Words(KnowledgeList.RestrictionVerb);
    private readonly WordSet _restrictionTo = knowledge.Words(KnowledgeList.RestrictionTo);

    /// <summary>Clears the flags of the body a verb of restriction confines (see the type's summary).</summary>
    private void ClearRestricted(SentenceTokens sentence, List<Mention> mentions, List<bool> acts)
    {
        for (var k = 1; k < sentence.Count; k++)
        {
            if (!_restrictionVerbs.Contains(sentence, k) || !OpensTheConfinedDeed(sentence, k) || LastBodyEndingBy(mentions, k) is not (>= 0 and var body)
                || k - mentions[body].EndToken > RestrictionReach || ClauseBreakBetween(sentence, mentions[body].EndToken, k))
            {
                continue;
            }

            acts[body] = false;
            for (var m = body; m > 0 && OnlyListBetween(sentence, mentions[m - 1].EndToken, mentions[m].FirstToken); m--)
            {
                acts[m - 1] = false;
            }

            // "la Polícia Federal brésilienne": the body's own demonym is the last mention; the body is the one it follows.
            if (mentions[body] is { Kind: Model.ActorKind.Country, Entry.Kind: EntryKind.Demonym } && body > 0 && mentions[body - 1].EndToken == mentions[body].FirstToken)
            {
                acts[body - 1] = false;
            }
        }
    }

    /// <summary>Whether "a", "à" or "to" follows the verb of restriction within a few words, in its clause.</summary>
    private bool OpensTheConfinedDeed(SentenceTokens sentence, int verb)
    {
        for (var k = verb + 1; k < Math.Min(sentence.Count, verb + 1 + RestrictionToReach); k++)
        {
            if (_restrictionTo.Contains(sentence, k))
            {
                return true;
            }

            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }
}

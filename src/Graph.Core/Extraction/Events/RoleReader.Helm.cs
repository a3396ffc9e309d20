using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 28, English: a body said to be at the helm or in charge with no lead verb, a body whose initiative the operation
/// is, and a named body that "led it" in so many words.
/// </summary>
internal sealed partial class RoleReader
{
    private const int MaxHelmAuxiliaries = 2; // "has been in charge"
    private const int MaxHelmObjectReach = 4; // "at the helm of the field phase"
    private readonly PhraseSet _helm;
    private readonly WordSet _helmObjects;
    private readonly WordSet _ownerNouns;

    /// <summary>
    /// "with the Ethiopian Federal Police at the helm of the field phase", "carried out with the GRA's division at the helm",
    /// "while in Australia the Victoria Police's Drug Taskforce was in charge.": an agency (past its possessive unit, its
    /// acronym in brackets and up to two auxiliaries) right before a phrase of command leads, when the phrase ends its clause
    /// or goes on with "of" and the operation or a phase of it. Left alone: "in charge of tracing the buyers" (a part of the
    /// work), "at the helm of the ministry" (an office, not the operation), a person at the helm, and an adverb between.
    /// </summary>
    private void HelmAfterAgency(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != ActorKind.Agency || mention.EndToken >= sentence.Count)
            {
                continue;
            }

            var k = PastAcronym(sentence, UnitAfterPossessive(sentence, mentions, mention.EndToken));
            for (var step = 0; step < MaxHelmAuxiliaries && k < sentence.Count && _auxiliaries.Contains(sentence, k); step++)
            {
                k++;
            }

            if (k < sentence.Count && _helm.MatchAt(sentence, k) is > 0 and var phrase && CommandsTheWhole(sentence, k + phrase))
            {
                leads.Add(mention.ActorId);
            }
        }
    }

    /// <summary>Whether the clause ends at <paramref name="next"/>, or "of" there names the operation, its work or a phase of it.</summary>
    private bool CommandsTheWhole(SentenceTokens sentence, int next)
    {
        if (ClauseEndsAt(sentence, next))
        {
            return true;
        }

        if (!_nameLinkers.Contains(sentence, next))
        {
            return false;
        }

        for (var k = next + 1; k < Math.Min(sentence.Count, next + 1 + MaxHelmObjectReach); k++)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (_operationNouns.Contains(sentence, k) || _leadObjects.Contains(sentence, k) || _helmObjects.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool ClauseEndsAt(SentenceTokens sentence, int k) =>
        k >= sentence.Count || sentence.Tokens[k].Kind == TokenKind.Punctuation || _andOr.Contains(sentence, k);

    /// <summary>
    /// "Operation Hidden Dose is an ASEANAPOL initiative", "INTERPOL's initiative": the agency whose initiative the operation
    /// is owns it, so it leads. Left alone: a body that welcomed or joined the initiative (a word between the name and the noun).
    /// </summary>
    private void OwnerOfInitiative(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads)
    {
        foreach (var mention in mentions)
        {
            var k = mention.EndToken;
            if (mention.Kind != ActorKind.Agency || k >= sentence.Count)
            {
                continue;
            }

            k = k + 1 < sentence.Count && IsPossessive(sentence.Word(k)) ? k + 1 : PastAcronym(sentence, k); // "a Rwanda Investigation Bureau (RIB) operation"
            if (_ownerNouns.Contains(sentence, k))
            {
                leads.Add(mention.ActorId);
            }
        }
    }

    /// <summary>
    /// '"The FIA led it, and our colleagues in Colombo executed the searches"', "Europol coordinated this.": a named agency right
    /// before a verb of leading (past auxiliaries) whose object is only "it" or "this", ending the clause, leads; in a quote this
    /// is the speaking body naming itself. Left alone: "it" with more after it ("led it to the border"), a passive-only verb
    /// ("opened it"), and a verb whose subject is not the name just before it.
    /// </summary>
    private void NamedSubjectLedIt(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads)
    {
        if (!_leadVerbs.MayOccurIn(sentence))
        {
            return;
        }

        foreach (var mention in mentions)
        {
            var verb = mention.EndToken;
            if (mention.Kind != ActorKind.Agency)
            {
                continue;
            }

            while (verb < sentence.Count && _quotedAuxiliaries.Contains(sentence, verb))
            {
                verb++;
            }

            if (verb + 1 < sentence.Count && _leadVerbs.Contains(sentence, verb) && !_passiveOnly.Contains(sentence, verb)
                && _quotedObjects.Contains(sentence, verb + 1) && ClauseEndsAt(sentence, verb + 2))
            {
                leads.Add(mention.ActorId);
            }
        }
    }
}

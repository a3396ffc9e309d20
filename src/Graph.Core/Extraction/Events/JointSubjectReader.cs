using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Joint conduct told through the subject: "SERNIC and the South African Police Service have arrested
/// six people … in a joint operation". Two or more agencies that open the sentence as one list, in a
/// sentence that calls the action joint (an adjective of data/knowledge/roles.txt before an operation
/// noun), conducted it together, so each leads; so do one agency opening the sentence and the partners
/// named after "a joint operation with" (session 19).
/// </summary>
internal sealed class JointSubjectReader(ExtractionKnowledge knowledge)
{
    private const int MaxOpening = 3;
    private const int MaxJointOpening = 4; // "a joint operation," / "una operación conjunta,": the phrase just before its comma
    private readonly WordSet _joint = knowledge.Words(KnowledgeList.LeadJoint);
    private readonly WordSet _jointAfter = knowledge.Words(KnowledgeList.LeadJointAfter);
    private readonly WordSet _operationNouns = knowledge.Words(KnowledgeList.OperationNoun);
    private readonly WordSet _listGlue = knowledge.Words(KnowledgeList.ListGlue);
    private readonly WordSet _possessive = knowledge.Words(KnowledgeList.Possessive);
    private readonly WordSet _from = knowledge.Words(KnowledgeList.Ablative);
    private readonly CueBits _operationNounCue = knowledge.Mask(KnowledgeList.OperationNoun);
    private readonly WordSet _leading = knowledge.Words(StringComparer.Ordinal, KnowledgeList.LeadingFunction);
    private readonly WordSet _with = knowledge.Words(KnowledgeList.Comitative);
    private readonly WordSet _the = knowledge.Words(KnowledgeList.DefiniteArticle);
    private readonly WordSet _linkers = knowledge.Words(KnowledgeList.NameLinker);
    private readonly WordSet _operationWords = knowledge.Words(KnowledgeList.OperationWord);

    // A joint action is told by a word of lead-joint before its noun or of lead-joint-after behind it (see CallsItJoint).
    private static readonly uint JointWords = EventWords.Bit(KnowledgeList.LeadJoint) | EventWords.Bit(KnowledgeList.LeadJointAfter);
    private const int PeopleOpening = 4;
    private const int MaxUnitName = 7; // "Customs Division of the": a unit's name and "of the" before its parent // "Members of the", "Operatives of": the people of the bodies named next

    /// <summary>Adds to <paramref name="leads"/> the agencies that open the sentence, when it calls their action joint.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="mentions">Its mentions, in reading order.</param>
    /// <param name="words">The sentence's <see cref="EventWords"/>: both ways below need a word that calls the action joint.</param>
    /// <param name="leads">The ids found are added here.</param>
    public void Leads(SentenceTokens sentence, List<Mention> mentions, uint words, HashSet<string> leads)
    {
        // Both ways below need an opening list of two agencies or more.
        if ((words & JointWords) == 0 || !sentence.AllCues.Overlaps(_operationNounCue) || !HasTwoAgencies(mentions))
        {
            return;
        }

        // "In a joint operation, the NCB and the DRI seized …": a joint opening before the comma, then the list.
        var start = JointOpeningEnd(sentence);
        var opening = start > 0 ? OpeningList(sentence, mentions, start) : null;
        if (opening is not { Agencies: >= 2 })
        {
            start = OpeningStart(sentence);
            opening = OpeningList(sentence, mentions, start);
            if (opening is not { Agencies: >= 1 } || !CallsItJoint(sentence, opening.Value.End, sentence.Count))
            {
                return;
            }

            // "… seized the pills in a joint operation with the DNC": the partner the joint action names conducted it too. One
            // agency alone opening the sentence ("The Cyber Crime Unit has arrested 14 people in a joint operation with the
            // state police") conducted it jointly with the partner only when a partner is named there.
            if (opening.Value.Agencies == 1)
            {
                // "The AFP's Operation Coral Veil … after a joint investigation with …": the subject is the operation, not the body
                // ("The Uttarakhand Police's Anti-Narcotics Task Force" is the body, through its unit).
                var next = opening.Value.End;
                next += next < sentence.Count && IsPossessive(sentence.Word(next)) ? 1 : 0;
                if (next < sentence.Count && _operationWords.Contains(sentence, next))
                {
                    return;
                }

                var partners = new HashSet<string>(StringComparer.Ordinal);
                PartnersAfterJoint(sentence, mentions, opening.Value.End, partners);
                if (partners.Count == 0)
                {
                    return;
                }

                leads.UnionWith(partners);
            }
            else
            {
                PartnersAfterJoint(sentence, mentions, opening.Value.End, leads);
            }
        }

        var end = opening.Value.End;
        foreach (var mention in mentions)
        {
            if (mention.FirstToken >= end)
            {
                break;
            }

            if (mention.FirstToken >= start && mention.Kind == ActorKind.Agency)
            {
                leads.Add(mention.ActorId);
            }
        }
    }

    /// <summary>
    /// Replaces <paramref name="subjects"/> with the agencies that open the sentence as one list of two or more
    /// ("La Policía Nacional del Perú y la Policía Nacional de Colombia desarrollaron …"), which a later
    /// "Ambas instituciones" takes up; leaves it as it was when the sentence opens otherwise.
    /// </summary>
    public void OpeningAgencies(SentenceTokens sentence, List<Mention> mentions, List<Mention> subjects)
    {
        if (!HasTwoAgencies(mentions) || OpeningList(sentence, mentions) is not { Agencies: >= 2 } opening)
        {
            return;
        }

        subjects.Clear();
        foreach (var mention in mentions)
        {
            if (mention.FirstToken < opening.End && mention.Kind == ActorKind.Agency)
            {
                subjects.Add(mention);
            }
        }
    }

    /// <summary>
    /// The token after a short phrase that calls the action joint and ends in a comma ("In a joint operation,",
    /// "En una operación conjunta,"), at the sentence's start or after its dateline ("AHMEDABAD, 9 August 2025: In
    /// a joint operation, …"); 0 when there is none.
    /// </summary>
    private int JointOpeningEnd(SentenceTokens sentence)
    {
        for (var k = 1; k < sentence.Count; k++)
        {
            if (sentence.Word(k) is "," && CallsItJoint(sentence, Math.Max(0, k - MaxJointOpening), k))
            {
                return k + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Where the sentence's own words start: after an opening dateline (<see cref="OpeningDateline"/>), and after the
    /// people of the bodies named next ("Members of", "Operatives of the").
    /// </summary>
    private int OpeningStart(SentenceTokens sentence)
    {
        var start = OpeningDateline.WordsStart(sentence);
        var people = start;
        while (people < Math.Min(sentence.Count, start + PeopleOpening)
            && (_leading.Contains(sentence, people) || _from.Contains(sentence, people) || _the.Contains(sentence, people)
                || _linkers.Contains(sentence, people)))
        {
            people++;
        }

        return people;
    }

    /// <summary>Adds the agencies listed just after "a joint operation with" (past the opening list's end) to <paramref name="leads"/>.</summary>
    private void PartnersAfterJoint(SentenceTokens sentence, List<Mention> mentions, int from, HashSet<string> leads)
    {
        for (var k = from; k + 2 < sentence.Count; k++)
        {
            if (!((_joint.Contains(sentence, k) && _operationNouns.Contains(sentence, k + 1) && _with.Contains(sentence, k + 2))
                || (_operationNouns.Contains(sentence, k) && _jointAfter.Contains(sentence, k + 1) && _with.Contains(sentence, k + 2))))
            {
                continue;
            }

            var end = k + 3;
            foreach (var mention in mentions)
            {
                if (mention.FirstToken < end)
                {
                    continue;
                }

                if (!OnlyListWordsBetween(sentence, end, mention.FirstToken) && !UnitOfTheNext(sentence, end, mention.FirstToken))
                {
                    break;
                }

                if (mention.Kind == ActorKind.Agency)
                {
                    leads.Add(mention.ActorId);
                }

                end = mention.EndToken;
            }

            return;
        }
    }

    /// <summary>
    /// The agencies counted in the list of mentions that opens the sentence (or starts at <paramref name="from"/>), and
    /// the token after it; null when none opens it.
    /// </summary>
    private (int Agencies, int End)? OpeningList(SentenceTokens sentence, List<Mention> mentions, int from = 0)
    {
        var first = 0;
        while (first < mentions.Count && mentions[first].FirstToken < from)
        {
            first++;
        }

        if (mentions.Count - first < 2 || mentions[first].FirstToken - from > MaxOpening)
        {
            return null;
        }

        var (agencies, end) = (0, 0);
        for (var m = first; m < mentions.Count; m++)
        {
            // "The state police's Task Force (ANTF) and the 57th Battalion of the SSB have seized …": units name their bodies in the list.
            if (m > first && !OnlyListWordsBetween(sentence, end, mentions[m].FirstToken, units: true))
            {
                break;
            }

            agencies += mentions[m].Kind == ActorKind.Agency ? 1 : 0;
            end = Math.Max(end, mentions[m].EndToken);
        }

        return (agencies, end);
    }

    // "a joint investigation"; Spanish, Portuguese and French put the adjective after: "una investigación conjunta".
    private bool CallsItJoint(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if ((_joint.Contains(sentence, k) && _operationNouns.Contains(sentence, k + 1))
                || (_operationNouns.Contains(sentence, k) && _jointAfter.Contains(sentence, k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence names two agencies or more, which any list of them this reader reads needs.</summary>
    private static bool HasTwoAgencies(List<Mention> mentions)
    {
        var agencies = 0;
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && ++agencies == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the Customs Division of the Ghana Revenue Authority": after list glue, the capitalised name of a unit and "of"
    /// ("of the") just before the body named next, whose unit it is (units fold into their parent).
    /// </summary>
    private bool UnitOfTheNext(SentenceTokens sentence, int from, int to)
    {
        var k = from;
        while (k < to && _listGlue.Contains(sentence, k))
        {
            k++;
        }

        var of = _the.Contains(sentence, to - 1) ? to - 2 : to - 1;
        if (to - k > MaxUnitName || of <= k || !_linkers.Contains(sentence, of))
        {
            return false;
        }

        // Session 29: an ordinal may open the unit's name ("the 57th Battalion of the"), its figure and its ending two tokens.
        if (sentence.Tokens[k].Kind == TokenKind.Number)
        {
            k++;
            k += k < of && sentence.Word(k).Length == 2 && char.IsLower(sentence.Word(k)[0]) ? 1 : 0;
        }

        for (var j = k; j < of; j++)
        {
            if (!sentence.Tokens[j].IsCapitalized)
            {
                return false;
            }
        }

        return k < of;
    }

    /// <summary>Past the capitalised words of a unit's name from <paramref name="k"/> (no operation's name), up to <paramref name="to"/>.</summary>
    private int PastUnitName(SentenceTokens sentence, int k, int to)
    {
        var start = k;
        while (k < to && k - start < MaxUnitName && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true }
            && !_the.Contains(sentence, k) && !_operationWords.Contains(sentence, k))
        {
            k++;
        }

        return k;
    }

    private bool IsPossessive(ReadOnlySpan<char> word) => word.Length > 1 && Tokenizer.IsApostrophe(word[0]) && _possessive.Contains(word[1..]);

    /// <summary>
    /// List glue, brackets around an acronym and a possessive ending ("Mozambique's"); with <paramref name="units"/>, also the
    /// capitalised name of a unit after a possessive ("the state police's Anti-Narcotics Task Force and …") and a unit of the
    /// body named next (see <see cref="UnitOfTheNext"/>).
    /// </summary>
    private bool OnlyListWordsBetween(SentenceTokens sentence, int from, int to, bool units = false)
    {
        for (var k = from; k < to; k++)
        {
            var word = sentence.Word(k);
            if (word is "(" && k + 2 < to && sentence.Word(k + 2) is ")")
            {
                k += 2; // "Border Guard Bangladesh (BGB) and …": the short form in brackets, known or not, belongs to the name before it
                continue;
            }

            var possessive = IsPossessive(word);
            if (possessive && units && k == from)
            {
                k = PastUnitName(sentence, k + 1, to) - 1;
                continue;
            }

            // "La police judiciaire fédérale de Bruxelles et la Garde nationale …": a place after "de" belongs to the body.
            var place = k > from && sentence.Tokens[k].IsCapitalized && _from.Contains(sentence, k - 1);
            if (!possessive && !place && word is not ("(" or ")") && !_listGlue.Contains(sentence, k))
            {
                return units && UnitOfTheNext(sentence, k, to);
            }
        }

        return true;
    }
}

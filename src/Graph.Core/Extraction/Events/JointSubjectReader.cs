using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Joint conduct told through the subject: "SERNIC and the South African Police Service have arrested
/// six people … in a joint operation". Two or more agencies that open the sentence as one list, in a
/// sentence that calls the action joint (an adjective of data/knowledge/roles.txt before an operation
/// noun), conducted it together, so each leads.
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
    private readonly ulong _operationNounCue = knowledge.Mask(KnowledgeList.OperationNoun);

    /// <summary>Adds to <paramref name="leads"/> the agencies that open the sentence, when it calls their action joint.</summary>
    public void Leads(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads)
    {
        if ((sentence.AllCues & _operationNounCue) == 0)
        {
            return;
        }

        // "In a joint operation, the NCB and the DRI seized …": a joint opening before the comma, then the list.
        var start = JointOpeningEnd(sentence);
        var opening = start > 0 ? OpeningList(sentence, mentions, start) : null;
        if (opening is not { Agencies: >= 2 })
        {
            start = 0;
            opening = OpeningList(sentence, mentions);
            if (opening is not { Agencies: >= 2 } || !CallsItJoint(sentence, opening.Value.End, sentence.Count))
            {
                return;
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
        if (OpeningList(sentence, mentions) is not { Agencies: >= 2 } opening)
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
            if (m > first && !OnlyListWordsBetween(sentence, end, mentions[m].FirstToken))
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

    /// <summary>List glue, brackets around an acronym and a possessive ending ("Mozambique's").</summary>
    private bool OnlyListWordsBetween(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var word = sentence.Word(k);
            var possessive = word.Length > 1 && Tokenizer.IsApostrophe(word[0]) && _possessive.Contains(word[1..]);
            // "La police judiciaire fédérale de Bruxelles et la Garde nationale …": a place after "de" belongs to the body.
            var place = k > from && sentence.Tokens[k].IsCapitalized && _from.Contains(sentence, k - 1);
            if (!possessive && !place && word is not ("(" or ")") && !_listGlue.Contains(sentence, k))
            {
                return false;
            }
        }

        return true;
    }
}

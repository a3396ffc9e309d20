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
        if ((sentence.AllCues & _operationNounCue) == 0 || OpeningList(sentence, mentions) is not { Agencies: >= 2 } opening
            || !CallsItJoint(sentence, opening.End))
        {
            return;
        }

        var end = opening.End;
        foreach (var mention in mentions)
        {
            if (mention.FirstToken >= end)
            {
                break;
            }

            if (mention.Kind == ActorKind.Agency)
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

    /// <summary>The agencies counted in the list of mentions that opens the sentence, and the token after it; null when none opens it.</summary>
    private (int Agencies, int End)? OpeningList(SentenceTokens sentence, List<Mention> mentions)
    {
        if (mentions.Count < 2 || mentions[0].FirstToken > MaxOpening)
        {
            return null;
        }

        var (agencies, end) = (0, 0);
        for (var m = 0; m < mentions.Count; m++)
        {
            if (m > 0 && !OnlyListWordsBetween(sentence, end, mentions[m].FirstToken))
            {
                break;
            }

            agencies += mentions[m].Kind == ActorKind.Agency ? 1 : 0;
            end = Math.Max(end, mentions[m].EndToken);
        }

        return (agencies, end);
    }

    // "a joint investigation"; Spanish, Portuguese and French put the adjective after: "una investigación conjunta".
    private bool CallsItJoint(SentenceTokens sentence, int from)
    {
        for (var k = from; k + 1 < sentence.Count; k++)
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

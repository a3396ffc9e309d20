using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 36: the operation fronted as the object and taken up by a pronoun before the verb of leading, its subject after the
/// verb ("La segunda, «Cardumen», la condujo la Armada", "La investigación la dirigió la Fiscalía").
/// </summary>
internal sealed partial class RoleReader
{
    private const int MaxQuotedName = 8; // the tokens of a quoted name between its quotes
    private readonly WordSet _objectClitics;
    private readonly CueBits _cliticVerbCue;
    private readonly CueBits _cliticVerbGate;

    /// <summary>
    /// A verb of leading or of carrying out (<c>lead | before</c>, <c>lead | operation-verb</c>) right after an object pronoun
    /// (<c>lead | object-clitic</c>) that takes up the operation just before it (its noun, its place among the report's several,
    /// or its quoted name, a comma between), is led by the bodies right after the verb, its subject. A part of the work taken
    /// up so ("los allanamientos los ejecutó la PDI") is no operation, and its body only takes part.
    /// </summary>
    private void FrontedOperationTakenUp(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads, List<NationalityLead> nationalityLeads)
    {
        if (mentions.Count == 0 || !sentence.AllCues.Overlaps(_cliticVerbCue))
        {
            return;
        }

        var tokenCues = sentence.Cues;
        for (var i = 2; i < sentence.Count; i++)
        {
            if (!CueGate.MayHold(_cliticVerbGate, tokenCues[i]))
            {
                continue;
            }

            var verb = _leadVerbs.Contains(sentence, i) ? 1 : _operationVerbs.MatchAt(sentence, i);
            if (verb > 0 && _objectClitics.Contains(sentence, i - 1) && OperationEndsAt(sentence, i - 2) && SubjectOpensAt(sentence, mentions, i + verb))
            {
                CollectAfter(sentence, mentions, i + verb, leads, nationalityLeads);
                return;
            }
        }
    }

    /// <summary>Whether the operation ends at a token: its noun, its place ("La segunda"), or its quoted name, past a comma.</summary>
    private bool OperationEndsAt(SentenceTokens sentence, int k)
    {
        k = k >= 0 && sentence.Word(k) is "," ? k - 1 : k;
        if (k >= 0 && sentence.Word(k) is "\"" or "”" or "»")
        {
            var open = k - 1;
            while (open >= 0 && open > k - MaxQuotedName && sentence.Word(open) is not ("\"" or "“" or "«"))
            {
                open--;
            }

            k = open - 1;
            k = k >= 0 && sentence.Word(k) is "," ? k - 1 : k;
        }

        return k >= 0 && (IsOperation(sentence, k) || _sequence.Contains(sentence, k));
    }
}

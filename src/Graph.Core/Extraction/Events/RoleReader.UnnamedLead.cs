using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

internal sealed partial class RoleReader
{
    /// <summary>
    /// Session 35: "The operation was led by the unit", "a cross-border operation spearheaded by the bureau", "La operación fue
    /// conducida por el Comando de Guardacostas": whether the sentence names the operation and then says by whom it was led,
    /// directed or carried out (a cue of leading after the operation's noun). Asked only of a sentence whose cue gave no
    /// known body, so the leader it tells is a unit the report does not name as a body of its own.
    /// </summary>
    public bool TellsWhoLedTheOperation(SentenceTokens sentence, List<Mention> mentions)
    {
        var cues = sentence.AllCues;
        if (!cues.Overlaps(_operationCue) || (!_leadAfter.Gate.IsEmpty && !cues.Overlaps(_leadAfter.Gate) && !cues.Overlaps(_leadOfOperation.Gate)))
        {
            return false;
        }

        var operationNamed = false;
        var told = 0;
        for (var i = 0; i < sentence.Count; i++)
        {
            operationNamed = operationNamed || _operationNouns.Contains(sentence, i) || _operationWords.Contains(sentence, i);
            var cue = operationNamed ? Math.Max(_leadAfter.MatchAt(sentence, i), _leadOfOperation.MatchAt(sentence, i)) : 0;
            if (cue > 0)
            {
                if (CountryNamedAt(mentions, i + cue))
                {
                    return false; // "led by Spain and Greece": the text names the leaders, by country
                }

                told++;
                i += cue - 1;
            }
        }

        // "directed by the unit of X and carried out by the force of Y": two unnamed agents, one of which did the work the
        // opening tells; the sentence does not say which one the opening's body is.
        return told == 1;
    }

    private static bool CountryNamedAt(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Country && mention.FirstToken == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 35: the agencies a sentence of the report's opening presents as doing its work: the subject of a deed ("The
    /// Nigeria Customs Service has intercepted …", "La Armada del Ecuador interceptó …"). Read only where the report says
    /// its operation was led by a unit it does not name as a body: the unit is that of the body whose work the report
    /// tells. A body that only speaks or announces ("…, the ministry said", "a annoncé le procureur") is left out: a source
    /// tells of other bodies' units as often as of its own.
    /// </summary>
    public void OpeningOwners(SentenceTokens sentence, List<Mention> mentions, HashSet<string> owners)
    {
        if (mentions.Count == 0 || !_deeds.MayOccurIn(sentence))
        {
            return;
        }

        for (var i = 0; i < sentence.Count; i++)
        {
            if (_deeds.Contains(sentence, i) && !AfterRelativePronoun(sentence, i) && !InvertedSubject(sentence, mentions, i, owners))
            {
                SubjectBeyondAside(sentence, mentions, i, owners);
            }
        }
    }

    /// <summary>
    /// Session 35: "The committee led the operation.": in a sentence that names no body, a head noun of the back-reference list
    /// that is the subject of a verb of leading whose object is the operation; the noun, or null.
    /// </summary>
    private string? SubjectBackReferenceOfOperation(SentenceTokens sentence, List<Mention> mentions, int verb) =>
        ObjectIsTheOperation(sentence, verb) ? SubjectBackReference(sentence, mentions, verb) : null;
}

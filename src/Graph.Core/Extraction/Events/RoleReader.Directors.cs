using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>Those who carried out what a director named right after them directed.</summary>
internal sealed partial class RoleReader
{
    private const int MaxConductWords = 4; // "carried out jointly by"

    /// <summary>
    /// "The interception was carried out by the Sri Lanka Navy under the direction of the PNB", "a crackdown … was carried out by
    /// the FIA under the direction of the Ministry": the bodies a phrase of carrying out names right before a lead cue carried
    /// out what the director directed, so they lead with it, whatever noun the sentence gives the action. Carrying out a part
    /// ("the searches were carried out by X under the direction of Y") stays taking part, and a comma before the cue leaves
    /// the agents to the reading of the operation's own cue.
    /// </summary>
    private void ConductorsBeforeDirector(SentenceTokens sentence, List<Mention> mentions, int cue, HashSet<string> leads)
    {
        var end = cue;
        if (end > 2 && sentence.Word(end - 1) is ")" && sentence.Word(end - 3) is "(")
        {
            end -= 3; // the acronym after the last name
        }

        var last = mentions.FindLastIndex(m => m.EndToken <= end);
        if (last < 0 || mentions[last].EndToken != end || mentions[last].Kind != ActorKind.Agency)
        {
            return;
        }

        var first = ListOpening(sentence, mentions, last);
        var start = _the.Contains(sentence, mentions[first].FirstToken - 1) ? mentions[first].FirstToken - 1 : mentions[first].FirstToken;
        if (!ConductEndsAt(sentence, start, out var conduct) || PartOfTheActionBefore(sentence, conduct))
        {
            return;
        }

        for (var m = first; m <= last; m++)
        {
            if (mentions[m].Kind == ActorKind.Agency)
            {
                leads.Add(mentions[m].ActorId);
            }
        }
    }

    /// <summary>Whether a phrase of carrying out ("carried out by", "conducted by") ends right before a token; its first token.</summary>
    private bool ConductEndsAt(SentenceTokens sentence, int token, out int conduct)
    {
        for (conduct = Math.Max(0, token - MaxConductWords); conduct < token; conduct++)
        {
            if (_leadOfOperation.MatchAt(sentence, conduct) == token - conduct)
            {
                return true;
            }
        }

        return false;
    }
}

using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 26: two shapes of a lead read by structure rather than by listing phrases. The manner of joint conduct between a
/// lead participle and its agent's mark ("liderada de manera conjunta por", "exécutée conjointement par"), and a body's own
/// unit as the agent ("coordinada por su Unidad de Análisis"), which names the body the sentence opens with.
/// </summary>
internal sealed partial class RoleReader
{
    /// <summary>
    /// "liderada de manera conjunta por", "executada em conjunto pela", "exécutée conjointement par": the participle of a lead
    /// cue or of carrying an operation out, a phrase of joint manner (<c>lead-manner</c>), then the agent's mark. Joint conduct
    /// leads whether or not the sentence names the operation, as the listed "realizada conjuntamente por" does. The token after
    /// the mark, or -1. <paramref name="head"/> is what <see cref="_leadAfterHeads"/> matched at <paramref name="i"/> (the caller has asked).
    /// </summary>
    private int JointMannerAgent(SentenceTokens sentence, int i, int head)
    {
        var participle = head > 0 ? head : _leadOfOperationVerbs.MatchAt(sentence, i);
        var k = i + participle;
        if (participle <= 0 || k >= sentence.Count || _manners.MatchAt(sentence, k) is not (> 0 and var manner))
        {
            return -1;
        }

        k += manner;
        return k < sentence.Count && _sideAgents.Contains(sentence, k) ? k + 1 : -1;
    }

    /// <summary>
    /// "AMERIPOL anunció … una acción coordinada por su Unidad de Análisis": after a lead cue, a possessive (<c>lead-own-unit</c>)
    /// and a capitalised unit's head name a unit of the body the sentence opens with (only an article or punctuation before
    /// it, or its spelled-out name before its acronym in brackets), which leads. A possessive before anything else ("por su parte") or a sentence opened by no body adds nothing.
    /// </summary>
    private void OwnUnitOwner(SentenceTokens sentence, List<Mention> mentions, int from, HashSet<string> leads)
    {
        if (from + 1 >= sentence.Count || !_ownUnit.Contains(sentence, from) || !sentence.Tokens[from + 1].IsCapitalized || !_unitHeads.Contains(sentence, from + 1))
        {
            return;
        }

        var opening = -1;
        for (var m = 0; m < mentions.Count; m++)
        {
            if (opening < 0 || mentions[m].FirstToken < mentions[opening].FirstToken)
            {
                opening = m;
            }
        }

        if (opening < 0 || mentions[opening].Kind != ActorKind.Agency || mentions[opening].FirstToken >= from)
        {
            return;
        }

        // Only an article ("La", "A", "L'": a word of the list glue, looked up in lower case as it opens the sentence) may stand
        // before the body; this path is rare (a lead cue, a possessive and a unit's head), so the copy costs nothing per sentence.
        // "La Comunidad de Policías de América (AMERIPOL) anunció": a name the gazetteer does not hold may open the sentence
        // when the body's acronym in brackets follows it; its words are capitalised or glue ("de").
        var first = mentions[opening].FirstToken;
        var glossed = first > 0 && sentence.Word(first - 1) is "(";
        for (var k = 0; k < (glossed ? first - 1 : first); k++)
        {
            var glue = _listGlue.Contains(sentence.Word(k).ToString().ToLowerInvariant()) && !_andOr.Contains(sentence, k);
            if (sentence.Tokens[k].Kind != TokenKind.Punctuation && !(k == 0 && glue) && !(glossed && (sentence.Tokens[k].IsCapitalized || glue)))
            {
                return;
            }
        }

        leads.Add(mentions[opening].ActorId);
    }

    private static bool SemicolonAt(SentenceTokens sentence, int k) => k < sentence.Count && sentence.Word(k) is ";";
}

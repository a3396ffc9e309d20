using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using static Graph.Core.Extraction.Text.WordEndings;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 32: a place between a passive lead participle and its agent ("coordenada a partir de Lisboa pelo MAOC-N", "conduite
/// à l'aéroport de Plaisance, à Maurice, par la MRA", "coordinated from The Hague by Eurojust"). Writers put where the work
/// was led from or done right after the participle; the body after the agent's mark still leads.
/// </summary>
internal sealed partial class RoleReader
{
    private const int MaxPlaceGap = 12;

    // The lead | after phrases that end on the agent's mark, without it ("coordenada pelo" → "coordenada"): passive participles.
    private readonly PhraseSet _passiveLeadHeads;

    /// <summary>
    /// From <paramref name="from"/>, the token after a passive lead participle (<see cref="_passiveLeadHeads"/>): a place phrase,
    /// then the agent's mark; the token after the mark, or -1. The place must name somewhere (a capitalised word right after a
    /// locative or "of"/"from" word, with only an article between), and holds no body, no other participle, no relative clause
    /// and no "and": those start another clause whose agent the mark may belong to.
    /// </summary>
    private int PlaceBeforeAgent(SentenceTokens sentence, List<Mention> mentions, int from)
    {
        var named = false;
        var last = Math.Min(sentence.Count, from + MaxPlaceGap + 1);
        for (var k = from; k < last; k++)
        {
            if (k > from && _sideAgents.Contains(sentence, k))
            {
                return named ? k + 1 : -1;
            }

            var token = sentence.Tokens[k];
            if (AgencyStartsAt(mentions, k) || _andOr.Contains(sentence, k) || _relativePronouns.Contains(sentence, k))
            {
                return -1;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                if (sentence.Word(k) is not ",")
                {
                    return -1;
                }

                continue;
            }

            if (token.IsCapitalized)
            {
                named |= PlaceWordBefore(sentence, k, from);
            }
            else if (token.Kind == TokenKind.Word && EndsWithAny(sentence.Word(k), _participleEndings))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"de Lisboa", "à Maurice", "from The Hague", "en la Ciudad": a locative or ablative word before the token, an article between at most.</summary>
    private bool PlaceWordBefore(SentenceTokens sentence, int k, int from)
    {
        var before = k - 1;
        if (before >= from && IsPlaceMark(sentence, before))
        {
            return true;
        }

        return before > from && (_the.Contains(sentence, before) || (_listGlue.Contains(sentence, before) && !_andOr.Contains(sentence, before)))
            && IsPlaceMark(sentence, before - 1);
    }

    private bool IsPlaceMark(SentenceTokens sentence, int k) => _locative.Contains(sentence, k) || _from.Contains(sentence, k);
}

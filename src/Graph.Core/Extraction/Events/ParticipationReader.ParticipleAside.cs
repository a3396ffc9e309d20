using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;
using static Graph.Core.Extraction.Text.WordEndings;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 36: a participle set off by commas right after a body ("La Garde civile, sollicitée au sujet des sociétés, n'a pas
/// répondu", "Interpol, asked by the police to check the names, traced …") tells what was done to the body, not what it did:
/// its own verb is the one after the aside, as after a ", which …," aside. So a body asked or told in the aside and denied a
/// deed after it takes no part, and one alerted in the aside that then acts keeps its part.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int ParticipleAsideReach = 16; // "sollicitée au sujet des sociétés d'expédition établies à Algésiras ,"
    private readonly string[] _participleEndings = [.. knowledge.List(KnowledgeList.ParticipleEnding)];

    /// <summary>The token after the closing comma of a participle aside at <paramref name="position"/>; else <paramref name="position"/>.</summary>
    private int PastParticipleAside(SentenceTokens sentence, int position)
    {
        if (position + 2 >= sentence.Count || sentence.Word(position) is not "," || !IsAsideParticiple(sentence, position + 1))
        {
            return position;
        }

        for (var k = position + 2; k < Math.Min(sentence.Count - 1, position + 2 + ParticipleAsideReach); k++)
        {
            if (sentence.Word(k) is ",")
            {
                return k + 1;
            }

            if (sentence.Tokens[k].Kind == TokenKind.Punctuation && sentence.Word(k) is not ("(" or ")" or "'" or "’"))
            {
                return position;
            }
        }

        return position;
    }

    /// <summary>A lower-case participle: a told word of the context list ("sollicité", "informées") or a word with a participle's ending.</summary>
    private bool IsAsideParticiple(SentenceTokens sentence, int k)
    {
        var word = sentence.Word(k);
        if (sentence.Tokens[k].Kind != TokenKind.Word || sentence.Tokens[k].IsCapitalized || word.Length <= 3)
        {
            return false;
        }

        return _contextVerbs.Contains(sentence, k) || EndsWithAny(word, _participleEndings);
    }
}

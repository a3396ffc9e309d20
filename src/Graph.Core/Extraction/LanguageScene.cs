using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>
/// "Côté tchadien, la Gendarmerie nationale a interpellé …", "Au Cameroun, la douane a démantelé …; au Niger, la police …",
/// "En Honduras, efectivos de la Fuerza Naval …": a sentence or clause that opens on a country and a comma sets its scene,
/// and what it names later without a country of its own is that country's, up to the clause's end or another country.
/// </summary>
internal static class LanguageScene
{
    /// <summary>Most words before the country of a scene ("Du côté tchadien,", "En territorio salvadoreño,").</summary>
    private const int MaxLead = 3;

    /// <summary>
    /// The country whose scene holds the token: the first mention of its clause, a country starting at most
    /// <see cref="MaxLead"/> words in and followed by a comma, with no other country mention between it and the token;
    /// null when the clause sets no scene.
    /// </summary>
    public static Mention? CountryAt(SentenceTokens sentence, List<Mention> mentions, int token)
    {
        var clauseStart = 0;
        for (var k = token - 1; k >= 0; k--)
        {
            if (IsClauseBreak(sentence, k))
            {
                clauseStart = k + 1;
                break;
            }
        }

        Mention? scene = null;
        foreach (var mention in mentions)
        {
            if (mention.FirstToken >= token)
            {
                break;
            }

            if (mention.FirstToken < clauseStart)
            {
                continue;
            }

            if (scene is null)
            {
                if (mention.Kind != ActorKind.Country || mention.FirstToken - clauseStart > MaxLead
                    || mention.EndToken >= sentence.Count || sentence.Word(mention.EndToken) is not ",")
                {
                    return null;
                }

                scene = mention;
            }
            else if (mention.Kind == ActorKind.Country)
            {
                return null;
            }
        }

        return scene;
    }

    /// <summary>Whether any clause of the sentence opens on a country and a comma: a cheap look before a token-by-token one.</summary>
    public static bool AnyScene(SentenceTokens sentence, List<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != ActorKind.Country || mention.EndToken >= sentence.Count || sentence.Word(mention.EndToken) is not ",")
            {
                continue;
            }

            var k = mention.FirstToken - 1;
            while (k >= 0 && mention.FirstToken - 1 - k < MaxLead && !IsClauseBreak(sentence, k))
            {
                k--;
            }

            if (k < 0 || IsClauseBreak(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseBreak(SentenceTokens sentence, int k) =>
        sentence.Tokens[k].Kind != TokenKind.Word && sentence.Word(k) is ";" or ":" or "–" or "—";
}

using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 28: two shapes of a body that acts only after the operation, told in Spanish, Portuguese and French without a
/// verb the future-verb list knows. The body's own verb in the future tense, past any relative aside ("La Fiscalía de
/// Área, que autorizó las escuchas, recibirá ahora el atestado", "le parquet examinera le dossier"), read from its ending.
/// And a body the case is passed to, named inside the sentence with a relative clause in the future after it ("La causa
/// quedó en manos de la Fiscalía Federal, que imputará a los detenidos", "O processo segue para a Procuradoria-Geral, que
/// vai deduzir a acusação"): the clause tells what it will do next. A body after the agent's mark ("dirigida por la
/// Fiscalía, que presentará cargos") or opening the sentence keeps its part by this reading, and so does a body whose
/// relative aside tells that it led ("que dirigió las diligencias") before its future verb.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int LaterEndingReach = 4; // "ront", "rán"
    private readonly WordSet _laterEndings = knowledge.Words(KnowledgeList.LaterEnding);

    /// <summary>Whether the body's own verb, or the verb of a relative clause right after a body named mid-sentence, is in the future.</summary>
    private bool ActsLaterByTense(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var k = AfterOwnName(sentence, SkipBracket(sentence, ListEnd(sentence, mentions, m)));
        if (k + 2 < sentence.Count && sentence.Word(k) is "," && _relativePronouns.Contains(sentence, k + 1))
        {
            if (FutureAt(sentence, SkipClitic(sentence, k + 2)) && NamedMidSentence(sentence, mentions[m].FirstToken))
            {
                return true;
            }

            // "La Fiscalía Regional, que dirigió las diligencias, formalizará a los imputados": the aside tells its lead.
            for (k += 2; k < sentence.Count && sentence.Word(k) is not ","; k++)
            {
                if (_leadVerbs.Contains(sentence, k))
                {
                    return false;
                }
            }

            k++;
        }

        return FutureAt(sentence, SkipClitic(sentence, SkipAuxiliaries(sentence, k)));
    }

    /// <summary>Whether the body stands inside the sentence after a word that is not the agent's mark ("en manos de la", "para a").</summary>
    private bool NamedMidSentence(SentenceTokens sentence, int first)
    {
        var before = _the.Contains(sentence, first - 1) ? first - 2 : first - 1;
        return before >= 1 && sentence.Tokens[before].Kind == TokenKind.Word && !_by.Contains(sentence, before);
    }

    private bool FutureAt(SentenceTokens sentence, int k) =>
        k < sentence.Count && IsPlainWord(sentence, k) && (_futureVerbs.Contains(sentence, k) || LaterForm(sentence.Word(k)));

    /// <summary>The token after an object pronoun at <paramref name="k"/> ("que les imputará", "qui les jugeront"), else <paramref name="k"/>.</summary>
    private static int SkipClitic(SentenceTokens sentence, int k) =>
        k < sentence.Count && sentence.Word(k) is "se" or "le" or "les" or "lo" or "los" or "las" or "os" or "lhes" or "leur" ? k + 1 : k;

    /// <summary>Whether the word ends in a future ending of <c>later-ending</c> after at least three letters of its stem.</summary>
    private bool LaterForm(ReadOnlySpan<char> word)
    {
        for (var length = 2; length <= Math.Min(LaterEndingReach, word.Length - 3); length++)
        {
            if (_laterEndings.Contains(word[^length..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token after the capitalised words and linking words of a unit's name the gazetteer did not take in ("de Área de Melilla").</summary>
    private int AfterOwnName(SentenceTokens sentence, int position)
    {
        var end = Math.Min(position + UnitReach, sentence.Count);
        while (position < end && (sentence.Tokens[position].IsCapitalized || IsLinker(sentence, position)))
        {
            position++;
        }

        return position;
    }
}

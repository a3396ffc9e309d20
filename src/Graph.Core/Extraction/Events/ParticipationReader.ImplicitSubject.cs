using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using static Graph.Core.Extraction.Events.MentionRanges;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 32: a denial with no subject of its own after a comma ("Europol hosted the meetings, without taking part in the
/// arrests", "…, aunque no ha intervenido en la operación", "…, sans participer aux arrestations", "…, but did not take part")
/// denies the part of its clause's subject, the body that opens the clause, not of the nearest body before it, which is the
/// main verb's object or a place ("felicitó a los agentes españoles, aunque no …"). When no body opens the clause ("la agencia
/// europea ha abierto una ficha …, sin que haya intervenido"), the nearest body is read as before.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int ImplicitSubjectReach = 3; // ", but did not", ", although it did not", ", aunque no", ", sans"

    private readonly WordSet _negatingPrepositions = knowledge.Words(KnowledgeList.NegatingPreposition);

    /// <summary>
    /// Whether the negation opens a clause without a subject of its own: a comma stands at most a few words before it, with a
    /// joining word between (", but did not", ", aunque no") and no body or relative pronoun (", which did not" has the body
    /// before it as its subject), or a negating preposition right after it (", sans participer"). A negation that only its
    /// auxiliaries part from the comma (", n'a pas pris part", ", no tomó parte") is the verb's own after an aside, whose
    /// subject is the body before the aside (see <see cref="BeforeRelativeClause"/>).
    /// </summary>
    private bool WithoutOwnSubject(SentenceTokens sentence, List<Mention> mentions, int negation)
    {
        var joined = _negatingPrepositions.Contains(sentence, negation);
        for (var k = negation - 1; k >= Math.Max(0, negation - 1 - ImplicitSubjectReach); k--)
        {
            if (sentence.Word(k) is ",")
            {
                return joined && !AnyStartsWithin(mentions, k + 1, negation);
            }

            if (sentence.Tokens[k].Kind == TokenKind.Punctuation || _relativePronouns.Contains(sentence, k))
            {
                return false;
            }

            joined |= !(_negations.Contains(sentence, k) || _auxiliaries.Contains(sentence, k) || _perfectAuxiliaries.Contains(sentence, k));
        }

        return false;
    }

    /// <summary>
    /// The body that opens the clause the negation ends in (the sentence, or the part after its last semicolon or colon): its
    /// first token, or the one after an article, starts the clause. -1 when the clause opens otherwise.
    /// </summary>
    private int ClauseSubject(SentenceTokens sentence, List<Mention> mentions, int negation)
    {
        var start = 0;
        for (var k = negation - 1; k > 0; k--)
        {
            if (sentence.Word(k) is ";" or ":")
            {
                start = k + 1;
                break;
            }
        }

        for (var m = 0; m < mentions.Count && mentions[m].FirstToken < negation; m++)
        {
            var first = mentions[m].FirstToken;
            if (first >= start)
            {
                return first == start || (first == start + 1 && (_the.Contains(sentence, start) || _agentArticles.Contains(sentence, start)))
                    || AcronymOfAnUnknownName(sentence, start, first) ? m : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Session 35: whether the body at <paramref name="first"/> is the bracketed acronym of a name the gazetteer does not know,
    /// which opens the clause ("La Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos (ATF) …"): only capitalised words,
    /// linking words and the commas of the name's own list stand before the bracket.
    /// </summary>
    private bool AcronymOfAnUnknownName(SentenceTokens sentence, int start, int first)
    {
        if (first - start < 2 || sentence.Word(first - 1) is not "(" || !sentence.Tokens[first - 2].IsCapitalized)
        {
            return false;
        }

        for (var k = start; k < first - 1; k++)
        {
            if (!(sentence.Tokens[k].IsCapitalized || _listGlue.Contains(sentence, k) || IsLinker(sentence, k) || sentence.Word(k) is ","))
            {
                return false;
            }
        }

        return true;
    }
}

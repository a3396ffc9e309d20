using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 27 (issue 13): a body named only as the one that speaks ("El Ministerio del Interior ha hecho públicos los
/// resultados", "…, a indiqué vendredi le ministère de l'Intérieur", "lê-se numa nota do Ministério do Interior") tells
/// of the operation without taking part in it by that mention. Three places of the sentence say so: the body is the
/// subject of a verb of saying or announcing (<c>speech-verb</c>) whose content is not its own deed; the body follows such
/// a verb that closes a clause (the speaker put after its verb); or the body owns a statement (<c>statement-noun</c>, "in a
/// note of the ministry"). What the body says is its own deed when the verb goes on with the body's own people or its own
/// infinitive (<c>speech-self</c>: "informó que sus agentes", "a annoncé avoir démantelé") or with a verb of its own right
/// after "que" ("informou que deteve"); a verb in the future there ("anunció que revisará") is a later step, no deed. The
/// event assembler keeps such a speaker when no one else in its event takes part, since a report needs someone to act.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int SpeakerGapReach = 3; // "a indiqué vendredi le", "informó este martes la": time words between the verb and the speaker
    private const int SpeechPhraseReach = 3; // "dio a conocer", "a fait savoir"
    private const int StatementReach = 2; // "numa nota do", "dans un communiqué officiel du"

    private readonly PhraseSet _speechVerbs = knowledge.Phrases(KnowledgeList.SpeechVerb);
    private readonly WordSet _statementNouns = knowledge.Words(KnowledgeList.StatementNoun);
    private readonly WordSet _speechSelf = knowledge.Words(KnowledgeList.SpeechSelf);
    private readonly WordSet _speechClitics = knowledge.Words(KnowledgeList.SpeechClitic);
    private readonly WordSet _speechPartners = knowledge.Words(KnowledgeList.SpeechPartner);
    private readonly WordSet _futureEndings = knowledge.Words(KnowledgeList.FutureEnding);

    /// <summary>
    /// Whether the agency mention <paramref name="m"/> is named only as a speaker or the owner of a statement (see the
    /// type's remarks); false at once in a sentence without a word of either list.
    /// </summary>
    public bool OnlySpeaks(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var cues = sentence.AllCues;
        var speech = cues.Overlaps(_speechVerbs.Gate);
        if ((!speech && !cues.Overlaps(_statementNouns.Gate)) || mentions[m].Kind != ActorKind.Agency)
        {
            return false;
        }

        return (speech && (SubjectOfSpeech(sentence, mentions, m) || SpeakerAfterVerb(sentence, mentions, mentions[m].FirstToken)))
            || OwnsAStatement(sentence, mentions[m].FirstToken);
    }

    /// <summary>"El Ministerio del Interior informó que la presencia policial se reforzará": the body's own verb is one of saying, and what it says is no deed of its own.</summary>
    private bool SubjectOfSpeech(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var verb = VerbAfter(sentence, mentions, m);
        if (verb < 0)
        {
            return false;
        }

        if (_perfectAuxiliaries.Contains(sentence, verb))
        {
            verb++; // "ha informado", "a indiqué", "tem divulgado"
        }

        return _speechVerbs.MatchAt(sentence, verb) is > 0 and var length && !TellsOwnDeed(sentence, verb + length);
    }

    /// <summary>Whether the words after a verb of saying tell of the speaker's own deed (see the type's remarks).</summary>
    private bool TellsOwnDeed(SentenceTokens sentence, int after)
    {
        if (after >= sentence.Count)
        {
            return false;
        }

        if (_speechSelf.Contains(sentence, after))
        {
            return true;
        }

        // "informó este martes que sus técnicos": a few time words may stand between the verb and what it says.
        for (var gap = 0; gap < SpeakerGapReach && after + 1 < sentence.Count && IsPlainWord(sentence, after) && !IsThat(sentence, after)
            && !_agentArticles.Contains(sentence, after) && !_speechSelf.Contains(sentence, after); gap++)
        {
            after++;
        }

        // "annonce l'arrestation de vingt-trois personnes", "anunció la desarticulación": the speaker's own deed as its object.
        var objectWord = _agentArticles.Contains(sentence, after) || IsElision(sentence, after) ? after + 1 : after;
        if (objectWord < sentence.Count && (_speechSelf.Contains(sentence, objectWord) || _arrestWords.Contains(sentence, objectWord)))
        {
            return true;
        }

        if (!IsThat(sentence, after))
        {
            return false;
        }

        var next = after + 1;
        while (next < sentence.Count && _speechClitics.Contains(sentence, next))
        {
            next++;
        }

        if (next >= sentence.Count || sentence.Tokens[next].Kind != TokenKind.Word || sentence.Tokens[next].IsCapitalized)
        {
            return false;
        }

        return _speechSelf.Contains(sentence, next)
            || (!_agentArticles.Contains(sentence, next) && !_listGlue.Contains(sentence, next) && !FutureForm(sentence.Word(next)));
    }

    private static bool IsPlainWord(SentenceTokens sentence, int k) =>
        sentence.Tokens[k].Kind == TokenKind.Word && !sentence.Tokens[k].IsCapitalized;

    private static bool IsThat(SentenceTokens sentence, int k) => sentence.Word(k) is "que" or "qu'" or "qu’";

    private static bool IsElision(SentenceTokens sentence, int k) => sentence.Word(k) is "l'" or "l’";

    private bool FutureForm(ReadOnlySpan<char> word)
    {
        for (var length = 2; length <= Math.Min(4, word.Length - 2); length++)
        {
            if (_futureEndings.Contains(word[^length..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "…, a indiqué vendredi le ministère de l'Intérieur", "«…», informou o Ministério": a verb of saying after a comma
    /// or a quote, then at most a few time words and an article, then the body: the body is the speaker.
    /// </summary>
    private bool SpeakerAfterVerb(SentenceTokens sentence, List<Mention> mentions, int first)
    {
        var k = _agentArticles.Contains(sentence, first - 1) ? first - 1 : first;
        for (var gap = 0; gap <= SpeakerGapReach && k > 0; gap++, k--)
        {
            if (_speechVerbs.EndsAt(sentence, k))
            {
                var start = k - 1;
                while (start > Math.Max(0, k - SpeechPhraseReach) && _speechVerbs.MatchAt(sentence, start) != k - start)
                {
                    start--;
                }

                while (start > 0 && (_perfectAuxiliaries.Contains(sentence, start - 1) || _speechClitics.Contains(sentence, start - 1)))
                {
                    start--;
                }

                return start > 0 && sentence.Tokens[start - 1].Kind == TokenKind.Punctuation && DoerBefore(sentence, mentions, start);
            }

            if (sentence.Tokens[k - 1].Kind != TokenKind.Word || sentence.Tokens[k - 1].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an agency is named before <paramref name="position"/> as a doer, not a partner: the clause a speaker put after its verb tells of
    /// another body's deed ("La Garde nationale a saisi …, a indiqué le ministère"); a clause that names no doer ("Onze
    /// pessoas foram presas …, informou a Receita Federal") tells of the speaker's own.
    /// </summary>
    private bool DoerBefore(SentenceTokens sentence, List<Mention> mentions, int position)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.EndToken <= position && !Partner(sentence, mention.FirstToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"com apoio da Receita Federal", "grâce à la Gendarmerie royale": a word of help shortly before the body makes it a partner of the deed, not its doer.</summary>
    private bool Partner(SentenceTokens sentence, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - SpeakerGapReach); k--)
        {
            if (_speechPartners.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"numa nota do Ministério do Interior", "dans un communiqué du ministère": the body owns the statement that is quoted.</summary>
    private bool OwnsAStatement(SentenceTokens sentence, int first)
    {
        var k = _agentArticles.Contains(sentence, first - 1) ? first - 2 : first - 1;
        if (k <= 0 || !_listGlue.Contains(sentence, k))
        {
            return false;
        }

        for (var noun = k - 1; noun >= Math.Max(0, k - StatementReach); noun--)
        {
            if (_statementNouns.Contains(sentence, noun))
            {
                return true;
            }

            if (sentence.Tokens[noun].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }
}

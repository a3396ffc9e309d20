using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using static Graph.Core.Extraction.Events.MentionRanges;

namespace Graph.Core.Extraction.Events;

/// <summary>Session 33: a speaker that reports a deed of its own in a clause with no subject of its own.</summary>
internal sealed partial class RoleReader
{
    private const int MaxSpeechToClause = 6;
    private readonly WordSet _ownClause;

    /// <summary>
    /// "La Dirección de Aduanas informó este jueves que incautó …", "A Marinha informou que deflagrou …": Spanish and Portuguese
    /// drop the subject that repeats the speaker, so a clause opened by "que" whose first word (past a perfect auxiliary) is a verb
    /// of police work or of carrying out an operation tells the speaker's own action. French writes the subject ("a indiqué qu'elle
    /// a saisi"), and its infinitive ("a indiqué avoir saisi") is read already as an announcing verb's own. Only lower-case words and commas may stand between the verb
    /// of saying and the clause ("informó este jueves, en un comunicado, que"); a named body there, or a subject after "que"
    /// ("informó que la Policía detuvo"), makes the deed another's.
    /// </summary>
    private bool SpeaksOfItsOwnDeed(SentenceTokens sentence, List<Mention> mentions, int verb)
    {
        if (_ownClause.IsEmpty)
        {
            return false;
        }

        for (var k = verb + 1; k < Math.Min(sentence.Count - 1, verb + 1 + MaxSpeechToClause); k++)
        {
            var token = sentence.Tokens[k];
            if (token.Kind == TokenKind.Punctuation ? sentence.Word(k) is not "," : token.IsCapitalized || AnyStartsWithin(mentions, k, k + 1))
            {
                return false;
            }

            if (_ownClause.Contains(sentence, k))
            {
                var deed = k + 1 < sentence.Count - 1 && _perfectAuxiliaries.Contains(sentence, k + 1) ? k + 2 : k + 1;
                return !sentence.Tokens[deed].IsCapitalized
                    && (_announceVerbs.Contains(sentence, deed) || _operationVerbs.MatchAt(sentence, deed) > 0);
            }
        }

        return false;
    }
}

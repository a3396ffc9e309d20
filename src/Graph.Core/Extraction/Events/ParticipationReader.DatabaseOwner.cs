using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 37: a body named only as the keeper of a database others consult ("checked each object against INTERPOL's Stolen Works
/// of Art Database", "registered in the Interpol database", "consultaron las bases de datos de INTERPOL", "INTERPOL's network was
/// used to check suspects") lends a register, not a hand, so by that mention it takes no part. The database's phrase must be a
/// complement (a word stands before it that is no conjunction) or the subject of a passive; a database that itself acts ("Interpol's
/// database matched eleven icons") and a body that acts through its own ("INTERPOL supported the operation through its database")
/// keep the part, as the gold has it.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int DatabaseNameReach = 5; // "'s Stolen Works of Art Database"
    private const int DatabasePhraseReach = 3; // "bases de datos": the words a database phrase spans before its "de"

    private readonly PhraseSet _databases = knowledge.Phrases(KnowledgeList.DatabaseNoun);

    /// <summary>Whether the mention owns a database phrase (after it, past its possessive and the database's name, or before it and a linking word) that others consult.</summary>
    private bool OwnsAConsultedDatabase(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var mention = mentions[m];
        var owned = mention.EndToken < sentence.Count && IsPossessive(sentence.Word(mention.EndToken));
        var k = owned ? mention.EndToken + 1 : mention.EndToken;
        for (var end = Math.Min(sentence.Count, k + DatabaseNameReach + 1); k < end && sentence.Tokens[k].Kind == TokenKind.Word; k++)
        {
            if (_databases.MatchAt(sentence, k) is > 0 and var length)
            {
                return Consulted(sentence, BeforeArticle(sentence, mention.FirstToken) + 1, k + length);
            }

            // The database's own name ("Stolen Motor Vehicle", "iARMS") or, after a possessive, its kind ("firearms"); a verb ends the phrase.
            if (!(sentence.Tokens[k].IsCapitalized || IsLinker(sentence, k) || _andOr.Contains(sentence, k) || owned))
            {
                return false;
            }
        }

        var link = BeforeArticle(sentence, mention.FirstToken);
        if (link < 1 || !IsLinker(sentence, link))
        {
            return false;
        }

        for (var start = link - 1; start >= Math.Max(0, link - DatabasePhraseReach); start--)
        {
            if (_databases.MatchAt(sentence, start) == link - start)
            {
                return Consulted(sentence, BeforeArticle(sentence, start) + 1, mention.EndToken);
            }
        }

        return false;
    }

    /// <summary>Whether the phrase from <paramref name="start"/> to <paramref name="end"/> is a complement (a word that is no conjunction before it) or a passive's subject.</summary>
    private bool Consulted(SentenceTokens sentence, int start, int end)
    {
        var before = start - 1;
        if (before >= 0 && sentence.Tokens[before].Kind == TokenKind.Word && !_andOr.Contains(sentence, before))
        {
            return true;
        }

        return end < sentence.Count && _auxiliaries.Contains(sentence, end);
    }
}

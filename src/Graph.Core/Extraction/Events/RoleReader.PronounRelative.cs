using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>Session 31: the body that opens the sentence, taken up by a pronoun in a relative clause on the operation it leads.</summary>
internal sealed partial class RoleReader
{
    private const int MaxOpeningArticle = 1; // "Le Ministère public …", "The prosecutor's office …"
    private readonly WordSet _relativeSubjects;

    /// <summary>
    /// "une enquête qu'il dirige", "une procédure pénale qu'il dirige depuis 2023", "the investigation which it has led": a verb of
    /// leading whose subject is a pronoun (<c>lead-relative-subject</c>, its auxiliaries stepped over) right after a relative
    /// pronoun on the operation noun or a lead object (an adjective may follow the noun).
    /// </summary>
    private bool PronounSubjectOfRelative(SentenceTokens sentence, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && _auxiliaries.Contains(sentence, k))
        {
            k--;
        }

        if (k < 2 || !_relativeSubjects.Contains(sentence, k) || !_relativePronouns.Contains(sentence, k - 1) && !_relatives.Contains(sentence, k - 1))
        {
            return false;
        }

        var noun = k - 2;
        return IsOperationOrObject(sentence, noun) || (noun > 0 && !sentence.Tokens[noun].IsCapitalized && IsOperationOrObject(sentence, noun - 1));
    }

    private bool IsOperationOrObject(SentenceTokens sentence, int k) => _operationNouns.Contains(sentence, k) || _leadObjects.Contains(sentence, k);

    /// <summary>The agency that opens the sentence (an article may stand before it), the subject the pronoun takes up; or null.</summary>
    private static string? OpeningAgency(SentenceTokens sentence, List<Mention> mentions)
    {
        var first = 0;
        while (first < sentence.Count && sentence.Tokens[first].Kind == TokenKind.Punctuation)
        {
            first++;
        }

        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.FirstToken >= first && mention.FirstToken <= first + MaxOpeningArticle)
            {
                return mention.ActorId;
            }
        }

        return null;
    }
}

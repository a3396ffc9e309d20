using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction;

/// <summary>
/// Two ways Spanish, Portuguese and French name a country without its authorities taking part: as the
/// place something happened after a place preposition ("localizado en los Emiratos Árabes Unidos",
/// "que vive no Uruguai", "installé au Maroc"), unless the sentence tells of police work there ("hubo
/// detenciones en la Argentina"); and as people, a demonym standing alone after a plural article ("des
/// Tunisiens, des Algériens", "los colombianos"). The word lists are in the languages' files only, so
/// English reads as before. Session 29: police work denied tells of none ("aucune arrestation n'a eu lieu en Ukraine",
/// "no hubo detenciones en Chile").
/// </summary>
internal sealed class LanguagePlaces(ExtractionKnowledge knowledge)
{
    private const int MaxOpening = 2;
    private const int MaxDatelineCity = 3;
    private const int NegationReach = 2; // "aucune arrestation", "no hubo detenciones"
    private readonly PhraseSet _placeBefore = knowledge.Phrases(KnowledgeList.PlaceBefore);
    private readonly WordSet _actions = knowledge.Words(KnowledgeList.PlaceAction, KnowledgeList.Arrests, KnowledgeList.Seizures);
    private readonly WordSet _peopleArticles = knowledge.Words(KnowledgeList.NationalityArticle);
    private readonly WordSet _listGlue = knowledge.Words(KnowledgeList.ListGlue);
    private readonly WordSet _negations = knowledge.Words(KnowledgeList.Negation);

    /// <summary>
    /// Whether the country starting at <paramref name="first"/> follows a place preposition in a sentence that
    /// tells of no police work. A place that opens the sentence ("En el Ecuador, la Policía Nacional …", "Au
    /// Mali, les douaniers …") sets the scene for the bodies after it: their country, not a mere place.
    /// </summary>
    public bool IsPlace(SentenceTokens sentence, int first) =>
        IsDatelineInBrackets(sentence, first) || (_placeBefore.EndsAt(sentence, first) && !OpensSentence(sentence, first) && !TellsOfAction(sentence));

    /// <summary>"Lyon (Francia), 30 de septiembre", "Alger (Algérie), 15 octobre": the country of a dateline city, in brackets.</summary>
    private static bool IsDatelineInBrackets(SentenceTokens sentence, int first) =>
        first is >= 2 and <= MaxDatelineCity + 1 && sentence.Word(first - 1) is "(" && sentence.Tokens[first - 2].IsCapitalized
        && OpensSentence(sentence, first - 1, MaxDatelineCity);

    /// <summary>Whether the demonym at <paramref name="first"/> stands alone after a plural article: people, not authorities.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="first">The demonym's first token.</param>
    /// <param name="next">The token after it.</param>
    public bool IsPeople(SentenceTokens sentence, int first, int next) =>
        first > 0 && _peopleArticles.Contains(sentence, first - 1)
        && (next >= sentence.Count || sentence.Tokens[next].Kind == TokenKind.Punctuation || _listGlue.Contains(sentence, next));

    // "En el Ecuador," / "Au Mali,": no more than the preposition and its article stand before the country.
    private static bool OpensSentence(SentenceTokens sentence, int first, int most = MaxOpening)
    {
        var words = 0;
        for (var k = 0; k < first; k++)
        {
            words += sentence.Tokens[k].Kind == TokenKind.Punctuation ? 0 : 1;
        }

        return words <= most;
    }

    private bool TellsOfAction(SentenceTokens sentence)
    {
        if (!_actions.MayOccurIn(sentence))
        {
            return false;
        }

        for (var k = 0; k < sentence.Count; k++)
        {
            if (_actions.Contains(sentence, k) && !Negated(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a negation stands within <see cref="NegationReach"/> words before the word at <paramref name="k"/>.</summary>
    private bool Negated(SentenceTokens sentence, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - NegationReach); j--)
        {
            if (_negations.Contains(sentence, j))
            {
                return true;
            }
        }

        return false;
    }
}

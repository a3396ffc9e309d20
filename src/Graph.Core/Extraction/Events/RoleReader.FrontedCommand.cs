using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 31: command told by a phrase that opens the sentence, its subject coming after it ("Al frente del operativo estuvo
/// el Servicio Nacional de Guardacostas", "À la tête de l'opération, la Gendarmerie nationale a travaillé avec la douane").
/// </summary>
internal sealed partial class RoleReader
{
    private const int MaxFrontedReach = 16; // the operation's name and an aside between the phrase and its subject
    private readonly PhraseSet _fronted;
    private readonly WordSet _frontedCopulas;

    /// <summary>
    /// A phrase of command (data/knowledge/*roles.txt, lead | fronted) that opens the sentence and is followed at once by the
    /// operation (an article may stand between) leads with the bodies after it: those after the copula ("estuvo", "esteve",
    /// "was") when one comes, otherwise those right after the comma that closes the fronted phrase and its asides (the
    /// subject of the clause). The phrase anywhere else, or with no operation after it ("Al frente de la Fiscalía está …"),
    /// is not read.
    /// </summary>
    private void FrontedCommand(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads, List<NationalityLead> nationalityLeads)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var first = 0;
        while (first < sentence.Count && sentence.Tokens[first].Kind == TokenKind.Punctuation)
        {
            first++;
        }

        var phrase = _fronted.MatchAt(sentence, first);
        if (phrase == 0)
        {
            return;
        }

        var operation = first + phrase;
        if (operation < sentence.Count && sentence.Tokens[operation] is { Kind: TokenKind.Word, IsCapitalized: false }
            && sentence.Word(operation).Length <= MaxArticleLength && !IsOperation(sentence, operation))
        {
            operation++;
        }

        if (operation >= sentence.Count || !IsOperation(sentence, operation))
        {
            return;
        }

        for (var k = operation + 1; k < Math.Min(sentence.Count, operation + MaxFrontedReach); k++)
        {
            if (sentence.Word(k) is ";" or ":" or ".")
            {
                return;
            }

            if (_frontedCopulas.Contains(sentence, k))
            {
                CollectAfter(sentence, mentions, k + 1, leads, nationalityLeads);
                return;
            }

            if (sentence.Word(k) is "," && SubjectOpensAt(sentence, mentions, k + 1))
            {
                CollectAfter(sentence, mentions, k + 1, leads, nationalityLeads);
                return;
            }
        }
    }

    /// <summary>
    /// Whether a clause's subject opens at a token: an agency starts there, or after an article, or after a capitalised
    /// unit's name of a few words and its linkers ("la DCPJ de la PNH"); a lower-case word other than those ("baptisée") is an aside.
    /// </summary>
    private static bool SubjectOpensAt(SentenceTokens sentence, List<Mention> mentions, int from)
    {
        var k = from;
        if (k < sentence.Count && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && sentence.Word(k).Length <= MaxArticleLength)
        {
            k++;
        }

        if (k >= sentence.Count || !sentence.Tokens[k].IsCapitalized)
        {
            return false;
        }

        for (var end = k; end < Math.Min(sentence.Count, k + MaxUnitName); end++)
        {
            if (AgencyStartsAt(mentions, end))
            {
                return true;
            }

            if (sentence.Tokens[end].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }
}

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
    private readonly WordSet _frontedWork;

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

        // Session 37: the operation's name in quotation marks ('Al frente de la "Operación Selva Abierta III" estuvo …').
        if (operation + 1 < sentence.Count && sentence.Word(operation) is "\"" or "«" or "“" && IsOperation(sentence, operation + 1))
        {
            operation++;
        }

        if (operation >= sentence.Count || !IsOperation(sentence, operation))
        {
            if (WorkNounBeforeCopula(sentence, mentions, operation) is > 0 and var subject)
            {
                CollectAfter(sentence, mentions, subject, leads, nationalityLeads);
            }

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
    /// Session 36: "Al frente de las acciones estuvo la Secretaría de Marina", "À la tête du dispositif se trouvait la
    /// Gendarmerie": the phrase of command names the work as a whole by a noun of its own (<c>lead | fronted-work</c>) rather
    /// than by the operation, and the copula follows that noun at once (a reflexive pronoun may stand before it), with the
    /// body right after the copula: that body heads the work the report tells. A part of the work ("los allanamientos") is
    /// not such a noun, and a copula with anything else after it ("estuvo durante años …") names no one here. The token the
    /// subject opens at, or -1.
    /// </summary>
    private int WorkNounBeforeCopula(SentenceTokens sentence, List<Mention> mentions, int noun)
    {
        if (noun >= sentence.Count || !_frontedWork.Contains(sentence, noun))
        {
            return -1;
        }

        var copula = noun + 1;
        if (copula < sentence.Count && sentence.Tokens[copula] is { Kind: TokenKind.Word, IsCapitalized: false } && sentence.Word(copula).Length <= MaxArticleLength
            && !_frontedCopulas.Contains(sentence, copula))
        {
            copula++; // "se trouvait"
        }

        return copula < sentence.Count && _frontedCopulas.Contains(sentence, copula) && SubjectOpensAt(sentence, mentions, copula + 1) ? copula + 1 : -1;
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

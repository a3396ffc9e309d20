using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>The body whose own action a trailing phrase calls the conduct of an operation "with" partners.</summary>
internal sealed partial class RoleReader
{
    private const int MaxSubjectOpening = 3; // "The", "Zambia 's": the words before the subject's name
    private readonly PhraseSet _conductedWith;

    /// <summary>
    /// "Zambia's Anti-Corruption Commission has arrested three officials …, in an investigation run jointly with the FIC",
    /// "The Carabinieri recovered 61 objects after a three-year investigation carried out with the Hellenic Police": the agency
    /// that opens the sentence (past a dateline) as its subject conducted the operation that the phrase right after an
    /// operation noun names, so it leads. Left alone: a subject that only speaks ("X said that Y had seized …, in an
    /// operation carried out with Z"), a second body named between the subject and the phrase, a sentence that opens
    /// otherwise ("The operation …", "Officers of …"), and the partners after "with", whom other cues judge.
    /// </summary>
    private void OpeningSubjectConductedWith(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads)
    {
        var tokenCues = sentence.Cues;
        for (var i = 1; i < sentence.Count; i++)
        {
            if (!CueGate.MayHold(_conductedWith.Gate, tokenCues[i]) || !_operationNouns.Contains(sentence, i - 1) || _conductedWith.MatchAt(sentence, i) <= 0)
            {
                continue;
            }

            if (OpeningSubject(sentence, mentions) is not { } subject || subject.EndToken > i)
            {
                return;
            }

            for (var k = subject.EndToken; k < i; k++)
            {
                if (_speechVerbs.Contains(sentence, k) || AgencyStartsAt(mentions, k))
                {
                    return;
                }
            }

            leads.Add(subject.ActorId);
            return;
        }
    }

    /// <summary>The agency whose name opens the sentence, past a dateline and an article or a country's possessive, or null.</summary>
    private Mention? OpeningSubject(SentenceTokens sentence, List<Mention> mentions)
    {
        var start = OpeningDateline.WordsStart(sentence);
        foreach (var mention in mentions)
        {
            if (mention.FirstToken < start)
            {
                continue;
            }

            if (mention.Kind == ActorKind.Agency && mention.FirstToken <= start + MaxSubjectOpening && OnlyOpeningWords(sentence, mentions, start, mention.FirstToken))
            {
                return mention;
            }

            if (mention.Kind == ActorKind.Agency || mention.FirstToken > start + MaxSubjectOpening)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether only an article, a possessive or a country's name stand between two tokens ("The", "Italy 's").</summary>
    private bool OnlyOpeningWords(SentenceTokens sentence, List<Mention> mentions, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var word = sentence.Word(k);
            var possessive = word.Length > 1 && Tokenizer.IsApostrophe(word[0]) && _possessive.Contains(word[1..]);
            if (!_the.Contains(sentence, k) && !possessive && !WithinACountry(mentions, k))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WithinACountry(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Country && mention.FirstToken <= token && token < mention.EndToken)
            {
                return true;
            }
        }

        return false;
    }
}

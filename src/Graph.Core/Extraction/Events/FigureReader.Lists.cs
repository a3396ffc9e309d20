using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 33: the people of one arrest told as a list of groups, each with its own count or its own "a" ("Three Dominican nationals
/// and a Haitian national were detained", "arrested two Kuwaiti nationals and an Iraqi man", "Seis funcionarios aduaneros y dos
/// agentes de carga fueron aprehendidos"). The arrest verb governs the whole list, so its members add up; a member that counts
/// no people ("arrested two men and three boats") ends the list before it.
/// </summary>
internal sealed partial class FigureReader
{
    private const int MaxMemberWords = 3; // "dos agentes de carga", "a local businessman": the words of one member after its count

    /// <summary>
    /// After the arrest count ending at <paramref name="after"/> and its people, the members listed after it: "and" (then "and"
    /// or a comma), then a count, or after "and" an indefinite article (one person: after a comma, "a couple in their forties"
    /// describes the people counted before it), then at most <see cref="MaxMemberWords"/> words naming people (a person
    /// noun, a noun of a body's members, or for one person a singular noun that is no thing). The list must end where the
    /// clause goes on: the sentence's end, a pause, a place, a relative pronoun or the arrest verb group. Returns the people the
    /// members add and sets <paramref name="end"/> to the token after the list; 0 when no such list follows. A comma right after
    /// the first group opens no list: what follows it breaks the count down or describes its people ("Four suspects, two Belgian
    /// nationals, a Lebanese man and an Emirati, were arrested").
    /// </summary>
    private int PeopleListedAfter(SentenceTokens sentence, int after, out int end)
    {
        end = after;
        var k = MemberWordsEnd(sentence, after);
        if (k == after || k >= sentence.Count || !_and.Contains(sentence, k))
        {
            return 0;
        }

        var added = 0L;
        while (k + 1 < sentence.Count && (_and.Contains(sentence, k) || sentence.Word(k) is ","))
        {
            var m = k + 1;
            long value;
            if (CountWordAt(sentence, m) && _numbers.Read(sentence, m) is { } number && !IsNotACount(sentence, m, number.Value))
            {
                (value, m) = (number.Value, m + number.Tokens);
            }
            else if (_and.Contains(sentence, k) && _onePerson.Contains(sentence, m) && !_the.Contains(sentence, m))
            {
                (value, m) = (1, m + 1);
            }
            else
            {
                break;
            }

            var wordsEnd = MemberWordsEnd(sentence, m);
            if (wordsEnd == m || !NamesPeople(sentence, m, wordsEnd, one: value == 1))
            {
                break;
            }

            added += value;
            k = wordsEnd;
        }

        // "and nine more are under investigation": a verb group after the list must tell the arrest.
        if (added == 0 || !(k >= sentence.Count || sentence.Tokens[k].Kind == TokenKind.Punctuation || _places.Contains(sentence, k)
            || _relatives.Contains(sentence, k) || IsArrestWord(sentence, k) || (_arrestAuxiliaries.Contains(sentence, k) && AuxiliaryOfArrest(sentence, k))))
        {
            return 0;
        }

        end = k;
        return (int)Math.Min(added, int.MaxValue);
    }

    /// <summary>The token after a member's words: words only, no count, no "and", no arrest word or auxiliary, no place word.</summary>
    private int MemberWordsEnd(SentenceTokens sentence, int from)
    {
        var k = from;
        while (k < sentence.Count && k < from + MaxMemberWords && sentence.Tokens[k].Kind == TokenKind.Word && !_and.Contains(sentence, k)
            && !sentence.Cues[k].Overlaps(_numberGate) && !IsArrestWord(sentence, k) && !_arrestAuxiliaries.Contains(sentence, k)
            && !_relatives.Contains(sentence, k) && !(k > from && _places.Contains(sentence, k)))
        {
            k++;
        }

        return k;
    }

    /// <summary>Whether a member's words name people: a person noun or a noun of a body's members; for one person, a singular noun that is no thing.</summary>
    private bool NamesPeople(SentenceTokens sentence, int from, int to, bool one)
    {
        for (var k = from; k < to; k++)
        {
            // "and nine more", "and two others": a count of more adds to the arrests only as AddsToTheLast reads it.
            if (_moreAfter.Contains(sentence, k))
            {
                return false;
            }

            if (_arrestNouns.Contains(sentence, k) || _memberNouns.Contains(sentence, k))
            {
                return !_suspicion.Contains(sentence, k);
            }
        }

        return one && OnePersonNoun(sentence, to - 1) && !_oneNot.Contains(sentence, to - 1);
    }
}

using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 35: the people of a passive arrest listed as the subject that opens the sentence, a member described between commas
/// ("The master, a Chinese national, and two officers were arrested", "El patrón, de nacionalidad peruana, y dos marineros
/// fueron detenidos", "O mestre, angolano, e o maquinista, ganês, foram detidos"). Crews are told this way (the master, then
/// the rest by count), and the aside breaks the plain "The skipper and two crew members" shape the count itself reads.
/// </summary>
internal sealed partial class FigureReader
{
    private const int MaxListedMembers = 4; // "the master, the engineer and two officers": the members of one listed subject
    private const int MaxPersonWords = 2; // "el primer oficial": the words of one person after its article

    /// <summary>
    /// The people of a list that opens the sentence (after a wire's dateline) and is the subject of a passive arrest: members
    /// joined by "and", each one person (a determiner of one person, <c>arrest-one</c>, and a singular lower-case noun that is
    /// no thing, <c>arrest-one-not</c>) or a count and the lower-case words of its people (no unit, no currency; a person noun
    /// unless one person came first: "the master and three deckhands", not "three lorries and two drivers"), each may be
    /// described between commas; right after the list, the arrest verb (auxiliaries allowed), not denied. Returns the sum, or
    /// 0 when the sentence opens with no such list or lists a single member (the count's own shapes read that).
    /// </summary>
    private int ListedSubjectArrested(SentenceTokens sentence, string? language)
    {
        if (!_and.MayOccurIn(sentence) || sentence.Count < 6)
        {
            return 0;
        }

        // Most sentences open with no person or count: asked at the first token before the dateline is looked for.
        var k = _onePerson.Contains(sentence, 0) || CountWordAt(sentence, 0) ? 0 : AfterDateline(sentence, Math.Min(sentence.Count, MaxLongSubject));
        if (k > 0 && (k >= sentence.Count || !(_onePerson.Contains(sentence, k) || CountWordAt(sentence, k))))
        {
            return 0;
        }

        var (members, people, person) = (0, 0L, false);
        while (k < sentence.Count && members < MaxListedMembers)
        {
            // "Three lorries and two drivers": a counted member names people by a person noun, unless one person opened the list.
            var end = ListedMemberEnd(sentence, k, language, out var value);
            if (end == 0 || (value != 1 && !person && !NamesPeople(sentence, k, end, one: false)))
            {
                return 0;
            }

            person |= value == 1 && !CountWordAt(sentence, k);

            (members, people, k) = (members + 1, people + value, AfterAside(sentence, end));
            if (k < sentence.Count && _and.Contains(sentence, k))
            {
                k++;
                continue;
            }

            // The list ends at its verb: "were arrested", "fueron detenidos", "ont été interpellés".
            var verb = k;
            while (verb < sentence.Count && verb < k + MaxAuxiliaryReach && _arrestAuxiliaries.Contains(sentence, verb))
            {
                verb++;
            }

            return members > 1 && verb > k && verb < sentence.Count && IsArrestWord(sentence, verb) && !Denied(sentence, verb)
                ? (int)Math.Min(people, int.MaxValue)
                : 0;
        }

        return 0;
    }

    /// <summary>
    /// One member of a listed subject at <paramref name="k"/>: one person or a count of people. Returns the token after its
    /// words and sets <paramref name="value"/> to the people it counts; 0 when no member stands there.
    /// </summary>
    private int ListedMemberEnd(SentenceTokens sentence, int k, string? language, out long value)
    {
        value = 0;
        if (CountWordAt(sentence, k) && _numbers.Read(sentence, k, language) is { } number && !IsNotACount(sentence, k, number.Value))
        {
            var words = k + number.Tokens;
            var end = MemberWordsEnd(sentence, words);
            for (var w = words; w < end; w++)
            {
                if (sentence.Tokens[w].IsCapitalized || _quantities.Contains(sentence, w) || _currencies.Contains(sentence, w))
                {
                    return 0;
                }
            }

            value = number.Value;
            return end > words ? end : 0;
        }

        if (!_onePerson.Contains(sentence, k))
        {
            return 0;
        }

        // "the master", "el primer oficial": the person's noun is the last lower-case word before the aside, "and" or verb.
        var last = k + 1;
        while (last + 1 < sentence.Count && last + 1 <= k + MaxPersonWords && sentence.Tokens[last + 1] is { Kind: TokenKind.Word, IsCapitalized: false }
            && !_and.Contains(sentence, last + 1) && !_arrestAuxiliaries.Contains(sentence, last + 1))
        {
            last++;
        }

        if (last >= sentence.Count || !OnePersonNoun(sentence, last) || _oneNot.Contains(sentence, last))
        {
            return 0;
        }

        value = 1;
        return last + 1;
    }

    /// <summary>", a Chinese national,", ", de nacionalidad peruana,": the token after an aside between commas at <paramref name="k"/>, else <paramref name="k"/>.</summary>
    private int AfterAside(SentenceTokens sentence, int k)
    {
        if (k >= sentence.Count || sentence.Word(k) is not ",")
        {
            return k;
        }

        for (var c = k + 1; c < sentence.Count && c <= k + MaxAside; c++)
        {
            if (sentence.Word(c) is ",")
            {
                return c + 1;
            }

            if (sentence.Tokens[c].Kind == TokenKind.Punctuation || IsArrestWord(sentence, c) || _arrestAuxiliaries.Contains(sentence, c))
            {
                return k;
            }
        }

        return k;
    }
}

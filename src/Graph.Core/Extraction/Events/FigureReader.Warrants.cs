using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 37: counts of warrants, of arrests asked for and of people identified. A release often tells how many warrants a court or prosecutor issued
/// beside how many people were caught ("The arrests followed 27 arrest warrants …; eleven people were detained", "a judge ordered
/// the arrest of 40 suspects, of whom 12 are in custody"); the larger number is what was asked for, not what was done. A count
/// whose noun is a warrant counts warrants, whatever arrest word stands before it; an arrest noun that an ordering or asking word
/// governs ("ordered the arrest of", "requested the detention of", "warrants for the arrest of") is not an arrest made, and its
/// count stands for the arrests only when no count of arrests made is stated, as served warrants do (see <see cref="WarrantsServed"/>).
/// </summary>
internal sealed partial class FigureReader
{
    private const int MaxOrderLink = 2; // "ordered the arrest", "warrants for the arrest": the short words between the order and the arrest noun
    private const int MinDescriberLength = 6; // "search warrants", "arrest warrants": a word describing the warrant, longer than "on", "under"

    private readonly WordSet _ordered;

    /// <summary>"27 arrest warrants", "14 search warrants", "5 mandados de prisão", "9 órdenes": a count whose noun is a warrant.</summary>
    private bool CountsWarrants(SentenceTokens sentence, int after)
    {
        if (after >= sentence.Count)
        {
            return false;
        }

        return _warrants.Contains(sentence, after)
            || (after + 1 < sentence.Count && _warrants.Contains(sentence, after + 1)
                && sentence.Tokens[after] is { Kind: TokenKind.Word, IsCapitalized: false, Length: >= MinDescriberLength })
            || WarrantPhraseEnd(sentence, after) > 0;
    }

    /// <summary>
    /// "ordered the arrest of", "requested the detention of", "warrants for the arrest of", "ordenó la detención de": a word of
    /// <c>arrest-ordered</c> or a warrant noun before the arrest word at <paramref name="arrest"/>, only short words between.
    /// </summary>
    private bool ArrestOrdered(SentenceTokens sentence, int arrest)
    {
        for (var k = arrest - 1; k >= 0 && k >= arrest - MaxOrderLink - 1; k--)
        {
            if (_ordered.Contains(sentence, k) || _warrants.Contains(sentence, k))
            {
                return true;
            }

            if (sentence.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false } || sentence.Tokens[k].Length > MaxPartitiveWordLength)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "ordered the arrest of 40 suspects", "ordenó la detención de 30": a count right after an arrest noun that an ordering word
    /// governs (only short words between), kept apart: it is the arrests only when the report states no count of arrests made
    /// ("the prosecutors ordered the detention of 7 defendants" is how some prosecution services tell their own arrests).
    /// </summary>
    private bool OrderedArrestCount(SentenceTokens sentence, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - MaxOrderLink - 1; k--)
        {
            if (_arrestWords.Contains(sentence, k))
            {
                return ArrestOrdered(sentence, k);
            }

            if (sentence.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false } || sentence.Tokens[k].Length > MaxPartitiveWordLength)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "have identified 40 other suspects", "identified a further 12 people", "Another 30 members … have been identified": a count
    /// that a word of identifying governs, before it (past "a further", "another") or after its people and auxiliaries, is the
    /// people identified, not arrested, though "other" or an arrest word later in the sentence ("and more arrests are expected")
    /// would otherwise add it to the arrests.
    /// </summary>
    private bool IdentifiedCount(SentenceTokens sentence, int first, int after)
    {
        for (var k = first - 1; k >= 0 && k >= first - MaxOrderLink - 1; k--)
        {
            if (_identified.Contains(sentence, k))
            {
                return true;
            }

            if (sentence.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false }
                || (sentence.Tokens[k].Length > MaxPartitiveWordLength && !_moreBefore.Contains(sentence, k)))
            {
                break;
            }
        }

        var j = after;
        while (j < sentence.Count && j < after + MaxOrderLink + 1 && (_arrestNouns.Contains(sentence, j) || _moreAfter.Contains(sentence, j)
            || (sentence.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false, Length: <= MaxPartitiveWordLength } && j + 1 < sentence.Count && _arrestNouns.Contains(sentence, j + 1))))
        {
            j++;
        }

        var auxiliaries = j;
        while (j < sentence.Count && j < auxiliaries + MaxAuxiliaryReach && _arrestAuxiliaries.Contains(sentence, j))
        {
            j++;
        }

        return j > auxiliaries && j < sentence.Count && _identified.Contains(sentence, j);
    }
}

using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Reads operation names: "Operation" (or its native form, "Operação") followed by up to four
/// capitalised words, Roman numerals, a year or a serial number ("Operation Vibora", "Operation
/// Pangea XVI", "Operation First Light 2024", "Operation Westerlies 2"), never running into an
/// actor's name. "Operations" inside a unit's name ("Federal Operations Unit") names no operation, nor does
/// the operation word before one ("the Operations Director", "the Operation Support Unit").
/// </summary>
internal sealed partial class OperationNameReader(ExtractionKnowledge knowledge)
{
    private const int MaxNameWords = 4;
    private const int MaxNumberDigits = 4;
    private const int MaxQuotedTokens = 8;

    /// <summary>How far back of a naming cue the operation word itself may stand ("opération contre les faux médicaments, baptisée").</summary>
    private const int FarOperationWord = 12;

    private readonly WordSet _leading = knowledge.Words(StringComparer.Ordinal, KnowledgeList.LeadingFunction);
    private readonly PhraseSet _nameCues = knowledge.Phrases(KnowledgeList.OperationNameCue);
    private readonly PhraseSet _codeCues = knowledge.Phrases(KnowledgeList.OperationCodeCue);
    private readonly CueBits _cues = knowledge.Mask(KnowledgeList.OperationWord, KnowledgeList.OperationPlural, KnowledgeList.OperationNameCue, KnowledgeList.OperationNoun, KnowledgeList.OperationQuotedNoun);
    private readonly WordSet _quotedNouns = knowledge.Words(KnowledgeList.OperationQuotedNoun);
    private readonly CueBits _nounCue = knowledge.Mask(KnowledgeList.OperationNoun);
    private readonly WordSet _the = knowledge.Words(KnowledgeList.DefiniteArticle);
    private readonly WordSet _operation = knowledge.Words(StringComparer.Ordinal, KnowledgeList.OperationWord);
    private readonly WordSet _operations = knowledge.Words(StringComparer.Ordinal, KnowledgeList.OperationPlural);
    private readonly WordSet _operationAnyCase = knowledge.Words(KnowledgeList.OperationWord);
    private readonly WordSet _operationNouns = knowledge.Words(KnowledgeList.OperationNoun);
    private readonly WordSet _namingNouns = knowledge.Words(KnowledgeList.OperationNamingNoun);
    private readonly WordSet _and = knowledge.Words(KnowledgeList.Conjunction);
    private readonly WordSet _linkers = knowledge.Words(KnowledgeList.Ablative);
    private readonly WordSet _unitEnds = knowledge.Words(StringComparer.Ordinal, KnowledgeList.OperationUnitEnd);
    private readonly WordSet _descriptors = knowledge.Words(StringComparer.Ordinal, KnowledgeList.OperationDescriptor);
    private readonly WordSet _dateWords = knowledge.Words(StringComparer.Ordinal, KnowledgeList.DateWord);

    // A name is written as the operation word and the name: "Operation Trojan Shield".
    private readonly string _namePrefix = knowledge.List(KnowledgeList.OperationWord)[0] + " ";

    /// <summary>
    /// Adds the names the sentence gives, in text order, to <paramref name="names"/>; and to
    /// <paramref name="aliases"/>, per name, whether it is another name of an operation already told ("In
    /// Australia the operation was known as Ironside": a naming cue after "the operation").
    /// </summary>
    public void Read(SentenceTokens sentence, List<Mention> mentions, List<string> names, List<bool>? aliases = null)
    {
        ReadNames(sentence, mentions, names, aliases);
        while (aliases is not null && aliases.Count < names.Count)
        {
            aliases.Add(false);
        }
    }

    private void ReadNames(SentenceTokens sentence, List<Mention> mentions, List<string> names, List<bool>? aliases)
    {
        OpeningOrdinalName(sentence, mentions, names);
        if (!sentence.AllCues.Overlaps(_cues))
        {
            return; // neither "Operation" nor a naming cue
        }

        var cues = sentence.Cues;
        for (var i = 0; i + 1 < sentence.Count; i++)
        {
            if (!cues[i].Overlaps(_cues))
            {
                continue;
            }

            var word = sentence.Word(i);
            if (cues[i].Overlaps(_nounCue) && char.IsLower(word[0]))
            {
                AppositiveName(sentence, i, mentions, names);
                QuotedAppositiveName(sentence, i, names);
            }
            else if (char.IsLower(word[0]) && _quotedNouns.Contains(sentence, i))
            {
                AppositiveName(sentence, i, mentions, names, numberedOnly: true);
            }

            var after = _quotedNouns.Contains(sentence, i) && char.IsLower(word[0]) ? QuotedTitleAfter(sentence, i, mentions, names) : 0;
            if (after == 0 && char.IsLower(word[0]))
            {
                after = NameAfterOrdinalNoun(sentence, i, mentions, names);
            }

            if (after > 0)
            {
                while (aliases is not null && aliases.Count < names.Count)
                {
                    aliases.Add(false);
                }

                i = after - 1;
                continue;
            }

            var plural = _operations.Contains(sentence, i);
            var single = _operation.Contains(sentence, i);
            var shouted = !single && !plural && ShoutedOperationWord(sentence, i);
            var cue = single || plural || shouted ? 1 : NameCueLength(sentence, i);
            var lowerCase = cue == 0 && LowerCaseOperationWord(sentence, i, mentions);
            if (lowerCase)
            {
                cue = 1; // "during operation Lionfish", "el operativo Duna Blanca": the operation word in lower case before a name
            }
            else if ((cue == 0 || single) && DescribedLowerCaseOperationWord(sentence, i, mentions))
            {
                (cue, lowerCase) = (2, true);
            }

            // "conocida como caso Espejismo": a lower-case noun of a case or an operation between the cue and the name.
            if (cue > 0 && !single && !plural && !shouted && !lowerCase && i + cue + 1 < sentence.Count
                && sentence.Tokens[i + cue] is { Kind: TokenKind.Word, IsCapitalized: false }
                && (_namingNouns.Contains(sentence, i + cue) || _quotedNouns.Contains(sentence, i + cue)))
            {
                cue++;
            }

            if (cue == 0 || OperationWordAt(sentence, i + cue) || InsideAName(sentence, i, mentions) || (plural && LinkedIntoAName(sentence, i)))
            {
                continue; // "dubbed Operation Pangea XVI", 'named "Operation Cold Harbour"': read from its own "Operation"
            }

            // The name keeps the word it was written with ("Operación Alcaraván", "Operação Rio Turvo"),
            // capitalised ("l'opération Miroir", "el operativo Duna Blanca"); other cues get the English one.
            while (aliases is not null && aliases.Count < names.Count)
            {
                aliases.Add(false);
            }

            var j = ReadName(sentence, i + cue, mentions, names, single || lowerCase ? Capitalised(word) : _namePrefix);
            if (aliases is not null && names.Count > aliases.Count)
            {
                aliases.Add(!single && !plural && !shouted && DefiniteOperationBefore(sentence, i));
            }

            // "Operations Vigilant and Trident": each name after the plural is an operation.
            while (plural && j > i + cue && j + 1 < sentence.Count && (_and.Contains(sentence, j) || sentence.Word(j) is ","))
            {
                var next = ReadName(sentence, j + 1, mentions, names, _namePrefix);
                if (next == j + 1)
                {
                    break;
                }

                j = next;
            }

            i = Math.Max(i, j - 1);
        }
    }

    /// <summary>
    /// "OPERATION ALMADRABA FANTASMA" as a section heading: the operation word written in capitals before a word also written
    /// wholly in capitals. The name is read as after "Operation"; a capitals headline with the word in another sense ("OPERATION
    /// ENDS WITH 40 ARRESTS") is told apart only by length, so the word must open a sentence no longer than a name, as a heading's does.
    /// </summary>
    private bool ShoutedOperationWord(SentenceTokens sentence, int index) =>
        index == 0 && index + 1 < sentence.Count && (sentence.Count <= MaxNameWords + 2 || DashAfterShoutedName(sentence, index + 1))
        && _operationAnyCase.Contains(sentence, index)
        && IsShouted(sentence.Word(index)) && sentence.Tokens[index + 1].Kind == TokenKind.Word && IsShouted(sentence.Word(index + 1));

    /// <summary>"OPERAÇÃO FIORDE — DETIDOS TRÊS SUSPEITOS": a headline whose name, in capitals, a dash or a colon closes.</summary>
    private static bool DashAfterShoutedName(SentenceTokens sentence, int start)
    {
        for (var k = start; k < sentence.Count && k <= start + MaxNameWords; k++)
        {
            if (sentence.Word(k) is "\u2014" or "\u2013" or ":")
            {
                return k > start;
            }

            if (sentence.Tokens[k].Kind != TokenKind.Number && !IsShouted(sentence.Word(k)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsShouted(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }

    /// <summary>
    /// 'the international operation "Steppe Road-2025"', 'The second operation, "Harbour Gate", was led by': a lower-case
    /// operation noun (<c>operation-quoted-noun</c>), a comma at most, then a quoted name whose every word is capitalised or
    /// a number, closed soon and holding no actor. Adds the name and returns the index after its closing quote, or 0. Quoted
    /// speech has lower-case words ('the operation "went very well"'), and a quoted "Operation …" is read from its own word.
    /// </summary>
    private int QuotedTitleAfter(SentenceTokens sentence, int noun, List<Mention> mentions, List<string> names)
    {
        var quote = noun + 1 < sentence.Count && sentence.Word(noun + 1) is "," ? noun + 2 : noun + 1;
        if (quote + 1 >= sentence.Count || !IsQuote(sentence, quote) || _operationAnyCase.Contains(sentence, quote + 1))
        {
            return 0;
        }

        var closing = QuotedNameEnd(sentence, quote + 1, mentions);
        if (closing < 0)
        {
            return 0;
        }

        for (var k = quote + 1; k < closing; k++)
        {
            // 'el caso "Ruta del Quetzal"': a linking word may stand between two capitalised words of the title.
            var token = sentence.Tokens[k];
            if (token.Kind == TokenKind.Word && !token.IsCapitalized
                && !(k > quote + 1 && k + 1 < closing && _linkers.Contains(sentence, k) && sentence.Tokens[k + 1].IsCapitalized))
            {
                return 0;
            }
        }

        names.Add(_namePrefix + sentence.SpanOf(quote + 1, closing - quote - 1).Slice(sentence.Text));
        return closing + 1;
    }

    /// <summary>The operation word at <paramref name="index"/>, or a quote and then the operation word there.</summary>
    private bool OperationWordAt(SentenceTokens sentence, int index) =>
        _operationAnyCase.Contains(sentence, index)
        || (index + 1 < sentence.Count && IsQuote(sentence, index) && _operationAnyCase.Contains(sentence, index + 1));

    /// <summary>
    /// "during operation Lionfish": the operation word written in lower case (an operation noun too, so "project" is
    /// not read so) before a capitalised word that is no actor and no date; "the operation Europol coordinated" and
    /// "announced the operation Tuesday" name none.
    /// </summary>
    private bool LowerCaseOperationWord(SentenceTokens sentence, int index, List<Mention> mentions, int gap = 0)
    {
        var word = sentence.Word(index);
        var name = index + 1 + gap; // a describing word may stand between (see DescribedLowerCaseOperationWord)
        return char.IsLower(word[0]) && _operationAnyCase.Contains(sentence, index) && _operationNouns.Contains(sentence, index)
            && name < sentence.Count && IsNameWord(sentence, name, mentions, first: true)
            && sentence.Tokens[name].Kind == TokenKind.Word && !_dateWords.Contains(sentence, name);
    }

    /// <summary>"the operation was known as": "the" and an operation noun shortly before a naming cue.</summary>
    private bool DefiniteOperationBefore(SentenceTokens sentence, int cue)
    {
        for (var k = cue - 1; k >= Math.Max(1, cue - 3); k--)
        {
            if (_operationNouns.Contains(sentence, k))
            {
                return _the.Contains(sentence, k - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// "Harbour Sieve 12, the targeted container-control operation": a name of two or more capitalised
    /// words (a number may end it) set before the operation noun as an apposition, with only an article and
    /// lower-case words between the comma and the noun. Session 34: a name its number ends ("Costa Segura 3, una operación en
    /// Piura", "Tide Watch 4, an operation …") is a name after any article, in any language; without the number only "the" makes
    /// the apposition one, as a place or a body before "an operation" is not named so. Session 36: with
    /// <paramref name="numberedOnly"/>, a noun of another kind of action ("Baltic Customs 2026, a joint customs exercise", "Reef
    /// Watch 3, a joint patrol") names only a name its number or year ends.
    /// </summary>
    private void AppositiveName(SentenceTokens sentence, int noun, List<Mention> mentions, List<string> names, bool numberedOnly = false)
    {
        var k = noun - 1;
        while (k > 0 && noun - k <= MaxNameWords && !_the.Contains(sentence, k) && !IsArticle(sentence, k) && char.IsLower(sentence.Word(k)[0]))
        {
            k--;
        }

        var definite = _the.Contains(sentence, k);
        if (k < 2 || !(definite || IsArticle(sentence, k)) || sentence.Word(k - 1) is not ","
            || !((definite && !numberedOnly) || sentence.Tokens[k - 2].Kind == TokenKind.Number))
        {
            return;
        }

        var end = k - 1;
        var start = end;
        var capitalised = 0;
        while (start > 0 && end - start < MaxNameWords && IsNameWord(sentence, start - 1, mentions, first: false))
        {
            start--;
            capitalised += sentence.Tokens[start].IsCapitalized ? 1 : 0;
        }

        while (start < end && _leading.Contains(sentence, start))
        {
            start++;
            capitalised--;
        }

        if (capitalised >= 2 && (start == 0 || !sentence.Tokens[start - 1].IsCapitalized) && !HoldsADateWord(sentence, start, end))
        {
            names.Add(_namePrefix + sentence.SpanOf(start, end - start).Slice(sentence.Text));
        }
    }

    /// <summary>"Sunday 17 May 2026, an operation to rescue …": a month or a weekday makes the words a date, not a name.</summary>
    private bool HoldsADateWord(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_dateWords.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads one name starting at <paramref name="start"/> (after an optional quote); returns where it ends.</summary>
    private int ReadName(SentenceTokens sentence, int start, List<Mention> mentions, List<string> names, string prefix)
    {
        var j = start;
        if (j < sentence.Count && IsQuote(sentence, j))
        {
            j++;
        }

        var nameStart = j;
        if (nameStart > start && QuotedNameEnd(sentence, nameStart, mentions) is > 0 and var closing)
        {
            names.Add(prefix + sentence.SpanOf(nameStart, closing - nameStart).Slice(sentence.Text));
            return closing + 1;
        }

        while (j < sentence.Count && j - nameStart < MaxNameWords && IsNameWord(sentence, j, mentions, first: j == nameStart))
        {
            j++;
            if (j + 1 < sentence.Count && _linkers.Contains(sentence, j) && IsNameWord(sentence, j + 1, mentions, first: false))
            {
                j++; // "Operación Cóndor de Plata": a linking word between two words of the name
            }
            else if (j + 2 < sentence.Count && _linkers.Contains(sentence, j) && IsArticle(sentence, j + 1) && sentence.Tokens[j + 2].Kind == TokenKind.Word
                && IsNameWord(sentence, j + 2, mentions, first: false))
            {
                j += 2; // "l'opération Sentinelle de l'Atlantique", "Operación Guardianes de la Selva": a linking word and an article
            }
            else if (j + 1 < sentence.Count && JoinsNameWords(sentence, j) && IsNameWord(sentence, j + 1, mentions, first: false, joined: true))
            {
                j += 2; // "Tango-7", "Hunter's Moon": a hyphen or a possessive ending inside the name, and the word after it
            }
        }

        // "the Operations Director", "the Operation Support Unit": a unit's or a post's name, not an operation's;
        // "una Operación Conjunta": words that only describe the operation.
        if (j == nameStart || _unitEnds.Contains(sentence, j - 1) || OnlyDescribes(sentence, nameStart, j))
        {
            return start;
        }

        names.Add(prefix + sentence.SpanOf(nameStart, j - nameStart).Slice(sentence.Text));
        return j;
    }

    /// <summary>Whether every word from <paramref name="from"/> to <paramref name="to"/> (excluded) describes an operation or links two such words.</summary>
    private bool OnlyDescribes(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!_descriptors.Contains(sentence, k) && !_linkers.Contains(sentence, k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// « Toile d'araignée »: a quoted name runs to its closing quote whatever its words' case, if that
    /// comes soon, the name starts with a capital and no actor stands inside; -1 otherwise.
    /// </summary>
    private static int QuotedNameEnd(SentenceTokens sentence, int nameStart, List<Mention> mentions)
    {
        if (nameStart >= sentence.Count || !sentence.Tokens[nameStart].IsCapitalized)
        {
            return -1; // 'Operation "' ends the sentence
        }

        for (var k = nameStart + 1; k < Math.Min(sentence.Count, nameStart + MaxQuotedTokens); k++)
        {
            if (MentionRanges.InsideAMention(mentions, k))
            {
                return -1;
            }

            if (IsQuote(sentence, k) || sentence.Word(k) is "\u00BB" or "\u201D")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"an operation code-named Cronos": a naming cue shortly after "operation".</summary>
    private int NameCueLength(SentenceTokens sentence, int index)
    {
        var cue = _nameCues.MatchAt(sentence, index);
        if (cue == 0)
        {
            return 0;
        }

        // "It was given the code name …", "sous le nom de code « … »": a code name is an operation's wherever its noun stands.
        if (_codeCues.MatchAt(sentence, index) == cue)
        {
            return cue;
        }

        for (var k = Math.Max(0, index - 3); k < index; k++)
        {
            if (_operationNouns.Contains(sentence, k) || _namingNouns.Contains(sentence, k) || SequenceStandsForTheNoun(sentence, k, index + cue))
            {
                return cue;
            }
        }

        // "Une vaste opération contre les faux médicaments, baptisée « Baobab II »": the operation word itself
        // may stand further back, with what it is against between, in the same clause.
        for (var k = index - 1; k >= Math.Max(0, index - FarOperationWord); k--)
        {
            if (_operationAnyCase.Contains(sentence, k) || _namingNouns.Contains(sentence, k))
            {
                return cue;
            }

            if (sentence.Word(k) is ";" or ":" or "(" or ")")
            {
                break;
            }
        }

        // "Baptisée « Calanque », l'opération a mobilisé …": a cue opening the sentence names the operation after it.
        var opens = index == 0 || (index == 1 && sentence.Tokens[0].Kind == TokenKind.Punctuation);
        for (var k = index + cue; opens && k < Math.Min(sentence.Count, index + cue + MaxQuotedTokens + 3); k++)
        {
            if (_operationNouns.Contains(sentence, k) || _namingNouns.Contains(sentence, k))
            {
                return cue;
            }
        }

        return 0;
    }

    /// <summary>
    /// A hyphen written close on both sides ("Tango-7") or a possessive ending ("Hunter's Moon") after a word of a
    /// name: the name goes on if a name word follows.
    /// </summary>
    private static bool JoinsNameWords(SentenceTokens sentence, int index)
    {
        var token = sentence.Tokens[index];
        if (token.Kind == TokenKind.Punctuation)
        {
            return sentence.Word(index) is "-" && sentence.Tokens[index - 1].End == token.Start && sentence.Tokens[index + 1].Start == token.End;
        }

        return token.Kind == TokenKind.Word && token.Length <= 2 && Tokenizer.IsApostrophe(sentence.Word(index)[0]);
    }

    /// <summary>A year or serial number after the name's first word: "Tidewater 5", "Silent Grove 2025".</summary>
    private bool IsNameWord(SentenceTokens sentence, int index, List<Mention> mentions, bool first, bool joined = false)
    {
        var token = sentence.Tokens[index];
        var isNumber = token.Kind == TokenKind.Number && token.Length <= MaxNumberDigits && IsAllDigits(sentence.Word(index));
        var isYear = isNumber && token.Length == MaxNumberDigits && index > 0;
        var isSerial = (isNumber || IsDecimalCode(sentence.Word(index), token.Kind)) && index > 0 && (joined || sentence.Tokens[index - 1].IsCapitalized);
        var word = token.IsCapitalized && !(first && _leading.Contains(sentence, index));
        // Session 32: "Operação Feira Franca", "Operación Ruta Lima": a later word of a name may be read as a place or a country,
        // and the name goes on, since no grammar sets a country right after a name with no word or stop between; an agency's
        // name after it ("Operation Pangea INTERPOL") is never the name's.
        return (word || isYear || isSerial) && !MentionRanges.InsideAMention(mentions, index, first ? null : ActorKind.Agency);
    }

    /// <summary>
    /// Session 31: "o Laboratório de Operações Cibernéticas", "el Centro de Operaciones Especiales": the plural operation word
    /// joined by a linking word to a capitalised word before it is the field of a body's name, not a list of operations.
    /// </summary>
    private bool LinkedIntoAName(SentenceTokens sentence, int index) =>
        index >= 2 && _linkers.Contains(sentence, index - 1) && sentence.Tokens[index - 2].IsCapitalized && !_leading.Contains(sentence, index - 2);

    /// <summary>"the Federal Operations Unit": a capitalised word that is no actor and no sentence opener runs into it.</summary>
    private bool InsideAName(SentenceTokens sentence, int index, List<Mention> mentions)
    {
        var before = index - 1;
        return before > 0 && sentence.Tokens[before].IsCapitalized && !_leading.Contains(sentence, before)
            && !MentionRanges.InsideAMention(mentions, before) && !_descriptors.Contains(sentence, before);
    }

    /// <summary>
    /// Session 36: "Calibre 7.62", "Delta 2,5": a code with a decimal point or comma and one or two digits after it ends a name as a
    /// serial does; three digits after the mark group thousands ("1.240"), a count and no code.
    /// </summary>
    private static bool IsDecimalCode(ReadOnlySpan<char> word, TokenKind kind)
    {
        var mark = word.IndexOfAny('.', ',');
        return kind == TokenKind.Number && mark > 0 && mark <= 2 && word.Length - mark - 1 is 1 or 2
            && IsAllDigits(word[..mark]) && IsAllDigits(word[(mark + 1)..]);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Capitalised(ReadOnlySpan<char> word) =>
        string.Concat([char.ToUpperInvariant(word[0])], word[1..], " ");

    /// <summary>An article: a short lower-case word ("la", "l'", "el", "the"), which every language read writes so.</summary>
    private static bool IsArticle(SentenceTokens sentence, int index) =>
        sentence.Tokens[index] is { Kind: TokenKind.Word, IsCapitalized: false } && sentence.Word(index).Length <= 3;

    private static bool IsQuote(SentenceTokens sentence, int index) =>
        sentence.Word(index) is "\"" or "\u201C" or "'" or "\u2018" or "\u00AB";
}

using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// A body a report names once in full and then calls back by a shorter name the lists do not hold: the acronym it
/// gave the body in brackets ("the Guyana Revenue Authority (GRA) … the GRA's division", "la Secretaría de Marina
/// (Semar)"), an acronym of the name's initials it never defines ("the Department of National Parks and Wildlife …
/// DNPW rangers"), or one word of the name after an article ("la Secretaría de Marina … coordinada por la Marina",
/// "the Guyana Revenue Authority … according to the Authority"). Only a body named before is called back, and only
/// when one body alone fits: "the Force" after both the Police Force and the Defence Force names neither.
/// </summary>
internal sealed class CalledBackNames
{
    /// <summary>The words short forms are read by: articles before them, connectors of a longer name after, and the locatives before a seat.</summary>
    /// <param name="Articles">The definite articles.</param>
    /// <param name="Connectors">The words that join a name's words ("of", "de").</param>
    /// <param name="Locatives">The words before a place ("in", "en").</param>
    internal readonly record struct Words(WordSet Articles, WordSet Connectors, WordSet Locatives);

    private const int MinAcronymLetters = 2;
    private const int MaxAcronymLength = 12;

    /// <summary>An acronym the report never defines must be longer than "IS" or "MP" to be read as initials.</summary>
    private const int MinInitials = 3;
    private const int MaxInitials = 6;

    private readonly List<Mention> _bodies = [];
    private Mention? _lastCalled;

    /// <summary>The acronyms the report gave its bodies in brackets after their names, each with the body's mention.</summary>
    public Dictionary<string, Mention> Acronyms { get; } = new(StringComparer.Ordinal);

    /// <summary>Forgets the last report's names.</summary>
    public void Clear()
    {
        Acronyms.Clear();
        _bodies.Clear();
        _lastCalled = null;
    }

    /// <summary>
    /// Notes the agencies a sentence named, once its mentions are final, and a word in brackets right after one that
    /// no list knows ("Guyana Revenue Authority (GRA)"): it is the body's acronym when it begins as one of the name's
    /// words does, so "Federal Police (Brazil)" or a year in brackets is none.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="mentions">Its mentions.</param>
    /// <param name="sharedNames">Names several countries' bodies share, which the report settles later and so call back nothing, unless their country is named just before.</param>
    public void Note(SentenceTokens sentence, List<Mention> mentions, LanguageSharedNames sharedNames)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var body = mentions[k];
            if (body.Kind != ActorKind.Agency || (sharedNames.IsShared(sentence.Text.AsSpan(body.Span.Start, body.Span.Length)) && !OwnCountryJustBefore(mentions, k)))
            {
                continue;
            }

            if (!Named(body.ActorId, sentence.Text, body.Span))
            {
                _bodies.Add(body);
            }

            var word = body.EndToken + 1;
            if (word + 1 < sentence.Count && sentence.Word(word - 1) is "(" && sentence.Word(word + 1) is ")"
                && !AnyStartsAt(mentions, word)
                && IsAcronymShaped(sentence.Word(word)) && BeginsAWordOf(sentence.Text.AsSpan(body.Span.Start, body.Span.Length), sentence.Word(word)[0]))
            {
                Acronyms.TryAdd(sentence.Word(word).ToString(), body);
            }
        }
    }

    /// <summary>
    /// The body a capitalised word no list knows calls back, as a mention of it, or null: the word is an acronym the
    /// report defined, an undefined acronym of one named body's initials, or, after an article and standing alone, a
    /// word of one named body's name.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="index">The word's token.</param>
    /// <param name="words">The language's words the short forms are read by.</param>
    /// <param name="before">The sentence's mentions before the word ("la Secretaría de Marina … coordinada por la Marina").</param>
    public Mention? At(SentenceTokens sentence, int index, Words words, List<Mention> before)
    {
        if (_bodies.Count == 0 && before.Count == 0)
        {
            return null;
        }

        // "Autoridad Nacional de Aduanas (ANA)": the acronym's own definition is read with its body, by Note.
        if (before.Count != 0 && before[^1].EndToken == index - 1 && sentence.Word(index - 1) is "(")
        {
            return null;
        }

        var word = sentence.Word(index);
        if (Acronyms.Count != 0 && Acronyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var given))
        {
            return Here(given, sentence, index);
        }

        if (word.Length is >= MinInitials and <= MaxInitials && IsAllCapitals(word))
        {
            return OnlyBody(sentence.Text, word, null, before) is { } named && !sentence.IsShouted ? Here(named, sentence, index) : null;
        }

        // The article comes first: most capitalised words no list knows (people, places, a sentence's first word) have none.
        return index > 0 && words.Articles.Contains(sentence, index - 1) && StandsAlone(sentence, index + 1, words.Connectors) && !IsAllCapitals(word)
            && OnlyBody(sentence.Text, word, words.Locatives, before) is { } body && !NamesAnotherLonger(sentence, index, body)
            && !AnotherCountryBefore(before, body)
            ? Here(body, sentence, index)
            : null;
    }

    /// <summary>
    /// "l'Office fédéral de la culture" after "l'Office fédéral de la douane": the word after the short form goes on as
    /// the body's name does, so the whole is a longer name of another body the lists lack, not the first one called back.
    /// </summary>
    private static bool NamesAnotherLonger(SentenceTokens sentence, int index, Mention body)
    {
        if (index + 1 >= sentence.Count || sentence.Tokens[index + 1] is not { Kind: TokenKind.Word, IsCapitalized: false })
        {
            return false;
        }

        var name = sentence.Text.AsSpan(body.Span.Start, body.Span.Length);
        var at = name.IndexOf(sentence.Word(index), StringComparison.Ordinal);
        var rest = at < 0 ? [] : name[(at + sentence.Tokens[index].Length)..].TrimStart(' ');
        var next = sentence.Word(index + 1);
        return rest.StartsWith(next, StringComparison.Ordinal) && (rest.Length == next.Length || rest[next.Length] == ' ');
    }

    /// <summary>
    /// "Au Gabon, la Police judiciaire …" after the "Police togolaise": a country the clause names for its scene owns
    /// the body it goes on to name, so a listed body of another country is not called back.
    /// </summary>
    private static bool AnotherCountryBefore(List<Mention> before, Mention body)
    {
        if (body.Entry?.AgencyCountryId is not { } own)
        {
            return false;
        }

        foreach (var mention in before)
        {
            if (mention.Kind == ActorKind.Country && mention.ActorId != own)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Zambia's Department of National Parks and Wildlife": a shared name its own country's possessive has settled.</summary>
    private static bool OwnCountryJustBefore(List<Mention> mentions, int k) =>
        k > 0 && mentions[k - 1] is { Kind: ActorKind.Country } country && mentions[k].Entry?.AgencyCountryId == country.ActorId
        && country.EndToken >= mentions[k].FirstToken - 1;

    private static bool AnyStartsAt(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstToken == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the Department said", not "the Department Immigration" nor "the Department of the Interior", another body's name.</summary>
    private static bool StandsAlone(SentenceTokens sentence, int next, WordSet connectors)
    {
        var k = next;
        while (k < sentence.Count && k < next + 2 && connectors.Contains(sentence, k))
        {
            k++;
        }

        return k >= sentence.Count || !sentence.Tokens[k].IsCapitalized;
    }

    /// <summary>Whether the mention is the last one a short name gave.</summary>
    public bool IsCalledBack(Mention mention) => _lastCalled == mention;

    private Mention Here(Mention body, SentenceTokens sentence, int index) =>
        (_lastCalled = new(body.ActorId, ActorKind.Agency, index, 1, sentence.SpanOf(index, 1), sentence.Span, false, body.Entry)).Value;

    private bool Named(string actorId, string text, TextSpan span)
    {
        foreach (var body in _bodies)
        {
            if (body.ActorId == actorId && text.AsSpan(body.Span.Start, body.Span.Length).SequenceEqual(text.AsSpan(span.Start, span.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one body named so far whose name the word abbreviates or heads, or null when none or several do.</summary>
    /// <param name="text">The report.</param>
    /// <param name="word">The word.</param>
    /// <param name="locatives">Null to read the word as initials; else the words before a seat, as a short form is read.</param>
    /// <param name="before">The sentence's own mentions so far.</param>
    private Mention? OnlyBody(string text, ReadOnlySpan<char> word, WordSet? locatives, List<Mention> before)
    {
        Mention? found = null;
        foreach (var body in _bodies)
        {
            if (!Fits(ref found, body, text, word, locatives))
            {
                return null;
            }
        }

        foreach (var body in before)
        {
            if (body.Kind == ActorKind.Agency && !Fits(ref found, body, text, word, locatives))
            {
                return null;
            }
        }

        // "The Police" after the "Royal Malaysia Police" and the "Singapore Police Force": another body holding the word
        // anywhere in its name may be the one meant.
        return found is { } one && locatives is not null && (AnotherHolds(_bodies, one, text, word) || AnotherHolds(before, one, text, word)) ? null : found;
    }

    private static bool AnotherHolds(List<Mention> bodies, Mention one, string text, ReadOnlySpan<char> word)
    {
        foreach (var body in bodies)
        {
            if (body.Kind == ActorKind.Agency && body.ActorId != one.ActorId && HoldsWord(text.AsSpan(body.Span.Start, body.Span.Length), word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsWord(ReadOnlySpan<char> name, ReadOnlySpan<char> word)
    {
        foreach (var range in name.Split(' '))
        {
            if (name[range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes the body as the one found when the word fits its name; false when another body fits too.</summary>
    private static bool Fits(ref Mention? found, Mention body, string text, ReadOnlySpan<char> word, WordSet? locatives)
    {
        var name = text.AsSpan(body.Span.Start, body.Span.Length);
        if (body.TokenCount < 2 || !(locatives is null ? AreInitialsOf(word, name) : IsHeadOf(word, name, locatives)))
        {
            return true;
        }

        if (found is { } other && other.ActorId != body.ActorId)
        {
            return false;
        }

        found = body;
        return true;
    }

    /// <summary>
    /// "DNPW" of "Department of National Parks and Wildlife", "ACC" of "Anti-Corruption Commission", "DPS" of "Texas
    /// Department of Public Safety": the capitals begin the name's capitalised words, all of them or all but the first
    /// (a place the acronym leaves out).
    /// </summary>
    internal static bool AreInitialsOf(ReadOnlySpan<char> acronym, ReadOnlySpan<char> name)
    {
        Span<char> letters = stackalloc char[MaxInitials + 2];
        var count = 0;
        var start = true;
        foreach (var c in name)
        {
            if (start && char.IsUpper(c))
            {
                if (count == letters.Length)
                {
                    return false;
                }

                letters[count++] = c;
            }

            start = c is ' ' or '-' or '\u2011';
        }

        var all = letters[..count];
        return all.SequenceEqual(acronym) || (count > acronym.Length && count >= MinInitials + 1 && all[1..].SequenceEqual(acronym));
    }

    /// <summary>
    /// Whether the word, as written, is the name's last word, not after "in" ("the Authority" of "Guyana Revenue Authority", "la Marina" of
    /// "Secretaría de Marina") or the first of a name whose head comes first ("the Ministry" of "Ministry of Interior",
    /// "la Armada" of "Armada del Ecuador"), shown by a lower-case word inside it. A word in the middle ("Estado" of
    /// "Secretaria de Estado de Meio Ambiente") is too often a word of its own.
    /// </summary>
    internal static bool IsHeadOf(ReadOnlySpan<char> word, ReadOnlySpan<char> name, WordSet locatives)
    {
        if (name.EndsWith(word) && name.Length > word.Length && name[name.Length - word.Length - 1] == ' ')
        {
            // "Federal High Court in Lagos": the last word is the seat, no name of the court.
            var before = name[..(name.Length - word.Length - 1)];
            return !locatives.Contains(before[(before.LastIndexOf(' ') + 1)..]);
        }

        return name.StartsWith(word) && name.Length > word.Length && name[word.Length] == ' ' && HasLowerCaseWord(name);
    }

    private static bool HasLowerCaseWord(ReadOnlySpan<char> name)
    {
        for (var k = 1; k < name.Length; k++)
        {
            if (name[k - 1] == ' ' && char.IsLower(name[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BeginsAWordOf(ReadOnlySpan<char> name, char letter)
    {
        var start = true;
        foreach (var c in name)
        {
            if (start && char.ToUpperInvariant(c) == letter)
            {
                return true;
            }

            start = !char.IsLetter(c);
        }

        return false;
    }

    /// <summary>"GRA", "PJ", "Semar", "UNC3T": a capital, then letters or digits, short and with no other sign.</summary>
    private static bool IsAcronymShaped(ReadOnlySpan<char> word)
    {
        if (word.Length < MinAcronymLetters || word.Length > MaxAcronymLength || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}

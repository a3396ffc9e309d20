using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// Finds the countries and agencies a sentence names: gazetteer phrases by longest match
/// (so "Papua New Guinea" is not "Guinea" and "Latin America" is no country), context rules for
/// names that are also other things, and discovery of agencies in no list.
/// </summary>
internal sealed class ActorRecognizer
{
    private const int MaxOriginReach = 6;
    private const int MaxFieldWords = 2; // "Togo's anti-drug agency"
    private const int MaxDatelineStart = 3;
    private const int MaxCityWords = 3;
    private readonly ExtractionKnowledge _knowledge;
    private readonly WordSet _nationalityNouns;
    private readonly WordSet _milieuNouns;
    private readonly WordSet _currencyNames;
    private readonly PhraseSet _originBefore;
    private readonly WordSet _originFrom;
    private readonly WordSet _originIn;
    private readonly WordSet _arrestWords;
    private readonly AgencyDiscovery _discovery;
    private readonly CueBits _gazetteerStart;
    private readonly CueBits _uncapitalizedGazetteerStart;
    private readonly CueBits _numberWords;
    private readonly WordSet _the;
    private readonly CalledBackNames.Words _calledBackWords;
    private readonly WordSet _in;
    private readonly WordSet _from;
    private readonly WordSet _listGlue;
    private readonly WordSet _nameBreakers;
    private readonly WordSet _authorityNouns;
    private readonly LanguageHeadFirstAgencies _headFirst;
    private readonly LanguagePlaces _places;
    private readonly CityCountries _cities;

    /// <summary>How far before a lower-case demonym its authority noun may stand ("services de sécurité marocains et espagnols").</summary>
    private const int AuthorityReach = 5;
    private readonly string[] _adverbEndings;
    private readonly WordSet _conjunctions;
    private readonly WordSet _possessive;
    private readonly WordSet _operationWords;
    private readonly WordSet _waterFeatures;

    // Names several countries' bodies share: a country before one picks among them (LanguageSharedNames), it names no other body.
    private readonly LanguageSharedNames _sharedNames;

    public ActorRecognizer(ExtractionKnowledge knowledge, LanguageSharedNames sharedNames)
    {
        _knowledge = knowledge;
        _sharedNames = sharedNames;
        _nationalityNouns = knowledge.Words(KnowledgeList.Nationality);
        _milieuNouns = knowledge.Words(KnowledgeList.Milieu);
        _currencyNames = knowledge.Words(KnowledgeList.CurrencyName);
        _originBefore = knowledge.Phrases(KnowledgeList.OriginBefore);
        _originFrom = knowledge.Words(KnowledgeList.OriginFrom, KnowledgeList.Nationality);
        _originIn = knowledge.Words(KnowledgeList.OriginIn, KnowledgeList.Nationality);
        _arrestWords = knowledge.Words(KnowledgeList.Arrests);
        _discovery = new AgencyDiscovery(knowledge);
        _cities = new CityCountries(knowledge);
        _gazetteerStart = knowledge.Cues.Mask(ExtractionKnowledge.GazetteerStartList);
        _uncapitalizedGazetteerStart = knowledge.Cues.Mask(ExtractionKnowledge.UncapitalizedGazetteerStartList);
        _numberWords = knowledge.Mask(KnowledgeList.Units);
        _the = knowledge.Words(KnowledgeList.DefiniteArticle);
        _calledBackWords = new(knowledge.Words(KnowledgeList.AgentArticle), knowledge.Words(KnowledgeList.Connector), knowledge.Words(KnowledgeList.Locative));
        _in = knowledge.Words(KnowledgeList.Locative);
        _from = knowledge.Words(KnowledgeList.Ablative);
        _listGlue = knowledge.Words(KnowledgeList.ListGlue);
        _authorityNouns = knowledge.Words(KnowledgeList.Authority);
        _headFirst = new LanguageHeadFirstAgencies(knowledge, sharedNames);
        _places = new LanguagePlaces(knowledge);
        _conjunctions = knowledge.Words(KnowledgeList.Conjunction);
        _possessive = knowledge.Words(KnowledgeList.Possessive);
        _operationWords = knowledge.Words(KnowledgeList.OperationWord);
        _waterFeatures = knowledge.Words(KnowledgeList.WaterFeature);
        _adverbEndings = [.. knowledge.List(KnowledgeList.AdverbEnding)];

        // A capitalised "And", "In" or "From" before "Jordan" opens a list or a sentence, not a person's name.
        _nameBreakers = knowledge.Words(KnowledgeList.Conjunction, KnowledgeList.Locative, KnowledgeList.Ablative);
    }

    /// <summary>The mentions in one sentence, in text order, and the agencies discovered there.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="discovered">The report's discovered agencies, added to.</param>
    /// <param name="scratch">Working lists the report's sentences share, so each gets one exact-size list.</param>
    public List<Mention> Recognize(SentenceTokens sentence, Dictionary<string, Actor> discovered, Scratch scratch)
    {
        var mentions = scratch.NextList();
        var found = scratch.Entries;
        var tokens = sentence.Tokens;
        var cues = sentence.Cues;
        var ids = sentence.Ids;
        bool? shouted = null;
        for (var i = 0; i < tokens.Length;)
        {
            var gate = tokens[i].IsCapitalized ? _gazetteerStart : _uncapitalizedGazetteerStart;
            var length = !cues[i].Overlaps(gate) ? 0 : _knowledge.Gazetteer.LongestMatch(sentence.Text, tokens, ids, i, tokens.Length, found);
            if (length == 0)
            {
                // "the GRA's team", "coordinada por la Marina": a body named before, called back by a name in no list.
                // A place is no body's short name ("o Pará concentrou" after the "Polícia Militar do Pará").
                if (tokens[i].IsCapitalized && scratch.CalledBack.At(sentence, i, _calledBackWords, mentions) is { } called
                    && _cities.CountryAt(sentence, i, out _) is null)
                {
                    mentions.Add(called);
                }

                i++;
                continue;
            }

            var countryBefore = CountryJustBefore(sentence, mentions, i);
            if (countryBefore is null && CityJustBefore(sentence, i) is { } city)
            {
                // "Dhaka Metropolitan Police" is not London's: a city of another country before a listed name makes the
                // name that city's own body, which discovery reads with its seat.
                var cityMention = ToMention(sentence, found, i, length, null);
                if (cityMention is { Kind: ActorKind.Agency, Entry.AgencyCountryId: { } listedCountry } && !listedCountry.EndsWith(city, StringComparison.Ordinal))
                {
                    i += length;
                    continue;
                }
            }

            if (ToMention(sentence, found, i, length, countryBefore) is { } mention && !IsWireCredit(sentence, mention) && !IsAcronymInCapitals(sentence, mention, ref shouted))
            {
                // "La Marine gambienne": a word called back before a country's demonym begins that country's body instead.
                if (mentions.Count != 0 && mentions[^1] is { TokenCount: 1 } calledBack && calledBack.EndToken == i
                    && mention.Kind == ActorKind.Country && scratch.CalledBack.IsCalledBack(calledBack))
                {
                    mentions.RemoveAt(mentions.Count - 1);
                }

                // "Polícia Nacional de Angola (PNA) … A PNA recorda": the report's own acronyms hold to its end.
                if (BracketedAcronymOf(sentence, mentions, mention) is { } named)
                {
                    scratch.Acronyms[sentence.Word(mention.FirstToken).ToString()] = named;
                    mention = mention with { ActorId = named.ActorId, Entry = named.Entry };
                }
                else if (scratch.Acronyms.Count != 0 && mention is { Kind: ActorKind.Agency, TokenCount: 1 }
                    && scratch.Acronyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(sentence.Word(mention.FirstToken), out var given))
                {
                    mention = mention with { ActorId = given.ActorId, Entry = given.Entry };
                }

                // "the Slovak National Crime Agency", "the Fiji Independent Commission Against Corruption": another
                // country's body of the same name, left to discovery, which names it with its own country.
                if (countryBefore is null || mention.Entry?.AgencyCountryId is not { } own || own == countryBefore
                    || _sharedNames.IsShared(sentence.Text.AsSpan(mention.Span.Start, mention.Span.Length)))
                {
                    mentions.Add(mention);
                }
            }
            else if (length > 1 && _the.Contains(sentence, i))
            {
                // "the Pacific" is a region, but "the Pacific Transnational Crime Network" may start after the article.
                i++;
                continue;
            }

            i += length;
        }

        // A discovered agency is tied to a country the sentence names, or to a city ("the Public
        // Prosecutor's Office in Vienna"), so a sentence with no country is searched for those only.
        InheritOriginThroughLists(sentence, mentions);
        _discovery.Discover(sentence, mentions, discovered);
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Country)
            {
                scratch.CountriesNamed.Add(mention.ActorId);
            }
        }

        AcronymsOfDiscoveredBodies(sentence, mentions, discovered, scratch);

        // Head-first names are searched even in a sentence that names nothing else: a state or a court's seat may close
        // one ("Le parquet de Nouméa a annoncé …").
        _headFirst.Discover(sentence, mentions, discovered);
        scratch.CalledBack.Note(sentence, mentions, _sharedNames);
        return mentions;
    }

    /// <summary>
    /// Working lists kept from one report on a thread to the next: each sentence's list of mentions (a new list
    /// and array per sentence were an eighth of what extraction allocated, 1.3 of 10.2 bytes per input byte on
    /// the English dev reports) and the gazetteer's entries.
    /// </summary>
    public sealed class Scratch
    {
        // Lists this long, or more lists than this, are let go rather than kept for the next report.
        private const int MaxKeptMentions = 1024;
        private const int MaxKeptLists = 1 << 16;

        private readonly List<List<Mention>> _lists = [];
        private int _used;

        public EntryList Entries { get; } = new();

        /// <summary>The report's bodies named so far, and the shorter names it calls them back by.</summary>
        public CalledBackNames CalledBack { get; } = new();

        /// <summary>The acronyms the report gave its bodies in brackets after their names, each with the body's mention.</summary>
        public Dictionary<string, Mention> Acronyms => CalledBack.Acronyms;

        /// <summary>The ids of the countries the report has named in the sentences read so far.</summary>
        public HashSet<string> CountriesNamed { get; } = new(StringComparer.Ordinal);

        /// <summary>Starts a report: the lists handed out for the last one are taken back, so none of them may be used after.</summary>
        public void StartReport()
        {
            _used = 0;
            CalledBack.Clear();
            CountriesNamed.Clear();
        }

        /// <summary>An empty list for the next sentence's mentions, kept until <see cref="StartReport"/>.</summary>
        public List<Mention> NextList()
        {
            if (_used == _lists.Count)
            {
                if (_used >= MaxKeptLists)
                {
                    return [];
                }

                _lists.Add([]);
            }
            else if (_lists[_used].Capacity > MaxKeptMentions)
            {
                _lists[_used] = [];
            }

            var list = _lists[_used++];
            list.Clear();
            return list;
        }
    }

    // A listed acronym is known by its capitals ("ICE", not "ice"); in a line written all in capitals it may be any
    // word of the language ("DANS" and "SANS" in a French headline are not Bulgaria's security agency), so it names nothing there.
    // Whether the sentence is shouted is asked once, at its first acronym.
    private static bool IsAcronymInCapitals(SentenceTokens sentence, Mention mention, ref bool? shouted) =>
        mention is { TokenCount: 1, Entry.ExactCase: true } && (shouted ??= sentence.IsShouted);

    /// <summary>
    /// "PARIS, 14 mars 2024 (AFP) –", "Maputo, 2 de Agosto de 2022 (Lusa) –": a name in parentheses right after a
    /// dateline's date is the news agency that filed the story (Agence France-Presse, not the Australian Federal
    /// Police), no body of the report. A body's acronym after its name ("Australian Federal Police (AFP)") follows a
    /// word, not a number.
    /// </summary>
    private static bool IsWireCredit(SentenceTokens sentence, Mention mention)
    {
        var first = mention.FirstToken;
        var after = mention.EndToken;
        return mention.Kind == ActorKind.Agency && first >= 2 && after < sentence.Count
            && sentence.Tokens[first - 2].Kind == TokenKind.Number
            && sentence.Word(first - 1) is "(" && sentence.Word(after) is ")";
    }

    /// <summary>
    /// "Polícia Nacional de Angola (PNA)", "Policía Nacional del Ecuador (PNE)": one word in brackets right after a
    /// body's name is that body's acronym, even where the gazetteer gives the letters to another country's body
    /// (PNA is also the Argentine Naval Prefecture). Not after a name several countries' bodies share, whose
    /// country the acronym may be the better clue to; null when the acronym is already the body's or no body stands before.
    /// </summary>
    private Mention? BracketedAcronymOf(SentenceTokens sentence, List<Mention> mentions, Mention mention)
    {
        var first = mention.FirstToken;
        if (mention.Kind != ActorKind.Agency || mention.TokenCount != 1 || mentions.Count == 0
            || mentions[^1] is not { Kind: ActorKind.Agency } before || before.EndToken != first - 1 || before.ActorId == mention.ActorId
            || sentence.Word(first - 1) is not "(" || first + 1 >= sentence.Count || sentence.Word(first + 1) is not ")")
        {
            return null;
        }

        var span = before.Span;
        return _sharedNames.IsShared(sentence.Text.AsSpan(span.Start, span.Length))
            || _sharedNames.IsShared(sentence.Text.AsSpan(mention.Span.Start, mention.Span.Length)) ? null : before;
    }

    /// <summary>
    /// "the Directorate General of Drug Administration (DGDA)": a body the lists lack, found by discovery, owns the acronym the
    /// report gives it in brackets, here and in later sentences, even where the gazetteer gives the letters to another
    /// country's body (DGDA is also the customs of the DR Congo). Letters the lists give to a body of the same country stay
    /// that body's: the discovered name is then one of its units ("Directorate of Police Investigations (DPI)"). A body discovered
    /// with no country yet is told apart by the report: the listed body's country must not have been named so far.
    /// </summary>
    private static void AcronymsOfDiscoveredBodies(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered, Scratch scratch)
    {
        for (var k = 1; k < mentions.Count; k++)
        {
            var (before, acronym) = (mentions[k - 1], mentions[k]);
            var first = acronym.FirstToken;
            if (acronym is { Kind: ActorKind.Agency, TokenCount: 1, Entry: not null } && before is { Kind: ActorKind.Agency, Entry: null }
                && before.EndToken == first - 1 && sentence.Word(first - 1) is "(" && first + 1 < sentence.Count && sentence.Word(first + 1) is ")"
                && discovered.TryGetValue(before.ActorId, out var body) && acronym.Entry.AgencyCountryId is { } listedCountry
                && (body.CountryCode is { } country ? listedCountry != Actor.CountryId(country) : !scratch.CountriesNamed.Contains(listedCountry)))
            {
                scratch.Acronyms[sentence.Word(first).ToString()] = before;
                mentions[k] = acronym with { ActorId = before.ActorId, Entry = null };
            }
        }
    }

    /// <summary>The alpha-2 code of a city the lists know whose name ends just before a token, or null.</summary>
    private string? CityJustBefore(SentenceTokens sentence, int first)
    {
        for (var start = first - 1; start >= Math.Max(0, first - 2); start--)
        {
            if (sentence.Tokens[start].IsCapitalized && _cities.CountryAt(sentence, start, out var length) is { } code && start + length == first)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>"nationals from Egypt, the Netherlands and Spain": the whole list are origins.</summary>
    private void InheritOriginThroughLists(SentenceTokens sentence, List<Mention> mentions)
    {
        for (var k = 1; k < mentions.Count; k++)
        {
            var (previous, current) = (mentions[k - 1], mentions[k]);
            if (previous.TakesNoPart && !current.TakesNoPart && current.Kind == ActorKind.Country
                && sentence.OnlyWordsBetween(previous.EndToken, current.FirstToken, _listGlue))
            {
                mentions[k] = current with { TakesNoPart = true };
            }
        }
    }

    /// <summary>
    /// The country named just before a name, as a possessive or a demonym ("Senegal's Gendarmerie
    /// nationale", "Finland's National Bureau of Investigation"), or null.
    /// </summary>
    private string? CountryJustBefore(SentenceTokens sentence, List<Mention> mentions, int first)
    {
        if (mentions.Count == 0 || mentions[^1] is not { Kind: ActorKind.Country } country)
        {
            return null;
        }

        var possessive = country.EndToken == first - 1 && sentence.Word(first - 1) is { Length: > 1 } word
            && Tokenizer.IsApostrophe(word[0]) && _possessive.Contains(word[1..]);
        return country.EndToken == first || possessive ? country.ActorId : null;
    }

    /// <param name="sentence">The sentence.</param>
    /// <param name="entries">The gazetteer entries of the longest phrase found at <paramref name="first"/>.</param>
    /// <param name="first">The phrase's first token.</param>
    /// <param name="length">Its length in tokens.</param>
    /// <param name="countryBefore">
    /// A country named just before: of two agencies that share a name (the Gendarmerie nationale of
    /// France, of Senegal, of Mali), the one of that country is meant.
    /// </param>
    private Mention? ToMention(SentenceTokens sentence, EntryList entries, int first, int length, string? countryBefore)
    {
        // An agency reading wins over a country, a country over a demonym; a region or a body that
        // is no agency vetoes the phrase.
        GazetteerEntry? agency = null, country = null, demonym = null;
        foreach (var candidate in entries.Items)
        {
            switch (candidate.Kind)
            {
                case EntryKind.Region or EntryKind.NonAgency:
                    return null;
                case EntryKind.Agency:
                    agency = agency is null || (countryBefore is not null && candidate.AgencyCountryId == countryBefore && agency.AgencyCountryId != countryBefore) ? candidate : agency;
                    break;
                case EntryKind.Country:
                    country ??= candidate;
                    break;
                case EntryKind.Demonym:
                    demonym ??= candidate;
                    break;
            }
        }

        var entry = agency ?? country ?? demonym;
        if (entry is null)
        {
            return null;
        }

        var span = sentence.SpanOf(first, length);
        switch (entry.Kind)
        {
            case EntryKind.Agency:
                return new Mention(entry.ActorId, ActorKind.Agency, first, length, span, sentence.Span, false, entry);
            case EntryKind.Country when !IsCountryHere(sentence, entry, first, length) || NamesWater(sentence, first, first + length):
                return null;
            case EntryKind.Country:
                return new Mention(entry.ActorId, ActorKind.Country, first, length, span, sentence.Span, IsOrigin(sentence, first, first + length), entry);
            default:
                var next = first + length;
                if (next < sentence.Count && (_milieuNouns.Contains(sentence, next) || _currencyNames.Contains(sentence, next)))
                {
                    return null;
                }

                if (IsPlaceNamedLikeDemonym(sentence, entry, first))
                {
                    return null;
                }

                // "a Dutch national"; in Spanish, Portuguese and French the noun comes first and the
                // demonym is written in lower case ("ciudadanos franceses", "ressortissants maliens"),
                // or stands for the people after a count ("tres brasileños", "dois libaneses").
                var lowerAfter = first > 0 && !sentence.Tokens[first].IsCapitalized;

                // "8,7 millions de dollars américains": a currency's name, no country.
                if (lowerAfter && _currencyNames.Contains(sentence, first - 1))
                {
                    return null;
                }
                var afterCount = first > 0 && (sentence.Tokens[first - 1].Kind == TokenKind.Number || sentence.Cues[first - 1].Overlaps(_numberWords));
                var nationality = (next < sentence.Count && _nationalityNouns.Contains(sentence, next))
                    || NationalityAfterList(sentence, next)
                    || (lowerAfter && _nationalityNouns.Contains(sentence, first - 1))
                    || (lowerAfter && afterCount)
                    || (lowerAfter && !AuthorityBefore(sentence, first))
                    || (afterCount && StandsAlone(sentence, next))
                    || _places.IsPeople(sentence, first, next);
                return new Mention(entry.ActorId, ActorKind.Country, first, length, span, sentence.Span, nationality, entry);
        }
    }

    /// <summary>
    /// "revendidos em Díli e em Maliana": Spanish, Portuguese and French list their demonyms in lower case, so a listed
    /// lower-case form written with a capital right after "in" is a town or district that shares the spelling, not the
    /// nationality (a demonym never follows "in" directly in those languages).
    /// </summary>
    private bool IsPlaceNamedLikeDemonym(SentenceTokens sentence, GazetteerEntry entry, int first) =>
        first > 0 && sentence.Tokens[first].IsCapitalized && char.IsLower(entry.Phrase[0]) && _in.Contains(sentence, first - 1);

    /// <summary>
    /// "o rio Congo", "le canal du Mozambique", "the Congo River", "Lake Chad": a country's name beside the noun of a
    /// river, lake, gulf or channel (an "of" between allowed) names the water, not the country.
    /// </summary>
    private bool NamesWater(SentenceTokens sentence, int first, int after)
    {
        var before = first > 1 && _from.Contains(sentence, first - 1) ? first - 2 : first - 1;
        return (before >= 0 && _waterFeatures.Contains(sentence, before))
            || (after < sentence.Count && sentence.Tokens[after].IsCapitalized && _waterFeatures.Contains(sentence, after));
    }

    /// <summary>
    /// "las autoridades colombianas", "policiers, gendarmes et douaniers français", "com apoio norte-americano":
    /// a lower-case demonym (Spanish, Portuguese and French write it after its noun) stands for the country's
    /// authorities only after such a noun; after any other ("cerámica griega", "sociedade uruguaia",
    /// "territorio boliviano") it is an origin, a nationality or a place.
    /// </summary>
    private bool AuthorityBefore(SentenceTokens sentence, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - AuthorityReach); k--)
        {
            if (_authorityNouns.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"three Albanian and two Dutch nationals": the noun after a list of demonyms makes each a nationality.</summary>
    private bool NationalityAfterList(SentenceTokens sentence, int next)
    {
        if (next >= sentence.Count || !_conjunctions.Contains(sentence, next))
        {
            return false;
        }

        for (var k = next + 1; k < Math.Min(sentence.Count, next + 4); k++)
        {
            if (_nationalityNouns.Contains(sentence, k))
            {
                return true;
            }

            if (!sentence.Tokens[k].IsCapitalized && sentence.Tokens[k].Kind != TokenKind.Number && !sentence.Cues[k].Overlaps(_numberWords))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "dix-neuf Tunisiens et douze Algériens", "un Béninois,": a capitalised demonym after a count with no
    /// noun after it is people (French writes nationality nouns with a capital), not the country's authorities.
    /// </summary>
    private bool StandsAlone(SentenceTokens sentence, int next) =>
        next >= sentence.Count || sentence.Tokens[next].Kind == TokenKind.Punctuation || _listGlue.Contains(sentence, next);

    /// <summary>
    /// "arrested 14 suspects in Belgium", "detuvieron a 14 sospechosos en Bélgica": people counted right after an
    /// arrest word (a list word such as the Spanish personal "a" may stand between) were arrested where the place says.
    /// </summary>
    private bool CountedByAnArrest(SentenceTokens sentence, int noun)
    {
        var count = noun - 1;
        if (count <= 0 || (sentence.Tokens[count].Kind != TokenKind.Number && !sentence.Cues[count].Overlaps(_numberWords)))
        {
            return false;
        }

        var verb = _listGlue.Contains(sentence, count - 1) ? count - 2 : count - 1;
        return _arrestWords.Contains(sentence, verb);
    }

    /// <param name="sentence">The sentence.</param>
    /// <param name="first">The country's first token.</param>
    /// <param name="next">The token after it; -1 when it is not asked about (a city's country).</param>
    private bool IsOrigin(SentenceTokens sentence, int first, int next = -1)
    {
        if (_originBefore.EndsAt(sentence, first) || IsDatelinePlace(sentence, first) || _places.IsPlace(sentence, first))
        {
            return true;
        }

        var before = _the.Contains(sentence, first - 1) ? first - 2 : first - 1;
        if (_in.Contains(sentence, before))
        {
            // "bought legally in the United States": an adverb may stand between the word and "in".
            var word = before - 1;
            if (word > 0 && EndsWithAny(sentence.Word(word), _adverbEndings))
            {
                word--;
            }

            return word >= 0 && _originIn.Contains(sentence, word) && !CountedByAnArrest(sentence, word);
        }

        // "flown out through Addis Ababa, Ethiopia": the country after a city is read as the city is.
        if (CityBefore(sentence, first) is > 0 and var city && city != first)
        {
            return IsOrigin(sentence, city);
        }

        // "nine nationals from Egypt", "smuggled across the Gulf of Paria from Venezuela" — but
        // "officers from France" take part, and so do "help from Togolese investigators" (an authority noun after the
        // name says whose people they are) and "seized cocaine, assisted by investigators from Togo" (the origin word
        // must be in the clause of "from", not before a comma).
        if (next > 0 && AuthorityAfter(sentence, next))
        {
            return false;
        }

        for (var f = first - 1; f >= Math.Max(0, first - 4); f--)
        {
            if (_from.Contains(sentence, f))
            {
                return OriginWordBetween(sentence, Math.Max(0, f - MaxOriginReach), f);
            }
        }

        return false;
    }

    /// <summary>
    /// "LYON, France, 11 December": a country named after the dateline's capitalised city is where the
    /// report was written, not a party to what it reports.
    /// </summary>
    private static bool IsDatelinePlace(SentenceTokens sentence, int first)
    {
        if (first < 2 || first > MaxDatelineStart + 2 || sentence.Word(first - 1) is not ",")
        {
            return false;
        }

        var city = sentence.Word(first - 2);
        return city.Length > 2 && IsAllUpper(city);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first token of "Addis Ababa, " standing just before a country, or -1. An operation's name is no city:
    /// in "En la Operación Tesela, Colombia y Perú cooperaron" the country after the comma opens a clause.
    /// </summary>
    private int CityBefore(SentenceTokens sentence, int first)
    {
        if (first < 2 || sentence.Word(first - 1) is not ",")
        {
            return -1;
        }

        var start = first - 1;
        while (start - 1 >= 0 && first - 1 - (start - 1) <= MaxCityWords && sentence.Tokens[start - 1].IsCapitalized)
        {
            start--;
        }

        if (start == first - 1)
        {
            return -1;
        }

        // The run may stop at a lower-case operation word ("la operación Tesela, Colombia").
        for (var k = Math.Max(0, start - 1); k < first - 1; k++)
        {
            if (_operationWords.Contains(sentence, k))
            {
                return -1;
            }
        }

        return start;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Togolese investigators", "Togo's anti-drug agency": an authority noun right after a country's name, or after
    /// its possessive and up to two lower-case words of the body's field.
    /// </summary>
    private bool AuthorityAfter(SentenceTokens sentence, int next)
    {
        var k = next;
        if (k < sentence.Count && sentence.Word(k) is { Length: > 1 } word && Tokenizer.IsApostrophe(word[0]) && _possessive.Contains(word[1..]))
        {
            k++;
        }

        for (var end = Math.Min(sentence.Count, k == next ? k + 1 : k + MaxFieldWords + 1); k < end; k++)
        {
            if (_authorityNouns.Contains(sentence, k))
            {
                return true;
            }

            if (sentence.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false })
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An origin word from <paramref name="to"/> back to <paramref name="from"/>, read back no further than the clause's last punctuation.</summary>
    private bool OriginWordBetween(SentenceTokens sentence, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (_originFrom.Contains(sentence, k))
            {
                return true;
            }

            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    private bool IsCountryHere(SentenceTokens sentence, GazetteerEntry entry, int first, int length)
    {
        foreach (var rule in entry.AmbiguityRules)
        {
            if (RuleRejects(sentence, rule, first, length))
            {
                return false;
            }
        }

        return true;
    }

    private bool RuleRejects(SentenceTokens sentence, AmbiguityRule rule, int first, int length)
    {
        var after = first + length;
        switch (rule.Kind)
        {
            case "person":
                // "Michael Jordan", "Chad Smith": a capitalised word glued to the name, not a list or a sentence start.
                var before = first - 1;
                var nameBefore = before > 0 && sentence.Tokens[before].IsCapitalized && !IsListWord(sentence, before);
                var nameAfter = after < sentence.Count && sentence.Tokens[after].IsCapitalized;
                return nameBefore || nameAfter;
            case "before":
                return AnyWordAt(sentence, first - 1, rule.Words);
            case "after":
                return AnyWordAt(sentence, after, rule.Words);
            default:
                foreach (var phrase in rule.Words)
                {
                    if (Near(sentence, phrase, first - 5, after + 5))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    // Loops, not Any with a lambda: these run for every mention of a country with ambiguity rules.
    private static bool AnyWordAt(SentenceTokens sentence, int index, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (sentence.WordIs(index, word))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsListWord(SentenceTokens sentence, int index) => _nameBreakers.Contains(sentence, index);

    private static bool Near(SentenceTokens sentence, string phrase, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(sentence.Count, to); i++)
        {
            if (PhraseAt(sentence, i, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As <see cref="SentenceTokens.PhraseAt"/>, the phrase's words read in place rather than split into new strings each time.</summary>
    private static bool PhraseAt(SentenceTokens sentence, int index, string phrase)
    {
        var k = index;
        foreach (var word in phrase.AsSpan().Split(' '))
        {
            if (k >= sentence.Count || !sentence.Word(k).Equals(phrase.AsSpan()[word], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            k++;
        }

        return true;
    }
}

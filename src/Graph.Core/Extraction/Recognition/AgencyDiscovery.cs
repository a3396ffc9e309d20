using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Recognition;

/// <summary>
/// Finds agencies that are in no list from the shape of their name: a run of capitalised words
/// ending in a head noun ("Police Service", "Commission") and tied to a country, either inside the
/// name ("the Ghana Police Service") or by a possessive before it ("Kenya's Directorate of …").
/// A run that starts with a known agency is one of its sub-units and folds into it.
/// </summary>
internal sealed partial class AgencyDiscovery
{
    private const int ClauseReach = 2; // "in Brazil, the Federal Police": the comma and an article before the name
    // The agencies found in a sentence before they join its mentions: a list kept on the thread, not a new
    // one for each sentence that finds any.
    [ThreadStatic]
    private static List<Mention>? _found;

    private readonly WordSet _headEndings;
    private readonly WordSet _connectors;
    private readonly WordSet _leading;
    private readonly WordSet _nameLinkers;
    private readonly WordSet _and;
    private readonly WordSet _the;
    private readonly WordSet _possessiveEndings;
    private readonly string[] _possessiveEndingList;
    private readonly HashSet<string> _unitNames;
    private readonly HashSet<string> _unitLinkers;
    private readonly WordSet _in;
    private readonly CityCountries _cities;
    private readonly WordSet _seated;
    private readonly WordSet _force;
    private readonly WordSet _forceUnits;
    private readonly WordSet _forceDistricts;
    private readonly WordSet _dateWords;
    private readonly WordSet _numberSigns;
    private readonly WordSet _generic;
    private readonly WordSet _operationWords;
    private readonly WordSet _posts;
    private readonly ListedBodyNames _listed;
    private readonly PhraseSet _nonAgencyOpenings;

    public AgencyDiscovery(ExtractionKnowledge knowledge)
    {
        _listed = knowledge.ListedBodyNames;
        _nonAgencyOpenings = knowledge.Phrases(KnowledgeList.NonAgencyOpening);
        _lowerCaseSeatedOffices = knowledge.Phrases(KnowledgeList.SeatedOfficePhrase);
        _locatives = knowledge.Words(KnowledgeList.Locative);
        _seatedOfficeWords = knowledge.List(KnowledgeList.SeatedOffice).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _listedAgencies = knowledge.Agencies;
        _in = knowledge.Words(KnowledgeList.Locative);
        _cities = new CityCountries(knowledge);
        _seated = knowledge.Words(KnowledgeList.Seated);
        _seatedOffices = new WordSet(knowledge.List(KnowledgeList.SeatedOffice), StringComparer.Ordinal, knowledge.Mask(KnowledgeList.SeatedOffice), knowledge.Cues);
        _courtWords = knowledge.Words(StringComparer.Ordinal, KnowledgeList.Court);
        _pluralCourts = knowledge.Words(StringComparer.Ordinal, KnowledgeList.PluralCourt);
        _pluralCourtKinds = knowledge.Words(StringComparer.Ordinal, KnowledgeList.PluralCourtKind);
        _force = knowledge.Words(StringComparer.Ordinal, KnowledgeList.Force);
        _forceUnits = knowledge.Words(StringComparer.Ordinal, KnowledgeList.ForceUnit);
        _forceDistricts = knowledge.Words(StringComparer.Ordinal, KnowledgeList.ForceDistrict);
        _dateWords = knowledge.Words(StringComparer.Ordinal, KnowledgeList.DateWord);
        _numberSigns = knowledge.Words(StringComparer.Ordinal, KnowledgeList.NumberSign);
        _generic = knowledge.Words(StringComparer.Ordinal, KnowledgeList.GenericBodyWord);
        _operationWords = knowledge.Words(KnowledgeList.OperationWord);
        _posts = knowledge.Words(StringComparer.Ordinal, KnowledgeList.Post);
        // Every multi-word head ("Police Service") ends in a head word, so the last word decides.
        // With the vocabulary, a token whose id no word of a set has is answered without hashing its word.
        _headEndings = new WordSet(
            ExtractionKnowledge.HeadEndings(knowledge.List(KnowledgeList.Head)), StringComparer.Ordinal, knowledge.Cues.Mask(ExtractionKnowledge.HeadEndingList), knowledge.Cues);
        _connectors = new WordSet(knowledge.List(KnowledgeList.Connector), StringComparer.Ordinal, knowledge.Mask(KnowledgeList.Connector), knowledge.Cues);
        _leading = new WordSet(knowledge.List(KnowledgeList.LeadingFunction), StringComparer.Ordinal, knowledge.Mask(KnowledgeList.LeadingFunction), knowledge.Cues);
        _nameLinkers = knowledge.Words(KnowledgeList.NameLinker);
        _and = knowledge.Words(KnowledgeList.Conjunction);
        _the = knowledge.Words(KnowledgeList.DefiniteArticle);
        _possessiveEndings = knowledge.Words(KnowledgeList.Possessive);
        _possessiveEndingList = [.. knowledge.List(KnowledgeList.Possessive)];
        _unitNames = new HashSet<string>(knowledge.List(KnowledgeList.ForceUnit), StringComparer.Ordinal);
        _unitLinkers = new HashSet<string>(knowledge.List(KnowledgeList.NameLinker).Concat(knowledge.List(KnowledgeList.DefiniteArticle)), StringComparer.Ordinal);
    }

    /// <summary>Adds the agencies discovered in the sentence to its mentions, kept in text order.</summary>
    public void Discover(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered)
    {
        // A name is taken only with a head word in it (HasHead): a sentence without one has no
        // capitalised run worth reading. The head endings' own cue bit settles it: they are words of letters,
        // so a token of one is a word, and carries the bit, whatever its case. A post that names a seated office
        // ("the Public Prosecutor of Chania") opens the sentence to the search as a head word does.
        if (!_headEndings.MayOccurIn(sentence) && !_seatedOffices.MayOccurIn(sentence))
        {
            return;
        }

        List<Mention>? found = null;
        var kept = _found ??= [];
        for (var next = 0; NextCapitalisedRun(sentence, mentions, ref next, out var first, out var end);)
        {
            if (end - first < 2)
            {
                // One capitalised word names no agency of its own, unless a country's possessive gives it one ("Mexico's Navy").
                if (OneWordBody(sentence, mentions, first) is { } body)
                {
                    (found ??= Emptied(kept)).Add(body);
                }

                continue;
            }

            var start = first;
            while (start < end && (_leading.Contains(sentence, start) || _connectors.Contains(sentence, start)) && !OpensAPlace(sentence, start))
            {
                start++;
            }

            start = AfterCountryOfSeatedCourt(sentence, mentions, start, end);

            // "Regional Court in Ostrava": the run read on through "in"; the city after it is where the body sits.
            var (named, cityAfter) = (end, 0);
            var seat = CityEnding(sentence, start, ref named, ref cityAfter);
            // A known agency just before is the parent of a unit ("Europol's European Cybercrime Centre"), unless
            // "and" or a list's comma joins them as two bodies ("Border Force, Greater Manchester Police and …").
            var parentFrom = start > 0 && (_and.Contains(sentence, start - 1) || sentence.Word(start - 1) is ",") ? start : start - 2;
            if (named - start < 2)
            {
                continue;
            }

            // A known agency in or just before the run leaves it to that agency, whatever the run's shape: asked first, as it is the cheapest.
            if (AgencyNear(mentions, parentFrom, named))
            {
                continue;
            }

            var district = ForceDistrict(sentence, start, named);
            var headed = district || (HasHead(sentence, start, named) && !PluralCourtOfNoLaw(sentence, named)) || SeatedOfficeOfCity(sentence, start, named);
            if (!headed && named - start >= 4 && ListedWithCountryAfter(sentence, mentions, start, named) is { } listedWhole)
            {
                var (entry, from) = listedWhole;
                var whole = sentence.SpanOf(from, named - from);
                (found ??= Emptied(kept)).Add(new Mention(entry.ActorId, ActorKind.Agency, from, named - from, whole, sentence.Span, false, entry));
                continue;
            }

            // "Operation Windward Guard" names an operation, not a guard; so does a name set wholly in quotes ('"Steppe Guard", a joint operation').
            if (!headed || _operationWords.Contains(sentence, start) || Quoted(sentence, start, named) || YearEnds(sentence, named) || NamesAPost(sentence, start, named) || TitleInBodyStyle(sentence, start, named) || _nonAgencyOpenings.MatchAt(sentence, start) > 0)
            {
                continue;
            }

            end = named;
            if (UnitOfPossessedBody(sentence, mentions, end))
            {
                continue; // "the Anti-Fraud Department of Kuwait's Ministry of Interior" is a unit of the ministry, named after it
            }

            var inside = CountryInside(mentions, start, end) ?? CityInside(sentence, start, end);
            var possessor = inside is null ? CountryByPossessive(sentence, mentions, start) : null;
            var owner = possessor ?? (inside is null ? CountryBeforeColon(sentence, mentions, start) ?? CountryOpening(sentence, mentions, start) : null);
            var country = inside ?? CountryCode(owner) ?? seat ?? CityAfter(sentence, mentions, end, out cityAfter);
            var seated = Seated(sentence, start, end);
            if (country is null ? ParentAfter(sentence, mentions, end)
                : CountryInside(mentions, start, end) is null && owner is null && !seated && !HoldsForceWord(sentence, start, end))
            {
                continue; // a city ties only a court, a police force ("Kunming Public Security Bureau") or a prosecutor to its country, not a hospital
            }

            // "Westminster Magistrates' Court", "Ministry of National Security", "Assets Recovery Agency", "the Attorney
            // General's Office": a body whose name ties it to no country the lists know is still a body the report names;
            // the report's own country is given to it once the whole report is read (CountrylessBodies), and one that is
            // not seated in a city, or names only its kind, is dropped when the report has no clear country of its own.

            // "Drug Crime Investigation Division of Quang Ninh Provincial Police": the unit is the force named after it, and
            // its own name is one more name of that force.
            var force = ForceAfterUnit(sentence, mentions, start, end);
            var span = sentence.SpanOf(force, end - force);
            var name = span.Slice(sentence.Text);

            // "Peru's National Police": the listed "National Police of Peru", named by its possessor and the rest of its name;
            // "Norway's Troms Police District": the listed Norwegian police, named by its force word.
            if (country is not null && cityAfter == 0 && (district ? _listed.Find(country, sentence.Word(end - 2))
                : inside is null ? _listed.Find(country, name) ?? _listed.FindParentOfUnit(country, name, _unitNames, _unitLinkers)
                : NameBeforeClosingCountry(sentence, mentions, force, end) is { } before ? _listed.Find(country, before) : null) is { } listed)
            {
                (found ??= Emptied(kept)).Add(new Mention(listed.ActorId, ActorKind.Agency, start, end - start, span, sentence.Span, false, listed));
                continue;
            }

            // "Korea's National Police Agency" and "Japan's National Police Agency" are two bodies:
            // a name that does not say its country gets it in its id, and the form the text wrote
            // that does ("Mexico's Financial Intelligence Unit", "Public Prosecutor's Office in Vienna") as an alias.
            // Two cities' offices of one name ("Public Prosecutor's Office in Munich", "… in Stuttgart") are two bodies: the seat
            // joins the id, and the name with its seat is an alias.
            var withSeat = cityAfter > 0 ? sentence.SpanOf(force, end - force + cityAfter).Slice(sentence.Text) : name;
            var id = "agency:" + Slug.Of(inside is null && country is not null ? country + " " + withSeat : withSeat);
            if (!discovered.ContainsKey(id)) // the first naming describes it; later ones need no description built
            {
                string[] aliases = possessor is { } ownerMention ? [name, sentence.Text[ownerMention.Span.Start..span.End]]
                    : cityAfter > 0 ? [name, withSeat]
                    : force > start ? [name, sentence.SpanOf(start, end - start).Slice(sentence.Text)]
                    : [name];
                discovered.Add(id, new Actor(id, ActorKind.Agency, name, country, aliases));
            }

            // The mention reaches over the seat, so what the body does is read after it.
            var written = end - start + cityAfter;
            (found ??= Emptied(kept)).Add(new Mention(id, ActorKind.Agency, start, written, sentence.SpanOf(start, written), sentence.Span, false));
        }

        if (_seatedOffices.MayOccurIn(sentence))
        {
            AddLowerCaseSeats(sentence, mentions, discovered, kept, ref found);
        }

        if (found is not null)
        {
            mentions.AddRange(found);
            mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>
    /// '"Steppe Guard"', '« Garde Côtière 2 »': a quote just before the run and a closing one just after it. Writers quote a code
    /// name, never a body's name, so a quoted name with a body's head word in it is an operation's.
    /// </summary>
    private static bool Quoted(SentenceTokens sentence, int start, int end) =>
        start > 0 && end < sentence.Count && sentence.Word(start - 1) is "\"" or "\u201C" or "\u00AB" or "'" or "\u2018"
        && sentence.Word(end) is "\"" or "\u201D" or "\u00BB" or "'" or "\u2019";

    /// <summary>
    /// Session 36: "during Baltic Customs 2026, a joint exercise", "Mekong Police 2025": a year written right after the name makes it
    /// an event's (an exercise's or an operation's, as "Pangea 2025" is); a body's name carries no year.
    /// </summary>
    private static bool YearEnds(SentenceTokens sentence, int end) =>
        end < sentence.Count && sentence.Tokens[end] is { Kind: TokenKind.Number, Length: 4 } && sentence.Word(end) is ['1' or '2', _, _, _];

    /// <summary>
    /// "the Los Angeles County Sheriff's Department", "The Hague District Court": a function word that opens the name of a
    /// city the lists know (a Spanish or English article in it) is the place's first word, not a word before the body's name.
    /// </summary>
    private bool OpensAPlace(SentenceTokens sentence, int start) =>
        sentence.Tokens[start].IsCapitalized && _cities.CountryAt(sentence, start, out var length) is not null && length > 1;

    private static List<Mention> Emptied(List<Mention> kept)
    {
        kept.Clear();
        return kept;
    }

    /// <summary>
    /// A head word at the end ("Ghana Police Service"), or one followed by "of"/"for" and more of the
    /// name ("Attorney's Office for the Eastern District of New York").
    /// </summary>
    private bool HasHead(SentenceTokens sentence, int start, int end)
    {
        if (_headEndings.Contains(sentence, end - 1))
        {
            return true;
        }

        // The head may open the name ("Ministry of Internal Affairs", "Service for Combating Drug Trafficking"),
        // or end the first of two joined names of one body ("Vanuatu Customs and Inland Revenue"), or come before its number ("Court No. 2").
        for (var k = start; k < end - 2; k++)
        {
            if (_headEndings.Contains(sentence, k) && (_nameLinkers.Contains(sentence, k + 1) || _and.Contains(sentence, k + 1) || _numberSigns.Contains(sentence, k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Anti-Narcotics Unit of the Lagos State Police Command", "Economic Crime Division of the Police of Lao Cai Province": where
    /// a unit's last word ("Unit", "Division") comes before "of" and a force named for a place the lists know follows (a body's
    /// name with a word of a force's name and a city, province or country in it), the first token of that force;
    /// <paramref name="start"/> when the run names no unit of a force ("Central Directorate for Immigration and Border Police").
    /// </summary>
    private int ForceAfterUnit(SentenceTokens sentence, List<Mention> mentions, int start, int end)
    {
        for (var k = start + 1; k < end - 2; k++)
        {
            if (!_nameLinkers.Contains(sentence, k) || !_forceUnits.Contains(sentence, k - 1))
            {
                continue;
            }

            var force = _the.Contains(sentence, k + 1) ? k + 2 : k + 1;
            if (end - force >= 2 && HasHead(sentence, force, end) && HoldsForceWord(sentence, force, end)
                && (CityInside(sentence, force, end) ?? CountryInside(mentions, force, end)) is not null)
            {
                return force;
            }
        }

        return start;
    }

    /// <summary>
    /// "State Committee for National Security of the Kyrgyz Republic": the words before the linker when the name ends in one
    /// and its country, which may be written in a form no listed name uses; null when the name does not end so.
    /// </summary>
    private string? NameBeforeClosingCountry(SentenceTokens sentence, List<Mention> mentions, int start, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != ActorKind.Country || mention.EndToken != end)
            {
                continue;
            }

            var linker = mention.FirstToken - 1;
            linker -= linker > start && _the.Contains(sentence, linker) ? 1 : 0;
            return linker - start >= 2 && _nameLinkers.Contains(sentence, linker) ? sentence.SpanOf(start, linker - start).Slice(sentence.Text) : null;
        }

        return null;
    }

    /// <summary>"Troms Police District", "Stockholm Police Region": a place, a force word and a word of the force's areas last.</summary>
    private bool ForceDistrict(SentenceTokens sentence, int start, int end) =>
        end - start >= 3 && _forceDistricts.Contains(sentence, end - 1) && _force.Contains(sentence, end - 2);

    private bool HoldsForceWord(SentenceTokens sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (_force.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Commissioner of Police", "the Champawat Superintendent of Police": a post before "of" with no head noun
    /// before it names a person's post ("Office of the Director of Public Prosecutions" is a body).
    /// </summary>
    private bool NamesAPost(SentenceTokens sentence, int start, int end)
    {
        for (var k = start; k < end - 1; k++)
        {
            if (_headEndings.Contains(sentence, k))
            {
                return false;
            }

            if (_posts.Contains(sentence, k) && _nameLinkers.Contains(sentence, k + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Commander Defence Force", "Customs' Group Manager Investigations": a post at the run's opening, or first after
    /// its owner's possessive, before any head noun and followed by more capitalised words is a person's title in a body's
    /// style, no body; "Customs Head Office" (a head noun first) and "the Chief Prosecutor's Office" (a possessive after the
    /// post makes the rest the post-holder's body) stay bodies.
    /// </summary>
    private bool TitleInBodyStyle(SentenceTokens sentence, int start, int end)
    {
        var from = start;
        for (var k = start; k < end - 1; k++)
        {
            if (IsPossessive(sentence, k))
            {
                from = k + 1;
            }
        }

        for (var k = from; k < end - 1; k++)
        {
            if (_headEndings.Contains(sentence, k) || IsPossessive(sentence, k + 1) || _nameLinkers.Contains(sentence, k + 1))
            {
                return false;
            }

            if (_posts.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next run of capitalised words at or after <paramref name="i"/>, which moves past it.</summary>
    private bool NextCapitalisedRun(SentenceTokens sentence, List<Mention> mentions, ref int i, out int first, out int end)
    {
        var tokens = sentence.Tokens;
        while (i < tokens.Length && !tokens[i].IsCapitalized)
        {
            i++;
        }

        first = i;
        end = i + 1;
        if (i >= tokens.Length)
        {
            return false;
        }

        var j = i + 1;
        while (j < tokens.Length)
        {
            if (tokens[j].IsCapitalized)
            {
                end = ++j;
            }
            else if (NumberAfterSign(sentence, j) is > 0 and var numbered)
            {
                end = j = numbered; // "Investigating Court No. 2 of Vigo": the court's number is part of its name
            }
            else if (_and.Contains(sentence, j) && (_the.Contains(sentence, j + 1) || EndsAMention(mentions, j) || TwoSeatedForces(sentence, j)))
            {
                break; // "… Fraud Section and the U.S. Attorney's Office", "Kerala Police and Kent Police": two names, not one.
            }
            else if (_the.Contains(sentence, j) && EndsAMention(mentions, j))
            {
                break; // "in France the Gendarmerie's Central Office": a place, then the article that opens another name.
            }
            else if (_connectors.Contains(sentence, j) && j + 1 < tokens.Length && CountryAfterLinker(sentence, mentions, first, j) is > 0 and var countryEnd)
            {
                end = j = countryEnd; // "Gendarmerie of Guinea", "Police of the Cocos (Keeling) Islands": a country after "of" ends the name.
                break;
            }
            else if (_connectors.Contains(sentence, j) && j + 1 < tokens.Length && !_dateWords.Contains(sentence, j + 1)
                && !StartsAMention(mentions, j + 1))
            {
                j++; // "Police and Border Guard Board" is one name; "Police Agency and Japan's police" is two; "Court … on July 3" ends before the date
            }
            else if (IsPossessive(sentence, j) && j + 1 < tokens.Length && tokens[j + 1].IsCapitalized
                && !EndsAMention(mentions, j))
            {
                j++; // "Attorney's Office" is one name; "Kenya's Directorate" is a country and its agency.
            }
            else
            {
                break;
            }
        }

        i = Math.Max(end, i + 1);
        return true;
    }

    /// <summary>
    /// "Court No. 2", "Court Nr 5": the number after a capitalised number sign (its full stop stepped over) inside a name; the
    /// token after the number, or 0.
    /// </summary>
    private int NumberAfterSign(SentenceTokens sentence, int j)
    {
        var tokens = sentence.Tokens;
        var number = sentence.Word(j) is "." ? j + 1 : j;
        return j > 0 && number < tokens.Length && tokens[number].Kind == TokenKind.Number
            && tokens[j - 1].IsCapitalized && _numberSigns.Contains(sentence, j - 1) ? number + 1 : 0;
    }

    /// <summary>
    /// "Greater Manchester Police and Lancashire Constabulary": a seated head noun ("Police", "Court") before "and" and a
    /// place the lists know after it are two forces named by their areas, not one body's name.
    /// </summary>
    private bool TwoSeatedForces(SentenceTokens sentence, int and) =>
        and > 0 && _seated.Contains(sentence, and - 1) && and + 1 < sentence.Count && _cities.CountryAt(sentence, and + 1, out _) is not null;

    /// <summary>Whether a known agency overlaps the tokens from <paramref name="from"/> up to <paramref name="end"/>.</summary>
    private static bool AgencyNear(List<Mention> mentions, int from, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.FirstToken < end && mention.EndToken > from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// When the connector at <paramref name="j"/> is "of" or "for" (or "the" after one), a body's name runs from
    /// <paramref name="first"/> up to it, and a country's name starts just after it, the token after that name, which
    /// ends a body's name ("Police of the Republic of Armenia"), where "and" before a country would start another name;
    /// -1 otherwise.
    /// </summary>
    private int CountryAfterLinker(SentenceTokens sentence, List<Mention> mentions, int first, int j)
    {
        var linker = _nameLinkers.Contains(sentence, j) ? j : j > 0 && _the.Contains(sentence, j) && _nameLinkers.Contains(sentence, j - 1) ? j - 1 : -1;
        if (linker < 1 || FirstMentionAt(mentions, j + 1) is not { Kind: ActorKind.Country } country)
        {
            return -1;
        }

        // Only a body's name before "of" makes the country its end, its head last or opening it ("Directorate of Fisheries
        // of Iceland"), or a name the country's listed body has ("State Customs Committee of the Republic of Uzbekistan"):
        // "Members of the Jamaica Defence Force" reads on. Asked only once a country follows: reading the head is the dearer part.
        var headed = _headEndings.Contains(sentence, linker - 1) || (linker - first >= 3 && HasHead(sentence, first, linker));
        return (headed || (linker - first >= 2 && ListedBefore(sentence, first, linker, country) is not null)) ? country.EndToken : -1;
    }

    private static Mention? FirstMentionAt(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstToken == token)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>
    /// "State Customs Committee of the Republic of Uzbekistan", "Officers of the State Customs Committee of …": the listed
    /// body of the country mentioned after "of" whose name is the words up to the linker from <paramref name="first"/> or
    /// from just after an "of" or "the" inside them; null when the country lists none.
    /// </summary>
    private (GazetteerEntry Entry, int Start)? ListedBefore(SentenceTokens sentence, int first, int linker, Mention country)
    {
        if (CountryCode(country) is not { } code)
        {
            return null;
        }

        for (var k = first; k <= linker - 2; k++)
        {
            if ((k == first || _the.Contains(sentence, k - 1) || _nameLinkers.Contains(sentence, k - 1)) && sentence.Tokens[k].IsCapitalized
                && _listed.Find(code, NameSpan(sentence, k, linker)) is { } entry)
            {
                return (entry, k);
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> NameSpan(SentenceTokens sentence, int first, int end)
    {
        var span = sentence.SpanOf(first, end - first);
        return sentence.Text.AsSpan(span.Start, span.Length);
    }

    /// <summary>The listed body a whole run names as "listed name of [the] country" (see <see cref="ListedBefore"/>), or null.</summary>
    private (GazetteerEntry Entry, int Start)? ListedWithCountryAfter(SentenceTokens sentence, List<Mention> mentions, int start, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != ActorKind.Country || mention.EndToken != end)
            {
                continue;
            }

            var linker = mention.FirstToken - 1;
            linker -= linker > start && _the.Contains(sentence, linker) ? 1 : 0;
            return linker > start && _nameLinkers.Contains(sentence, linker) ? ListedBefore(sentence, start, linker, mention) : null;
        }

        return null;
    }

    /// <summary>
    /// "Cyber Crime Unit of Kenya's Directorate of Criminal Investigations": a name that ends at a country followed by its
    /// possessive and a body (known, or a name with a head word) is that body's unit, not a body of the country's own.
    /// </summary>
    private bool UnitOfPossessedBody(SentenceTokens sentence, List<Mention> mentions, int end)
    {
        if (end + 1 >= sentence.Count || !IsPossessive(sentence, end) || !EndsAMention(mentions, end))
        {
            return false;
        }

        // The body may be one the lists know, or one this reading finds next ("Kuwait's Ministry of Interior").
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.FirstToken <= end + 1 && mention.EndToken > end + 1)
            {
                return true;
            }
        }

        var next = end + 1;
        return NextCapitalisedRun(sentence, mentions, ref next, out var first, out var last) && first == end + 1 && HasHead(sentence, first, last);
    }

    /// <summary>"Cyber Police Department of the National Police of Ukraine": a known body after "of" is the name's parent.</summary>
    private bool ParentAfter(SentenceTokens sentence, List<Mention> mentions, int end)
    {
        if (!_nameLinkers.Contains(sentence, end))
        {
            return false;
        }

        var first = _the.Contains(sentence, end + 1) ? end + 2 : end + 1;
        foreach (var mention in mentions)
        {
            if (mention.FirstToken == first)
            {
                return mention.Kind == ActorKind.Agency;
            }
        }

        return false;
    }

    private static bool StartsAMention(List<Mention> mentions, int token)
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

    private static bool EndsAMention(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.EndToken == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The alpha-2 code of a country mention; null for none (the default mention).</summary>
    private static string? CountryCode(Mention? country) => country?.ActorId?["country:".Length..];

    private bool IsPossessive(SentenceTokens sentence, int index)
    {
        var word = sentence.Word(index);
        if (word.Length == 0 || !Tokenizer.IsApostrophe(word[0]))
        {
            return false;
        }

        if (word.Length > 1)
        {
            return _possessiveEndings.Contains(word[1..]);
        }

        // "Magistrates' Court", "the Philippines' police": a lone apostrophe that touches a word ending in the possessive's
        // own letters is that word's plural possessive; one after a space, or after any other word, is a quotation mark.
        var tokens = sentence.Tokens;
        if (index == 0 || tokens[index - 1].End != tokens[index].Start || tokens[index - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var before = sentence.Word(index - 1);
        foreach (var ending in _possessiveEndingList)
        {
            if (before.Length > ending.Length && before.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A loop, not Find with a lambda: this runs for every capitalised run, and the lambda's closure was allocated each time.
    private static string? CountryInside(List<Mention> mentions, int start, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Country && mention.FirstToken >= start && mention.EndToken <= end)
            {
                return CountryCode(mention);
            }
        }

        return null;
    }

    /// <summary>
    /// When the run ends in "in" and a city, the city's country; <paramref name="end"/> then moves before "in"
    /// and <paramref name="length"/> counts "in" and the city. A seated body's head noun right before the city does as "in"
    /// does ("Public Prosecutor's Office Stuttgart", the German order of "Staatsanwaltschaft Stuttgart").
    /// </summary>
    private string? CityEnding(SentenceTokens sentence, int start, ref int end, ref int length)
    {
        for (var k = start + 2; k < end - 1; k++)
        {
            if (_in.Contains(sentence, k) && _cities.CountryAt(sentence, k + 1, out var city) is { } code && k + 1 + city == end)
            {
                (length, end) = (1 + city, k);
                return code;
            }
        }

        for (var k = start + 2; k < end; k++)
        {
            if (_headEndings.Contains(sentence, k - 1) && Seated(sentence, start, k)
                && _cities.CountryAt(sentence, k, out var city) is { } code && k + city == end)
            {
                (length, end) = (city, k);
                return code;
            }
        }

        return null;
    }

    /// <summary>Whether the name holds a word of a body a city is the seat of ("Regional Court", "City Police", "Prosecutor's Office").</summary>
    private bool Seated(SentenceTokens sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (_seated.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a capitalised word of the name is more than a kind of body ("Westminster" in "Westminster Magistrates'
    /// Court"); "Police and Customs", "Federal Police", "Comptroller-General of Customs" name kinds or posts, no body.
    /// </summary>
    private bool NamesMoreThanItsKind(SentenceTokens sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (sentence.Tokens[k].IsCapitalized && !_headEndings.Contains(sentence, k) && !_seated.Contains(sentence, k) && !_generic.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The country of a city inside the name ("Vilnius Regional Court"), or null.</summary>
    private string? CityInside(SentenceTokens sentence, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (_cities.CountryAt(sentence, k, out var length) is { } code && k + length <= end)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>"the Public Prosecutor's Office in Vienna": the country of a city just after the name; <paramref name="length"/> counts "in" and the city.</summary>
    private string? CityAfter(SentenceTokens sentence, List<Mention> mentions, int end, out int length)
    {
        length = 0;
        if (!_in.Contains(sentence, end) || StartsAMention(mentions, end + 1) || _cities.CountryAt(sentence, end + 1, out var city) is not { } code)
        {
            return null;
        }

        length = 1 + city;
        return code;
    }

    /// <summary>
    /// The country a list line opens with, before a colon ("Slovakia: Criminal Office of the Financial
    /// Administration"): the bodies after it are that country's; null when the name does not follow one.
    /// </summary>
    private Mention? CountryBeforeColon(SentenceTokens sentence, List<Mention> mentions, int start)
    {
        // "Senegal: the Special Cybersecurity Division …": an article may stand between the colon and the name.
        var colon = start > 1 && _the.Contains(sentence, start - 1) ? start - 2 : start - 1;
        if (colon < 1 || sentence.Word(colon) is not ":")
        {
            return null;
        }

        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Country && mention.EndToken == colon)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>
    /// The country a sentence opens with before a comma ("In neighbouring Benin, the Central Office for …"): a body named
    /// after it with no country of its own is that country's; null when the sentence does not open so.
    /// </summary>
    private Mention? CountryOpening(SentenceTokens sentence, List<Mention> mentions, int start)
    {
        // The nearest opening counts: "In Portugal, …; and in Brazil, the Federal Police …" gives the police Brazil.
        if (ClauseOpening(sentence, mentions, start) is { } clause)
        {
            return clause;
        }

        if (start < 3 || !_in.Contains(sentence, 0))
        {
            return null;
        }

        foreach (var mention in mentions)
        {
            if (mention.FirstToken > 3 || mention.EndToken >= start)
            {
                break;
            }

            if (mention.Kind == ActorKind.Country && sentence.Word(mention.EndToken) is ",")
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>
    /// "…; and in Brazil, the Federal Police served nine warrants": a clause after a semicolon that opens with "in", a
    /// country and a comma gives the body named just after it that country, as a sentence's opening does.
    /// </summary>
    private Mention? ClauseOpening(SentenceTokens sentence, List<Mention> mentions, int start)
    {
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.EndToken >= start)
            {
                continue;
            }

            if (mention.Kind != ActorKind.Country || sentence.Word(mention.EndToken) is not "," || start - mention.EndToken > ClauseReach
                || !_in.Contains(sentence, mention.FirstToken - 1))
            {
                return null;
            }

            var k = mention.FirstToken - 2;
            k -= k >= 0 && _and.Contains(sentence, k) ? 1 : 0;
            return k >= 0 && sentence.Word(k) is ";" ? mention : null;
        }

        return null;
    }

    /// <summary>
    /// "Mexico's Navy", "Thailand's Customs": a head word alone after a country's possessive is the country's listed body
    /// whose name is that word with the country or its demonym ("Mexican Navy"); null when the country lists none or two.
    /// </summary>
    private Mention? OneWordBody(SentenceTokens sentence, List<Mention> mentions, int word)
    {
        if (!_headEndings.Contains(sentence, word) || CountryCode(CountryByPossessive(sentence, mentions, word)) is not { } country
            || _listed.Find(country, sentence.Word(word).ToString()) is not { } listed)
        {
            return null;
        }

        var span = sentence.SpanOf(word, 1);
        return new Mention(listed.ActorId, ActorKind.Agency, word, 1, span, sentence.Span, false, listed);
    }

    /// <summary>The country mention a possessive ties the name to ("Kenya's Directorate …"), or null.</summary>
    private static Mention? CountryByPossessive(SentenceTokens sentence, List<Mention> mentions, int start)
    {
        if (start < 2 || !sentence.Word(start - 1).StartsWith("'") && !sentence.Word(start - 1).StartsWith("\u2019"))
        {
            return null;
        }

        // A loop rather than FindIndex with a lambda, whose captured start was a new object at every call, possessive or not.
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Country && mention.EndToken == start - 1)
            {
                return mention;
            }
        }

        return null;
    }
}

using System.Collections.Frozen;
using System.Globalization;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Reads the figures a report states: arrests ("20 people were arrested", "arrested seven
/// suspects", "1,006 arrests"), countries taking part ("spanned 12 countries"), victims and
/// suspects identified, seizures. Totals win over partial counts: the largest arrest figure is kept,
/// where several counts of one sentence with no word making one a part of another ("Thai officers
/// arrested six and their Malaysian counterparts four") count as their sum, and so do the places
/// a count goes on to after it ("detuvieron a once personas en España, a cinco en Portugal y a dos en
/// Francia"). A sentence that counts
/// "since 2020" is a running tally, not this event's figures.
/// </summary>
internal sealed partial class FigureReader
{
    private const int MaxPlaceOpening = 4; // "En los Países Bajos,": the words of a place name after the opening place word
    private const int MaxVerbReachOfPeople = 8;
    private const int MaxAside = 12;
    private const int MaxComplement = 7;
    private const int MaxPartitiveWords = 2;
    private const int MaxPartitiveWordLength = 3;
    private const int MaxAuxiliaryReach = 3; // "were later detained", "have since been arrested"
    private const int MaxListOpening = 4; // "The skipper and": the words a list of people may take before its counted member
    private const int MaxWordsBeforePlace = 4; // "seven suspects were arrested in Mombasa": the noun and the verb group before the place
    private const int MaxLongSubject = 40; // "Four suspects, three of them … who collected payments, were arrested": a subject's asides before its passive
    private const int ShortLinkLength = 4; // "into", "en": the word between a participle and the custody it puts one person in
    private const int MaxSubjectOpening = 3; // "Près d'une vingtaine de personnes": the words before a subject's count
    private const int MaxNameWords = 3; // "arrested Mateo Ruelas Garza and two co-defendants": the words of a person's name
    private const int MaxShortAside = 4; // "ont interpellé, lundi, sept individus": an aside between an arrest verb and its count
    private const int MaxAmongWords = 3; // "parmi les personnes interpellées": the words between "among" and the arrest word
    private const int MaxWarrantWords = 2; // "6 preventive arrest warrants": words between a count and its warrant phrase
    private const int MaxSingularLength = 24; // the longest person noun looked up in its plural
    private const int MaxPrepositionLength = 4; // "avec", "with", "con", "com": the word opening a phrase about a whole
    private const int MaxTotalReach = 10; // "O total de detidos nas duas jurisdições é de 40": the words between a total's arrest word and its number
    private readonly NumberReader _numbers;
    private readonly WordSet _arrestWords;
    private readonly WordSet _arrestInfinitives;
    private readonly WordSet _charged;
    private readonly WordSet _suspicion;
    private readonly WordSet _arrestNouns;
    private readonly WordSet _arrestCompanions;
    private readonly WordSet _arrestAuxiliaries;
    private readonly WordSet _countryWords;
    private readonly WordSet _victimNouns;
    private readonly WordSet _victimVerbs;
    private readonly WordSet _seizureWords;
    private readonly WordSet _suspects;
    private readonly WordSet _currencies;
    private readonly WordSet _and;
    private readonly CueBits _numberGate;
    private readonly CueBits _numberOrShapeGate; // a number word, or a token with digits or a hyphen (see CueVocabulary.NumberShaped)
    private readonly WordSet _identified;
    private readonly WordSet _since;
    private readonly PhraseSet _periods;
    private readonly WordSet _durations;
    private readonly WordSet _parts;
    private readonly WordSet _total;
    private readonly WordSet _whole;
    private readonly WordSet _partitive;
    private readonly WordSet _the;
    private readonly WordSet _totalNouns;
    private readonly WordSet _places;
    private readonly WordSet _from;
    private readonly WordSet _oneArticles;
    private readonly WordSet _moreAfter;
    private readonly WordSet _moreBefore;
    private readonly WordSet _ordinals;
    private readonly PhraseSet _parallel;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ordinalValues;
    private readonly CueBits _arrestGate;
    private readonly WordSet _quantities;
    private readonly WordSet _negation;
    private readonly WordSet _warrants;
    private readonly WordSet _served;
    private readonly WordSet _relatives;
    private readonly WordSet _onePerson;
    private readonly WordSet _perfect;
    private readonly WordSet _singularAuxiliaries;
    private readonly WordSet _onePassive;
    private readonly WordSet _oneNot;
    private readonly WordSet _among;
    private readonly WordSet _pluralNouns;
    private readonly WordSet _earlier;
    private readonly WordSet _kept;
    private readonly WordSet _keptBefore;
    private readonly WordSet _keptNot;
    private readonly WordSet _memberNouns;
    private readonly WordSet _backReference;

    // The uncued lists' bits in a sentence's EventWords: a pass that needs one of their words is not tried without it.
    private static readonly uint SinceWords = EventWords.Bit(KnowledgeList.TallySince);
    private static readonly uint PeriodWords = EventWords.Bit(KnowledgeList.TallyPeriod);
    private static readonly uint TotalWords = EventWords.Bit(KnowledgeList.ArrestTotal);
    private static readonly uint TotalNounWords = EventWords.Bit(KnowledgeList.ArrestTotalNoun);
    private readonly EventWords _words;

    public FigureReader(ExtractionKnowledge knowledge)
    {
        _numbers = new NumberReader(knowledge);
        _words = knowledge.EventWords;
        _arrestWords = knowledge.Words(KnowledgeList.Arrests);
        _arrestInfinitives = knowledge.Words(KnowledgeList.ArrestInfinitive);
        _charged = knowledge.Words(KnowledgeList.ArrestCharged);
        _suspicion = knowledge.Words(KnowledgeList.ArrestSuspicion);
        _arrestNouns = knowledge.Words(KnowledgeList.ArrestNouns);
        _arrestCompanions = knowledge.Words(KnowledgeList.ArrestCompanions);
        _arrestAuxiliaries = knowledge.Words(KnowledgeList.ArrestAuxiliaries);
        _countryWords = knowledge.Words(KnowledgeList.Countries);
        _victimNouns = knowledge.Words(KnowledgeList.Victims);
        _victimVerbs = knowledge.Words(KnowledgeList.VictimsVerbs);
        _seizureWords = knowledge.Words(KnowledgeList.Seizures);
        _identified = knowledge.Words(KnowledgeList.SuspectsVerbs);
        _suspects = knowledge.Words(KnowledgeList.SuspectNouns);
        _currencies = knowledge.Words(StringComparer.Ordinal, KnowledgeList.Currency);
        _and = knowledge.Words(KnowledgeList.Conjunction);
        _numberGate = knowledge.Mask(KnowledgeList.Units);
        _numberOrShapeGate = _numberGate | CueVocabulary.NumberShaped;
        _since = knowledge.Words(KnowledgeList.TallySince);
        _periods = knowledge.Phrases(KnowledgeList.TallyPeriod);
        _durations = knowledge.Words(KnowledgeList.Durations);
        _parts = knowledge.Words(KnowledgeList.ArrestParts);
        _the = knowledge.Words(KnowledgeList.DefiniteArticle);
        _total = knowledge.Words(KnowledgeList.ArrestTotal);
        _whole = knowledge.Words(KnowledgeList.ArrestWhole);
        _partitive = knowledge.Words(KnowledgeList.ArrestPartitive);
        _totalNouns = knowledge.Words(KnowledgeList.ArrestTotalNoun);
        _places = knowledge.Words(KnowledgeList.ArrestPlace);
        _from = knowledge.Words(KnowledgeList.Ablative);
        _oneArticles = knowledge.Words(KnowledgeList.OneArticles);
        _moreAfter = knowledge.Words(KnowledgeList.ArrestMoreAfter);
        _moreBefore = knowledge.Words(KnowledgeList.ArrestMoreBefore);
        var ordinals = knowledge.List(KnowledgeList.Ordinals)
            .Select(item => (Word: item[..item.LastIndexOf(' ')], Value: int.Parse(item[(item.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))
            .DistinctBy(o => o.Word, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(o => o.Word, o => o.Value, StringComparer.OrdinalIgnoreCase);
        _parallel = knowledge.Phrases(KnowledgeList.ArrestParallel);
        _ordinals = new WordSet(ordinals.Keys, StringComparer.OrdinalIgnoreCase, vocabulary: knowledge.Cues);
        _ordinalValues = ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
        _arrestGate = knowledge.Mask(KnowledgeList.Arrests);
        _quantities = knowledge.Words(KnowledgeList.QuantityUnits);
        _negation = knowledge.Words(KnowledgeList.ArrestNegation);
        _warrants = knowledge.Words(KnowledgeList.ArrestWarrant);
        _served = knowledge.Words(KnowledgeList.WarrantServed);
        _ordered = knowledge.Words(KnowledgeList.ArrestOrdered);
        _dateWords = knowledge.Words(StringComparer.Ordinal, KnowledgeList.DateWord);
        _operationWords = knowledge.Words(KnowledgeList.OperationWord);
        _relatives = knowledge.Words(KnowledgeList.RelativePronoun);
        _onePerson = knowledge.Words(KnowledgeList.ArrestOne);
        _perfect = knowledge.Words(KnowledgeList.PerfectAuxiliary);
        _singularAuxiliaries = knowledge.Words(KnowledgeList.ArrestSingularAuxiliaries);
        _pluralNouns = knowledge.Words(KnowledgeList.ArrestPluralNouns);
        _earlier = knowledge.Words(KnowledgeList.ArrestEarlier);
        _kept = knowledge.Words(KnowledgeList.ArrestKept);
        _keptBefore = knowledge.Words(KnowledgeList.ArrestKeptBefore);
        _keptNot = knowledge.Words(KnowledgeList.ArrestKeptNot);
        _memberNouns = knowledge.Words(KnowledgeList.MemberNoun);
        _backReference = knowledge.Words(KnowledgeList.FigureBackReference);
        _onePassive = knowledge.Words(KnowledgeList.ArrestOnePassive);
        _oneNot = knowledge.Words(KnowledgeList.ArrestOneNot);
        _among = knowledge.Words(KnowledgeList.ArrestAmong);
        _agentMarkers = knowledge.Words(KnowledgeList.AgentMarker);
        _agentArticles = knowledge.Words(KnowledgeList.AgentArticle);
        _authorities = knowledge.Words(KnowledgeList.Authority);
    }

    /// <param name="sentences">The sentences that tell of the event.</param>
    /// <param name="language">The report's language, whose own number words are read too (see <see cref="NumberReader"/>).</param>
    /// <param name="sides">The bodies each sentence names, which tell one side's arrests from another's; empty when unknown.</param>
    public Dictionary<string, int> Read(ReadOnlySpan<SentenceTokens> sentences, string? language = null, ArrestSides sides = default)
    {
        var figures = new Dictionary<string, int>(StringComparer.Ordinal);
        var own = _numbers.OwnUnitWords(language);
        var last = 0L; // the last arrest count read, in this sentence or an earlier one: what "two more" adds to
        var totalSeen = false; // a total was stated: arrests told in parallel after it are parts of it
        var stated = 0L; // the largest total stated: a count that adds to a smaller count after it adds to one of its parts
        var lastPlaced = -1; // the last sentence with arrests, when it told where they were made ("21 detenidos en Cádiz"); else -1
        var charged = 0L; // the largest count of people charged ("Three men have been charged")
        var noneArrested = false; // a sentence denied the event's arrests before any count was read
        var summed = 0L; // the last sum of parts kept ("sete na Bélgica, cinco em Bruxelas e dois em Antuérpia"): a total stated later wins over it
        var warrantsCounted = false; // a count of arrest warrants was read, served or not: a bare count served later counts them
        var served = 0L; // the largest count of arrest warrants served ("Foram cumpridos 5 mandados de prisão"): the arrests when none is stated
        var ordered = 0L; // the largest count of arrests ordered ("ordered the arrest of 40"): the arrests when none is stated
        var arrestsLast = false; // the last figure the text gave was the arrests: what "la cifra se elevó a once" updates
        var firstCounted = -1; // the first sentence that told an arrest count (see AnotherSideArrests)
        var lastPlace = -1; // the token naming the place of sentence lastPlaced's count ("in Kampala"), or -1 (see FigureReader.PlacedSides.cs)
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            // "Ninguém foi preso", "No arrests were made": with no count read, the event's arrests are denied, and a later
            // sentence naming another year tells another case's ("Em 2025, uma operação … resultou na detenção de sete pescadores").
            noneArrested |= last == 0 && served == 0 && !noneArrested && sentence.AllCues.Overlaps(_arrestGate) && DeniesAnArrest(sentence);
            var listed = 0U; // which uncued lists the sentence may hold a word of (see EventWords), read at its first count
            // No number word, no digits; a language's own number words are looked for only where arrests are told.
            // After a count, a sentence that tells arrests is read too: it may add one person arrested in parallel.
            // After the arrests, so is one whose noun of a figure may update them ("Ayer la cifra se elevó a once").
            if (!sentence.AllCues.Overlaps(_numberOrShapeGate) && ((own is null && last == 0)
                || (!sentence.AllCues.Overlaps(_arrestGate) && !(own is not null && arrestsLast && (_words.Of(sentence) & TotalNounWords) != 0))))
            {
                continue;
            }

            // "Last year the same unit had arrested more than 150 people": once the event's count is read, a later sentence that
            // tells its arrests as done before the event tells an earlier operation's; only a count that adds to the event's
            // ("By Friday officers had arrested three more") is read in it. A sentence naming another year tells one after the
            // event's warrants served too ("Em 2025, uma ação … resultou em nove prisões"); a pluperfect there may still tell the
            // event's own arrests ("cinco dos seis alvos tinham sido presos").
            // "La première phase, menée en 2024, avait permis d'interpeller 12 convoyeurs": an infinitive tells arrests as well.
            // The infinitive is looked for only where a year may name another time: its list has no cue bit, so the words are walked.
            var earlier = (last > 0 || served > 0 || noneArrested)
                && (sentence.AllCues.Overlaps(_arrestGate) || (sentence.HasFourDigitNumber && HasAny(sentence, _arrestInfinitives)))
                && ((last > 0 && TellsAnEarlierArrest(sentence)) || ((last > 0 || served > 0 || noneArrested) && NamesAYearBeforeItsArrests(sentence)));
            var tokens = sentence.Tokens;
            var cues = sentence.Cues;
            var (ownVerbCounts, otherCounts, ownVerbSum) = (0, 0, 0L);
            var placed = false; // the last arrest count told its place ("once personas en España"), so counts of other places may follow
            var tallyRead = false;
            var tally = false; // the sentence is a running tally: none of its counts is this event's
            var best = 0L; // this sentence's arrests: its largest count, or the sum of its placed counts
            var before = last > 0 ? last : served; // what a count told in parallel or "two more" adds to
            var parallelBase = before > 0 && !totalSeen && (InParallel(sentence) || (lastPlaced >= 0 && OpensWithAnotherPlace(sentence, sentences[lastPlaced]))) ? before : 0;
            var sideBase = before > 0 && !totalSeen && parallelBase == 0 ? before : 0; // what another side's count adds to (see below)
            var addedToLast = false; // a count of the sentence added to the last ("three others"): its side adds nothing more
            var countedHere = false;
            var placedHere = false;
            var placeHere = -1; // the token naming the place of a placed count of this sentence
            var totalAfter = 0L; // a count the words of a whole follow ("seven in all"): the sentence's total
            var wholeNamed = false; // a part of a whole was counted ("siete de los nueve"): "the other two" are the rest of it
            var colonParts = false; // the arrests are broken down after a colon, with no count before it ("Las detenciones …: seis en …")
            var otherFigure = false; // the sentence gave a figure that is not the arrests (victims, seizures, countries)
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!MayBeCount(sentence, i, tokens[i], cues[i], own)
                    || _numbers.Read(sentence, i, language) is not { } number || IsNotACount(sentence, i, number.Value))
                {
                    continue;
                }

                // A running tally states none of this event's figures. Asked at the sentence's first count, before
                // anything is kept: a sentence with no count keeps nothing either way.
                if (!tallyRead)
                {
                    tallyRead = true;
                    listed = _words.Of(sentence);
                    if (((listed & SinceWords) != 0 && IsRunningTally(sentence)) || ((listed & PeriodWords) != 0 && CountsAPeriod(sentence)))
                    {
                        tally = true;
                        break;
                    }
                }

                var after = i + number.Tokens;
                var value = (int)Math.Min(number.Value, int.MaxValue);
                if (earlier && !AddsToTheLast(sentence, i, after))
                {
                    i = after - 1;
                    continue;
                }

                if (PartOfACount(sentence, after, language, own) is > 0 and var whole)
                {
                    // "detuvo a dos de los once sospechosos": a part of a count told elsewhere adds nothing to it, nor
                    // does the whole it names again. With no arrests counted before it, a part that its arrest verb follows
                    // ("cinco dos seis alvos tinham sido presos", "four of the nine targets were arrested") is the arrests.
                    if (last == 0 && !_and.Contains(sentence, after) && ArrestWordInClause(sentence, whole, MaxAuxiliaryReach + 2))
                    {
                        Keep(figures, FigureKeys.Arrests, value, largest: true);
                        last = value;
                        countedHere = true;
                    }

                    wholeNamed = true;
                    i = whole - 1;
                    continue;
                }

                // "four in Georgia and three in Armenia, seven in all", "28 en total", "onze au total": a count the words of a whole
                // follow is the total of the counts before it, in a sentence that tells arrests.
                if ((IsTotalAfter(sentence, after) || NamesTheNumberOfArrests(sentence, i, after)) && HasAny(sentence, _arrestWords))
                {
                    totalAfter = Math.Max(totalAfter, value);
                    i = after - 1;
                    continue;
                }

                // "two more were detained", "the other nine were arrested": a count that adds to the one told before it.
                // With no count before it, it is not the event's figure either way.
                if (AddsToTheLast(sentence, i, after))
                {
                    addedToLast = true;
                    // "prisión preventiva para siete de los nueve imputados y arresto domiciliario para los otros dos": after a part
                    // of a whole named in the sentence, the others are the rest of that whole and add no one.
                    if (wholeNamed)
                    {
                        i = after - 1;
                        continue;
                    }

                    // "Más de 20 personas fueron aprehendidas en total. … 13 aprehensiones …; otras ocho detenciones": after a stated
                    // total, a count that adds to a smaller count adds to one of its parts, and the sum is a part too.
                    var part = totalSeen && last < stated;
                    if (last > 0 || served > 0)
                    {
                        last = (last > 0 ? last : served) + value;
                        if (!part)
                        {
                            Keep(figures, FigureKeys.Arrests, (int)Math.Min(last, int.MaxValue), largest: true);
                        }
                    }
                }
                else if (IsArrestCount(sentence, i, after, out var ownVerb, out var onePersonListed))
                {
                    value += onePersonListed; // "a senior officer and two directors": the one person listed before the count
                    value += onePersonListed == 0 ? CountListedBefore(sentence, i, language, own) : 0;
                    value += ownVerb && onePersonListed == 0 ? OnePersonListedAfter(sentence, after) : 0;
                    var listEnd = after;
                    value += value == number.Value ? PeopleListedAfter(sentence, after, out listEnd) : 0;
                    Keep(figures, FigureKeys.Arrests, value, largest: true);
                    last = value;
                    best = IsPart(sentence, i, after) ? best : Math.Max(best, value);
                    (ownVerbCounts, otherCounts, ownVerbSum) = ownVerb ? (ownVerbCounts + 1, otherCounts, ownVerbSum + value) : (ownVerbCounts, otherCounts + 1, ownVerbSum);
                    placed = ownVerb && (PlaceFollows(sentence, after) || PlacedArrestWord(sentence, after));
                    countedHere = true;
                    var placedCount = PlaceNameFollows(sentence, after) || PlacedPastAnAside(sentence, after);
                    placedHere |= placedCount;
                    placeHere = placedCount && placeHere < 0 ? PlaceNameOf(sentence, after) : placeHere;
                    after = listEnd; // the list's later counts are its members, read with it
                }
                else if (!countedHere && PartAfterArrestColon(sentence, i, after))
                {
                    // "Las detenciones se concretaron el jueves: seis en Iquique y tres en Alto Hospicio": the first placed part
                    // of a breakdown the colon opens, the places after it adding to it.
                    Keep(figures, FigureKeys.Arrests, value, largest: true);
                    last = value;
                    best = Math.Max(best, value);
                    (ownVerbCounts, ownVerbSum) = (ownVerbCounts + 1, ownVerbSum + value);
                    placed = true;
                    colonParts = true;
                    countedHere = true;
                }
                else if (placed && IsPlacePart(sentence, i, after))
                {
                    (ownVerbCounts, ownVerbSum) = (ownVerbCounts + 1, ownVerbSum + value);
                }
                else if (OrderedArrestCount(sentence, i))
                {
                    ordered = Math.Max(ordered, value);
                }
                else if (IsChargedCount(sentence, i, after))
                {
                    charged = Math.Max(charged, value);
                }
                else if (WarrantsServed(sentence, i, after) is > 0 and var phraseEnd)
                {
                    // The warrants' places follow their phrase ("… e 14 mandados de busca nos estados de Goiás"): a sentence opening
                    // with another place afterwards tells arrests made beside them ("Em Portugal, a PJ … deteve dois suspeitos").
                    served = Math.Max(served, value);
                    countedHere = true;
                    placedHere = true;
                    after = phraseEnd;
                }
                else if (warrantsCounted && ServedWithoutNoun(sentence, after))
                {
                    // "Foram expedidos 16 mandados de prisão. Treze foram cumpridos": a bare count served after warrants were counted.
                    served = Math.Max(served, value);
                    countedHere = true;
                }
                else if (!warrantsCounted && WarrantPhraseEnd(sentence, after) > 0)
                {
                    warrantsCounted = true;
                }
                else if (Within(sentence, after, 3, _countryWords))
                {
                    Keep(figures, FigureKeys.Countries, value, largest: false);
                    otherFigure = true;
                }
                else if (Within(sentence, after, 3, _victimNouns)
                    && (Within(sentence, after, 10, _victimVerbs) || Within(sentence, Math.Max(0, i - 2), i - Math.Max(0, i - 2), _victimVerbs)))
                {
                    Keep(figures, FigureKeys.VictimsIdentified, value, largest: true);
                    otherFigure = true;
                }
                else if (Within(sentence, after, 3, _suspects) && Within(sentence, after, 8, _identified))
                {
                    Keep(figures, FigureKeys.SuspectsIdentified, value, largest: true);
                    otherFigure = true;
                }
                else if (Within(sentence, after, 2, _seizureWords))
                {
                    Keep(figures, FigureKeys.Seizures, value, largest: true);
                    otherFigure = true;
                }

                i = after - 1;
            }

            if (earlier)
            {
                continue;
            }

            // Session 35: "The master, a Chinese national, and two officers were arrested": the listed subject's members add up.
            if (!tally && sentence.AllCues.Overlaps(_arrestGate) && ListedSubjectArrested(sentence, language) is > 0 and var listedPeople)
            {
                Keep(figures, FigureKeys.Arrests, listedPeople, largest: true);
                last = Math.Max(last, listedPeople);
                best = Math.Max(best, listedPeople);
                countedHere = true;
            }

            // A colon opens a breakdown of the count before it ("Ten were arrested: one Zambian and nine …").
            if (ownVerbCounts > 1 && otherCounts == 0 && !HasAny(sentence, _parts) && (colonParts || !HasColon(sentence)))
            {
                Keep(figures, FigureKeys.Arrests, (int)Math.Min(ownVerbSum, int.MaxValue), largest: true);
                last = Math.Max(last, ownVerbSum);
                best = Math.Max(best, ownVerbSum);
                summed = ownVerbSum;
            }

            if (totalAfter > 0)
            {
                KeepTotal(figures, totalAfter, summed);
                last = Math.Max(last, totalAfter);
                totalSeen = true;
                stated = Math.Max(stated, totalAfter);
                best = 0;
                countedHere = true;
            }
            else if ((((listed & TotalWords) != 0 && (ownVerbCounts + otherCounts > 0 || HasAny(sentence, _arrestWords)) ? TotalStated(sentence, language) : null)
                ?? ((listed & TotalNounWords) != 0 && !tally ? NumberOfArrestsStated(sentence, language, arrestsLast && last > 0) : null)) is { } total)
            {
                KeepTotal(figures, total, summed);
                last = Math.Max(last, total);
                totalSeen = true;
                stated = Math.Max(stated, total);
                best = 0;
            }

            // "Separately, the Detective Branch arrested the alleged financier", "… detained five Guatemalans, while the Salvadoran
            // police arrested a man": in arrests told in parallel, each arrest of one person with no number adds one.
            if (parallelBase > 0)
            {
                best += PeopleArrestedOneByOne(sentence);
            }

            // "Simultaneously, on the territory of Italy, carabinieri arrested four persons": arrests told in parallel add to
            // the count before them.
            if (parallelBase > 0 && best > 0)
            {
                last = parallelBase + best;
                Keep(figures, FigureKeys.Arrests, (int)Math.Min(last, int.MaxValue), largest: true);
                summed = last;
            }

            // Session 35: "In Ghana, the Narcotics Control Commission arrested three accomplices": another side's own count adds to
            // the count before it (see AnotherSideArrests), unless the sentence states a total or adds "three others" itself; a count
            // no smaller than the one before may take it in ("… deteve dois suspeitos, totalizando 23 presos"), so only a smaller one adds.
            if (sideBase > 0 && best > 0 && !addedToLast && !totalSeen
                && ((best < sideBase && AnotherSideArrests(sentences, sides, s, firstCounted))
                    // Session 37: "… arrested four men in Motihari. Seven suspects … were arrested in Birgunj": another place's count.
                    || (placeHere >= 0 && lastPlaced >= 0 && lastPlace >= 0 && AnotherPlaceOfItsKind(sentences, sides, s, placeHere, lastPlaced, lastPlace))))
            {
                last = sideBase + best;
                Keep(figures, FigureKeys.Arrests, (int)Math.Min(last, int.MaxValue), largest: true);
                summed = last;
            }

            if (sentence.AllCues.Overlaps(_arrestGate) && OrdinalOfArrested(sentence, last) is > 0 and var ordinal)
            {
                Keep(figures, FigureKeys.Arrests, ordinal, largest: true);
            }

            lastPlace = !countedHere ? lastPlace : placedHere ? placeHere : -1;
            lastPlaced = !countedHere ? lastPlaced : placedHere ? s : -1;
            firstCounted = countedHere && firstCounted < 0 ? s : firstCounted;
            arrestsLast = countedHere || (arrestsLast && !otherFigure);
        }

        // "Foram cumpridos 5 mandados de prisão preventiva": with no count of people arrested stated, the warrants served are the arrests.
        if (served > 0 && !figures.ContainsKey(FigureKeys.Arrests))
        {
            figures[FigureKeys.Arrests] = (int)Math.Min(served, int.MaxValue);
        }

        // Session 37: "The prosecutors ordered the detention of 7 defendants": with no count of arrests made nor of warrants served,
        // the arrests ordered are the arrests.
        if (ordered > 0 && !figures.ContainsKey(FigureKeys.Arrests))
        {
            figures[FigureKeys.Arrests] = (int)Math.Min(ordered, int.MaxValue);
        }

        // "Three men have been charged … Police arrested the men in Sydney": the people charged are the people arrested, when
        // a sentence tells arrests with no count (with no arrest figure read, any sentence that tells arrests counted none) and
        // none denies them ("Neither man was taken into custody, and no arrests have been made").
        if (charged > 0 && !figures.ContainsKey(FigureKeys.Arrests) && AnyTellsArrests(sentences))
        {
            figures[FigureKeys.Arrests] = (int)Math.Min(charged, int.MaxValue);
        }

        // "The skipper was arrested", "Le passager … a été interpellé": with no count of arrests, no warrants served and no people
        // charged, each sentence that tells one person arrested is one arrest.
        if (served == 0 && charged == 0 && !figures.ContainsKey(FigureKeys.Arrests) && OnePersonArrestedEach(sentences, language) is > 0 and var ones)
        {
            figures[FigureKeys.Arrests] = ones;
        }

        return figures;
    }

    /// <summary>
    /// How many sentences open with one person (a determiner of one person, <c>arrest-one</c>, and a lower-case singular noun that
    /// is no thing that may be detained too, <c>arrest-one-not</c>) and tell, past any aside, an arrest word right after a singular
    /// passive auxiliary (<c>arrest-one-passive</c>) or a custody it is put in (see <see cref="IntoCustody"/>): "The skipper was arrested", "El conductor, de 34 años, fue detenido", "O
    /// proprietário da fazenda foi preso em flagrante"; an arrest denied tells none. A sentence listing such people before a
    /// plural passive tells each of them (see <see cref="ListedSubjectArrested"/>).
    /// </summary>
    private int OnePersonArrestedEach(ReadOnlySpan<SentenceTokens> sentences, string? language)
    {
        var ones = 0;
        foreach (var sentence in sentences)
        {
            if ((!sentence.AllCues.Overlaps(_arrestGate) && !HasAny(sentence, _kept)) || sentence.Count < 4
                || !_onePerson.Contains(sentence, 0) || !OnePersonNoun(sentence, 1) || _oneNot.Contains(sentence, 1))
            {
                continue;
            }

            // Session 35: "O mestre, angolano, e o maquinista, ganês, foram detidos": people listed one by one before a plural passive.
            if (ListedSubjectArrested(sentence, language) is > 0 and var listed)
            {
                ones += listed;
                continue;
            }

            for (var k = 3; k < sentence.Count; k++)
            {
                if ((IsArrestWord(sentence, k) && _onePassive.Contains(sentence, k - 1) || IntoCustody(sentence, k)) && !Denied(sentence, k))
                {
                    ones++;
                    break;
                }
            }
        }

        return ones;
    }

    /// <summary>
    /// "was taken into custody", "a été placé en garde à vue": an arrest word or a word of custody (<c>arrest-kept</c>, not before
    /// "hostage") after a singular passive auxiliary, a lower-case participle and one short lower-case word.
    /// </summary>
    private bool IntoCustody(SentenceTokens sentence, int k) =>
        k >= 3 && (IsArrestWord(sentence, k) || (_kept.Contains(sentence, k) && !(k + 1 < sentence.Count && _keptNot.Contains(sentence, k + 1))))
        && _onePassive.Contains(sentence, k - 3) && sentence.Tokens[k - 2] is { Kind: TokenKind.Word, IsCapitalized: false }
        && sentence.Tokens[k - 1] is { Kind: TokenKind.Word, IsCapitalized: false } && sentence.Word(k - 1).Length <= ShortLinkLength;

    /// <summary>
    /// "had arrested", "had since been detained", "habían sido detenidos", "tinham prendido", "avaient été interpellées": an arrest
    /// word with a word of <c>arrest-earlier</c> at most <see cref="MaxAuxiliaryReach"/> words before it, in its clause.
    /// </summary>
    private bool TellsAnEarlierArrest(SentenceTokens sentence)
    {
        for (var k = 1; k < sentence.Count; k++)
        {
            if (!IsArrestWord(sentence, k))
            {
                continue;
            }

            // "tinha resultado em 54 detenções", "had led to 30 arrests": the auxiliary governs the count before the arrest noun,
            // so its reach is counted from the count.
            var from = k - 1;
            while (from > 0 && MayBeNumber(sentence.Tokens[from], sentence.Cues[from]))
            {
                from--;
            }

            for (var j = from; j >= Math.Max(0, from - MaxAuxiliaryReach + 1); j--)
            {
                if (sentence.Tokens[j].Kind == TokenKind.Punctuation)
                {
                    break;
                }

                if (_earlier.Contains(sentence, j))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Eleven suspected smugglers were held", "Eleven people are being held", "Trois personnes sont en garde à vue": right after the
    /// count's people, a short verb group of <c>arrest-kept-before</c> ending in a word of custody (<c>arrest-kept</c>), which no
    /// other shape reads as an arrest ("held talks", "information held"); not "held hostage" (<c>arrest-kept-not</c>).
    /// </summary>
    private bool KeptAfterPeople(SentenceTokens sentence, int from)
    {
        var k = from;
        while (k < sentence.Count && k < from + MaxAuxiliaryReach && _keptBefore.Contains(sentence, k))
        {
            k++;
        }

        return k > from && k < sentence.Count && _kept.Contains(sentence, k) && !(k + 1 < sentence.Count && _keptNot.Contains(sentence, k + 1));
    }

    /// <summary>
    /// "In 2025, a first phase ended with seven arrests", "follows two earlier editions, in 2023 and 2024, which together led to 19
    /// arrests", "une opération de 2023 qui avait abouti à 12 arrestations": a sentence that names a year alone (not a day's date,
    /// "9 September 2025", "19 de enero de 2026") before its first arrest word tells of another year's events, not of the event
    /// the report tells day by day; read only once the event's count is kept.
    /// </summary>
    private bool NamesAYearBeforeItsArrests(SentenceTokens sentence)
    {
        for (var k = 0; k < sentence.Count; k++)
        {
            if (IsArrestWord(sentence, k) || _arrestInfinitives.Contains(sentence, k))
            {
                return false;
            }

            if (IsYearAlone(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in 2024", "a 2025 operation"; not "9 September 2025", "September 2025", "19 de enero de 2026", "2025-10-21", "Silver Tide 2025".</summary>
    private static bool IsYearAlone(SentenceTokens sentence, int k)
    {
        if (sentence.Tokens[k] is not { Kind: TokenKind.Number, Length: 4 } || sentence.Word(k) is not ['1' or '2', '0' or '9', _, _]
            || JoinedByHyphen(sentence, k) || (k > 0 && sentence.Tokens[k - 1].End == sentence.Tokens[k].Start))
        {
            return false;
        }

        // A month before the year, or before "de", "of" before it, makes the year part of a date; a capitalised word inside the
        // sentence, part of a name ("Silver Tide 2025", "Operation Harbour 2026").
        return k == 0 || !(IsMonth(sentence.Word(k - 1)) || (k > 1 && sentence.Word(k - 1).Length <= 2 && IsMonth(sentence.Word(k - 2)))
            || (k > 1 && sentence.Tokens[k - 1] is { Kind: TokenKind.Word, IsCapitalized: true }));
    }

    /// <summary>"Ninguém foi preso", "No arrests were made": an arrest word of the sentence that is denied.</summary>
    private bool DeniesAnArrest(SentenceTokens sentence)
    {
        for (var k = 0; k < sentence.Count; k++)
        {
            if (IsArrestWord(sentence, k) && Denied(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyTellsArrests(ReadOnlySpan<SentenceTokens> sentences)
    {
        var told = false;
        foreach (var sentence in sentences)
        {
            if (!sentence.AllCues.Overlaps(_arrestGate))
            {
                continue;
            }

            for (var k = 0; k < sentence.Count; k++)
            {
                if (!IsArrestWord(sentence, k))
                {
                    continue;
                }

                if (Denied(sentence, k))
                {
                    return false;
                }

                told = true;
            }
        }

        return told;
    }

    /// <summary>
    /// "no arrests", "Neither man was taken into custody", "has not been arrested", "nadie fue detenido", "aucune interpellation":
    /// a word of <c>arrest-negation</c> at most three words before the arrest word, in its clause.
    /// </summary>
    private bool Denied(SentenceTokens sentence, int arrestWord)
    {
        for (var k = arrestWord - 1; k >= Math.Max(0, arrestWord - 4); k--)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (_negation.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An arrest word that is not a warrant's: "arrest warrants", "mandados de prisão", "orden de captura pendiente", "mandat
    /// d'arrêt" name a warrant, which may still be unserved, not an arrest made.
    /// </summary>
    private bool IsArrestWord(SentenceTokens sentence, int k) =>
        _arrestWords.Contains(sentence, k) && !_warrants.Contains(sentence, k + 1) && !_warrants.Contains(sentence, k - 1)
        && !(k >= 2 && _warrants.Contains(sentence, k - 2) && sentence.Word(k - 1).Length <= MaxPartitiveWordLength);

    /// <summary>
    /// "Foram cumpridos 5 mandados de prisão preventiva", "served … 6 preventive arrest warrants", "cumpriu … seis mandados de
    /// prisão", "9 órdenes de captura fueron ejecutadas": a count of arrest warrants that a verb of serving them tells were served,
    /// before the count in its clause or just after the phrase. Returns the token after the warrant phrase, or 0.
    /// </summary>
    private int WarrantsServed(SentenceTokens sentence, int first, int after)
    {
        var end = WarrantPhraseEnd(sentence, after);
        if (end == 0)
        {
            return 0;
        }

        for (var b = first - 1; b >= 0 && sentence.Word(b) is not (";" or ":"); b--)
        {
            if (_served.Contains(sentence, b))
            {
                return end;
            }
        }

        for (var j = end; j < sentence.Count && j < end + MaxAuxiliaryReach + 1 && sentence.Tokens[j].Kind != TokenKind.Punctuation; j++)
        {
            if (_served.Contains(sentence, j))
            {
                return end;
            }
        }

        return 0;
    }

    /// <summary>
    /// "13 were executed", "Treze foram cumpridos", "nueve fueron ejecutadas": a count with no noun, its passive auxiliaries and a
    /// word of serving warrants right after it.
    /// </summary>
    private bool ServedWithoutNoun(SentenceTokens sentence, int after)
    {
        var k = after;
        while (k < sentence.Count && k < after + MaxAuxiliaryReach && _arrestAuxiliaries.Contains(sentence, k))
        {
            k++;
        }

        return k > after && k < sentence.Count && _served.Contains(sentence, k);
    }

    /// <summary>
    /// "arrest warrants", "mandats d'arrêt", "mandados de prisão", "órdenes de captura" right after a count (at most
    /// <see cref="MaxWarrantWords"/> lower-case words between). Returns the token after the phrase, or 0.
    /// </summary>
    private int WarrantPhraseEnd(SentenceTokens sentence, int after)
    {
        var k = after;
        while (k < sentence.Count && k < after + MaxWarrantWords && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false }
            && !_warrants.Contains(sentence, k) && !_arrestWords.Contains(sentence, k))
        {
            k++;
        }

        int end;
        if (k + 1 < sentence.Count && _arrestWords.Contains(sentence, k) && _warrants.Contains(sentence, k + 1))
        {
            end = k + 2; // "arrest warrants"
        }
        else if (_warrants.Contains(sentence, k) && k + 1 < sentence.Count && _arrestWords.Contains(sentence, k + 1))
        {
            end = k + 2; // "mandats d'arrêt", split at the apostrophe
        }
        else if (_warrants.Contains(sentence, k) && k + 2 < sentence.Count && sentence.Word(k + 1).Length <= MaxPartitiveWordLength && _arrestWords.Contains(sentence, k + 2))
        {
            end = k + 3; // "mandados de prisão", "órdenes de captura"
        }
        else
        {
            return 0;
        }

        return end;
    }

    /// <summary>
    /// "Three men have been charged", "have charged four suspects", "indicted two company directors": a count of people (a
    /// person noun after it) with a word of charging a few words after the noun or just before the count.
    /// </summary>
    private bool IsChargedCount(SentenceTokens sentence, int first, int after)
    {
        if (!_charged.MayOccurIn(sentence))
        {
            return false;
        }

        var k = after;
        while (k < sentence.Count && k < after + 3 && _arrestNouns.Contains(sentence, k))
        {
            k++;
        }

        if (k == after)
        {
            if (!QualifiedPerson(sentence, after))
            {
                return false;
            }

            k = after + 2; // "two company directors"
        }

        // "have since been charged" after the noun; "charged" or "have charged" just before the count.
        return Within(sentence, k, MaxAuxiliaryReach + 1, _charged) || Within(sentence, Math.Max(0, first - 2), first - Math.Max(0, first - 2), _charged);
    }

    /// <summary>
    /// "En España, agentes de la Policía Nacional arrestaron a dos", "Au Maroc, la DGSN a interpellé six suspects": a sentence
    /// that opens with a place word, a capitalised name and a comma tells the arrests of a place; after arrests told with
    /// other places ("detuvo a cuatro personas en Palermo"), and with no total stated, they add to them (the corpus sums
    /// counts per place without a total). A place the earlier count already named ("31 arrestations au Québec et en France",
    /// then "Au Québec, 24 …") opens a breakdown of that count instead.
    /// </summary>
    private bool OpensWithAnotherPlace(SentenceTokens sentence, SentenceTokens counted)
    {
        if (sentence.Count < 4 || !_places.Contains(sentence, 0))
        {
            return false;
        }

        // "En los Países Bajos,", "Na África do Sul,": capitalised words, an article, a short linking word inside the name;
        // "In neighbouring Benin,": a lower-case word that describes the place before its name.
        var k = 1;
        while (k < sentence.Count && k <= MaxPlaceOpening && (sentence.Tokens[k].IsCapitalized || _the.Contains(sentence, k)
            || (sentence.Tokens[k].Length <= 3 && k + 1 < sentence.Count && sentence.Tokens[k + 1].IsCapitalized)
            || (k == 1 && DescribesTheName(sentence, k))))
        {
            k++;
        }

        if (k == 1 || !sentence.Tokens[k - 1].IsCapitalized || k >= sentence.Count || sentence.Word(k) is not ",")
        {
            return false;
        }

        var place = sentence.Word(k - 1);
        for (var j = 0; j < counted.Count; j++)
        {
            if (counted.Tokens[j].IsCapitalized && counted.Word(j).Equals(place, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "21 detenidos en Cádiz", "prendeu nove raptores em Maputo": a place word after the count and at most two lower-case
    /// words, then a capitalised name (an article may stand between).
    /// </summary>
    private bool PlaceNameFollows(SentenceTokens sentence, int after)
    {
        var k = after;
        while (k < sentence.Count && k < after + MaxWordsBeforePlace && !_places.Contains(sentence, k)
            && sentence.Tokens[k].Kind == TokenKind.Word && !sentence.Tokens[k].IsCapitalized)
        {
            k++;
        }

        if (k >= sentence.Count || !_places.Contains(sentence, k))
        {
            return false;
        }

        k++;
        if (k < sentence.Count && _the.Contains(sentence, k))
        {
            k++;
        }

        // "four were arrested in east London": a lower-case word may describe the place before its name.
        if (k < sentence.Count && DescribesTheName(sentence, k))
        {
            k++;
        }

        return k < sentence.Count && sentence.Tokens[k].IsCapitalized;
    }

    /// <summary>
    /// Session 36: "Eight callers, all Japanese nationals, were arrested in the Philippines": the count's people, an aside between
    /// commas, then a passive arrest that tells its place; a sentence opening with another place may then tell another side's count.
    /// </summary>
    private bool PlacedPastAnAside(SentenceTokens sentence, int after)
    {
        var k = after;
        while (k < sentence.Count && k < after + 2 && _arrestNouns.Contains(sentence, k))
        {
            k++;
        }

        // The count is the arrests already: the noun of its people need not be a listed one ("Eight callers").
        k = k == after && k < sentence.Count && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } ? k + 1 : k;
        if (k == after || k >= sentence.Count || sentence.Word(k) is not ",")
        {
            return false;
        }

        for (var close = k + 1; close < sentence.Count && close <= k + MaxShortAside + 1; close++)
        {
            if (sentence.Word(close) is ",")
            {
                return PlacedArrestWord(sentence, close + 1);
            }
        }

        return false;
    }

    /// <summary>"neighbouring Benin", "east London": a lower-case word just before a capitalised name.</summary>
    private static bool DescribesTheName(SentenceTokens sentence, int k) =>
        k + 1 < sentence.Count && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && sentence.Tokens[k + 1].IsCapitalized;

    /// <summary>
    /// "The skipper and two crew members were arrested", "A clerk and two drivers were detained": a count after "and" in a
    /// subject that opens the sentence with an article and one or two words before the "and".
    /// </summary>
    private bool EndsAListOfPeople(SentenceTokens sentence, int first) =>
        first is >= 3 and <= MaxListOpening && _and.Contains(sentence, first - 1)
        && (_the.Contains(sentence, 0) || sentence.Word(0) is "A" or "An" or "a" or "an")
        && NoPunctuation(sentence, 0, first);

    private static bool NoPunctuation(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"five of them", "including two", "among them three": a count that is a part of another, by the partitive after it or a part word just before it.</summary>
    private bool IsPart(SentenceTokens sentence, int first, int after) =>
        (after < sentence.Count && _partitive.Contains(sentence, after)) || Within(sentence, Math.Max(0, first - 3), first - Math.Max(0, first - 3), _parts);

    /// <summary>
    /// "two more were detained in Maputo", "Two others were arrested", "a further three", "another twelve", "the other nine were
    /// arrested": a word of <c>arrest-more-after</c> right after the count (not "more than") or of <c>arrest-more-before</c> right
    /// before it, in a sentence that tells of arrests, makes the count an addition to the arrest count told before it, when
    /// what follows counts people: a person noun, an arrest word or auxiliary, a pause or the sentence's end ("a further 84
    /// bricks of heroin" adds no one); a place preposition after the count ("two more in Durban", "otras dos en Córdoba") too.
    /// </summary>
    private bool AddsToTheLast(SentenceTokens sentence, int first, int after)
    {
        if (!sentence.AllCues.Overlaps(_arrestGate))
        {
            return false;
        }

        var moreAfter = after < sentence.Count && _moreAfter.Contains(sentence, after);
        var adds = moreAfter
            ? CountsPeople(sentence, after + 1) || _places.Contains(sentence, after + 1)
            // "y a otras dos en Córdoba": after a word of more before it, a place preposition also ends the count, as after one after it.
            : first > 0 && _moreBefore.Contains(sentence, first - 1) && (CountsPeople(sentence, after) || _places.Contains(sentence, after));

        // "Seis pessoas foram presas; os outros dois alvos são considerados foragidos": the others of a clause that tells no
        // arrest are not arrested. Session 33: nor are others whose own passive tells another act ("Besides the six arrested, four
        // others were questioned", "otras tres personas son investigadas en libertad"), though the clause named the arrested.
        // Asked last: most counts add to nothing, and the clause is read word by word.
        // "Two further suspects were taken into custody": a custody phrase after the participle still tells the arrest.
        var people = moreAfter ? after + 1 : after;
        return adds && ClauseTellsArrests(sentence, first) && !ChargedBefore(sentence, first) && !ChargedAfter(sentence, first) && !IdentifiedCount(sentence, first, after)
            && !(PeopleOfAnotherVerb(sentence, people) && !ArrestWordInClause(sentence, people, MaxAuxiliaryReach + 4));
    }

    /// <summary>
    /// "Arrests were made on Tuesday: five in Niger, four in Chad", "Las detenciones se concretaron el jueves: seis en Iquique":
    /// a count right after a colon, its place after it, where an arrest word that is not denied stands before the colon with no
    /// number between them.
    /// </summary>
    private bool PartAfterArrestColon(SentenceTokens sentence, int first, int after)
    {
        if (first < 2 || sentence.Word(first - 1) is not ":" || !PlaceFollows(sentence, after))
        {
            return false;
        }

        for (var k = first - 2; k >= 0; k--)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Number || sentence.Word(k) is ":" or ";")
            {
                return false;
            }

            if (IsArrestWord(sentence, k))
            {
                return !Denied(sentence, k);
            }
        }

        return false;
    }

    /// <summary>
    /// "Outros sete suspeitos foram constituídos arguidos, mas não foram detidos", "two others were charged": a word of charging
    /// after the count, before any arrest word of its clause, is the count's own verb, so the others are people charged.
    /// </summary>
    private bool ChargedAfter(SentenceTokens sentence, int first)
    {
        if (!_charged.MayOccurIn(sentence))
        {
            return false;
        }

        for (var k = first + 1; k < sentence.Count && sentence.Word(k) is not ";"; k++)
        {
            if (IsArrestWord(sentence, k))
            {
                return false;
            }

            if (_charged.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "tendo sido detidos dois homens … e constituídos arguidos outros três suspeitos", "arrested four and charged two others": a
    /// word of charging between the count and the last arrest word before it in its clause makes the count people charged, not
    /// arrested (the guidelines: charged is not arrested).
    /// </summary>
    private bool ChargedBefore(SentenceTokens sentence, int first)
    {
        if (!_charged.MayOccurIn(sentence))
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && sentence.Word(k) is not ";"; k--)
        {
            if (IsArrestWord(sentence, k))
            {
                return false;
            }

            if (_charged.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a fifth man was arrested", "and a third man at the yard", "The third, a dockworker, was taken into custody": an ordinal
    /// after an article, before a person noun, a comma or an auxiliary, in a sentence that tells of arrests, counts the people
    /// arrested up to it. Returns the largest such ordinal, or 0.
    /// </summary>
    private int OrdinalOfArrested(SentenceTokens sentence, long arrestedBefore)
    {
        if (!_ordinals.MayOccurIn(sentence))
        {
            return 0;
        }

        var largest = 0;
        for (var k = 1; k + 1 < sentence.Count; k++)
        {
            if (!_ordinals.Contains(sentence, k) || !_ordinalValues.TryGetValue(sentence.Word(k), out var value))
            {
                continue;
            }

            var article = sentence.Word(k - 1);
            var articled = _the.Contains(sentence, k - 1) || article.Equals("a", StringComparison.OrdinalIgnoreCase);
            var next = k + 1;
            // One lower-case word may stand before the noun ("a third crew member").
            var counted = _arrestNouns.Contains(sentence, next) || _arrestAuxiliaries.Contains(sentence, next) || _singularAuxiliaries.Contains(sentence, next) || sentence.Word(next) is ","
                || (next + 1 < sentence.Count && sentence.Tokens[next] is { Kind: TokenKind.Word, IsCapitalized: false } && _arrestNouns.Contains(sentence, next + 1));
            if ((articled && counted) || NextArrested(sentence, k, value, arrestedBefore))
            {
                largest = Math.Max(largest, value);
            }
        }

        return largest;
    }

    /// <summary>
    /// Session 32: "Três tripulantes foram detidos. … detiveram em Vigo um quarto suspeito", "… a été interpellé. Un quatrième
    /// individu a été interpellé à Lyon": after arrests already counted, an article (indefinite ones too: "un", "um"), an
    /// ordinal above that count and a person in the singular (a person noun or the arrested, "un tercer detenido") that an arrest
    /// verb governs in the same clause, before the article or right after the noun and not denied. A person told by an ordinal
    /// but wanted or not caught ("Um sexto suspeito, sócio …, não foi detido", "a third defendant" after a trial's convictions)
    /// counts none.
    /// </summary>
    private bool NextArrested(SentenceTokens sentence, int ordinal, int value, long arrestedBefore)
    {
        var (article, noun) = (ordinal - 1, ordinal + 1);
        if (arrestedBefore <= 0 || value <= arrestedBefore || !(_the.Contains(sentence, article) || _oneArticles.Contains(sentence, article)
            || sentence.Word(article).Equals("a", StringComparison.OrdinalIgnoreCase))
            || !(_arrestNouns.Contains(sentence, noun) || SingularOfArrestNoun(sentence.Word(noun)) || _arrestWords.Contains(sentence, noun)))
        {
            return false;
        }

        for (var k = article - 1; k >= Math.Max(0, article - MaxShortAside) && sentence.Tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            if (IsArrestWord(sentence, k))
            {
                return !Denied(sentence, k);
            }
        }

        for (var k = noun + 1; k < Math.Min(sentence.Count, noun + MaxAuxiliaryReach + 2) && sentence.Tokens[k].Kind != TokenKind.Punctuation; k++)
        {
            if (IsArrestWord(sentence, k))
            {
                return !Denied(sentence, k);
            }
        }

        return false;
    }

    /// <summary>
    /// "nueve narcotraficantes fueron detenidos", "nove garimpeiros foram presos", "onze narcotrafiquants arrêtés": right after a
    /// count, one lower-case plural word no list knows (ending in s or x) and then the arrest word, only its passive auxiliaries
    /// between (and before them an aside between commas), count people: the arrest verb says they are. A thing that may be detained too (<c>arrest-one-not</c>, looked up by
    /// its singular: "dos buques fueron detenidos"), a currency or a unit ("as little as 15 euros have been arrested") is no one, and
    /// nor are a body's members (<c>member-noun</c>, "dos agentes presos" are its own officers). Asked only of a count that opens
    /// its sentence or clause: after "as little as" the count is no subject, and after "and" it may end a list of people whose
    /// first member it leaves out ("El capitán y dos oficiales").
    /// </summary>
    private bool UnlistedPeopleArrested(SentenceTokens sentence, int noun)
    {
        if (noun + 1 >= sentence.Count || sentence.Tokens[noun] is not { Kind: TokenKind.Word, IsCapitalized: false })
        {
            return false;
        }

        var word = sentence.Word(noun);
        if (word.Length is < 4 or > MaxSingularLength || word[^1] is not ('s' or 'x') || _currencies.Contains(sentence, noun)
            || _quantities.Contains(sentence, noun) || _memberNouns.Contains(sentence, noun))
        {
            return false;
        }

        // Session 35: "Vingt-huit orpailleurs, pour la plupart brésiliens, ont été interpellés": an aside between commas may
        // describe the people before their verb, as after a listed person noun.
        var verb = AfterAside(sentence, noun + 1);
        var k = verb;
        while (k < sentence.Count && k < verb + 2 && _arrestAuxiliaries.Contains(sentence, k))
        {
            k++;
        }

        return IsArrestWord(sentence, k) && !Denied(sentence, k)
            && !_oneNot.Contains(word[..^1]) && !(word.Length > 4 && word[^2] == 'e' && _oneNot.Contains(word[..^2]));
    }

    /// <summary>"sospechoso", "suspeito", "individu", "hombre": a word whose plural in "s" or "es" is a person noun of a count.</summary>
    private bool SingularOfArrestNoun(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > MaxSingularLength || !char.IsLetter(word[^1]))
        {
            return false;
        }

        Span<char> plural = stackalloc char[word.Length + 2];
        word.CopyTo(plural);
        plural[word.Length] = 's';
        if (_arrestNouns.Contains(plural[..(word.Length + 1)]))
        {
            return true;
        }

        (plural[word.Length], plural[word.Length + 1]) = ('e', 's');
        return _arrestNouns.Contains(plural);
    }

    /// <summary>
    /// "dos de los once sospechosos", "dois dos onze presos", "deux des onze suspects", "two of the eleven": one or two
    /// short lower-case words (a partitive "of" and its article) and another number right after a count make it a part
    /// of that number. Returns the token after that number, or 0.
    /// </summary>
    private int PartOfACount(SentenceTokens sentence, int after, string? language, WordSet? own)
    {
        var k = after;
        while (k < sentence.Count && k < after + MaxPartitiveWords && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false }
            && sentence.Word(k).Length <= MaxPartitiveWordLength)
        {
            k++;
        }

        return k > after && k < sentence.Count && MayBeCount(sentence, k, sentence.Tokens[k], sentence.CueAt(k), own) && _numbers.Read(sentence, k, language) is { } whole ? k + whole.Tokens : 0;
    }

    /// <param name="sentence">The sentence.</param>
    /// <param name="first">The number's first token.</param>
    /// <param name="after">The token after the number.</param>
    /// <param name="ownVerb">
    /// Whether the count has an arrest verb of its own before it ("Thai officers arrested six"), so that it
    /// may be one of several parts adding up to the total; a count told after its noun ("27 detenidos —19 en …")
    /// or before its verb is not added to others.
    /// </param>
    /// <param name="listed">
    /// The people listed one by one before the count, after its arrest verb or opening the sentence ("arrested a senior
    /// procurement officer and two company directors", "The skipper and two crew members were arrested"): one, or none.
    /// </param>
    private bool IsArrestCount(SentenceTokens sentence, int first, int after, out bool ownVerb, out int listed)
    {
        ownVerb = false;
        listed = 0;
        if (IsArrestWord(sentence, after))
        {
            // "12 arrests in Norway, seven in Sweden": a count whose arrests are placed is a part, as one with its own verb.
            ownVerb = PlacedArrestWord(sentence, after);
            return true; // "1,006 arrests", "20 arrested"
        }

        // Session 37: "The arrests followed 27 arrest warrants", "14 search warrants": a count of warrants; "have identified 40 other
        // suspects": people identified (see FigureReader.Warrants.cs).
        if (CountsWarrants(sentence, after) || IdentifiedCount(sentence, first, after))
        {
            return false;
        }

        // "23 « brouteurs » interpellés", "12 'mules' arrested": a word in quotes after the count names the people.
        if (after + 3 < sentence.Count && IsQuote(sentence, after) && sentence.Tokens[after + 1].Kind == TokenKind.Word && IsQuote(sentence, after + 2)
            && IsArrestWord(sentence, after + 3))
        {
            return true;
        }

        // "ha detenido en una investigación conjunta": a word for one that is also the article counts only before its person noun.
        if (after == first + 1 && _oneArticles.Contains(sentence, first) && !(after < sentence.Count && _arrestNouns.Contains(sentence, after)))
        {
            return false;
        }

        var k = after;
        while (k < sentence.Count && k < after + 3 && _arrestNouns.Contains(sentence, k))
        {
            k++;
        }

        // "58 cash couriers were detained", "seven Chinese nationals were arrested": a word that describes the people
        // stands between the count and its person noun, which the arrest word then follows as it would the noun alone.
        // Session 36: "Six Sri Lankan fishermen", "three South African nationals": a name of two capitalised words describes them.
        var qualifier = k == after && after + 1 < sentence.Count && sentence.Tokens[after].IsCapitalized && sentence.Tokens[after + 1].IsCapitalized
            && QualifiedPerson(sentence, after + 1) ? after + 1 : after;
        if (k == after && QualifiedPerson(sentence, qualifier))
        {
            k = qualifier + 1;
            while (k < sentence.Count && k < qualifier + 3 && _arrestNouns.Contains(sentence, k))
            {
                k++;
            }
        }

        // Session 34: "nueve narcotraficantes fueron detenidos", "onze narcotrafiquants arrêtés": see UnlistedPeopleArrested.
        if (k == after && (first == 0 || sentence.Tokens[first - 1].Kind == TokenKind.Punctuation) && UnlistedPeopleArrested(sentence, after))
        {
            return true;
        }

        // Session 33: "Seis funcionarios aduaneros … fueron aprehendidos": a body's members (<c>member-noun</c>, left out of the person
        // nouns since "180 agentes detuvieron a 12 personas" counts the arresting side) are the arrested when their verb is passive.
        if (k == after && _memberNouns.Contains(sentence, after) && PassiveAfterLongSubject(sentence, first, after + 1))
        {
            return true;
        }

        // "Près d'une vingtaine de personnes", "una veintena de detenidos": a number of about so many, after its article, names its
        // people after "de"; "Dozens of suspects were arrested" (no article) still counts no one.
        if (k == after && first > 0 && _oneArticles.Contains(sentence, first - 1) && after + 1 < sentence.Count
            && (_from.Contains(sentence, after) || _partitive.Contains(sentence, after)))
        {
            // "terminó con una decena de arrestados", "une vingtaine d'interpellés": the arrested themselves after "de".
            if (IsArrestWord(sentence, after + 1))
            {
                return true;
            }

            k = _arrestNouns.Contains(sentence, after + 1) ? after + 2 : k;
        }

        // "nine people in all have been arrested": the words that make the count a whole stand before its verb.
        if (k > after && k + 1 < sentence.Count && _places.Contains(sentence, k) && _whole.Contains(sentence, k + 1))
        {
            k += 2;
        }

        // "Six of the defendants were taken into custody", "four of them were arrested": a part of a group the article or
        // pronoun after "of" names, the verb after it; "Dozens of suspects were arrested" counts no one.
        if (k == after && after + 1 < sentence.Count && _partitive.Contains(sentence, after)
            && (_the.Contains(sentence, after + 1) || _parts.Contains(sentence, after + 1)) && VerbAfterComplementOrAside(sentence, after, anyAside: false))
        {
            return true;
        }

        // "20 people were arrested", "seven suspects have been detained"; not "The skipper and two crew members were arrested",
        // where the count is the last of a list of people whose other members it does not count.
        if (k > after && (ArrestWordInClause(sentence, k, 4) || VerbAfterComplementOrAside(sentence, k, anyAside: true) || VerbAfterSuspicion(sentence, k)
            || PassiveAfterLongSubject(sentence, first, k) || KeptAfterPeople(sentence, k)))
        {
            // "Onze personnes ont été interpellées en France et deux en Espagne": a passive count that tells its place is
            // a part, as one with its own verb, so the places after it add to it.
            ownVerb = PlacedArrestWord(sentence, after);
            // "The skipper and two crew members were arrested": the list's first member is one person more; a list whose
            // first member is not one person ("The owners and two drivers") is not counted.
            if (EndsAListOfPeople(sentence, first))
            {
                listed = OnePersonNoun(sentence, first - 2) ? 1 : 0;
                return listed > 0;
            }

            return true;
        }

        // "Eight were arrested", "twelve have since been detained": the bare number stands for the people.
        if (k == after && after < sentence.Count && _arrestAuxiliaries.Contains(sentence, after) && Within(sentence, after + 1, 3, _arrestWords))
        {
            return true;
        }

        // "Twelve people have been arrested in three Pacific island nations": a count right after a place word, no person noun
        // after it, counts places or raids, not the people of the arrest verb before it.
        if (k == after && first > 0 && _places.Contains(sentence, first - 1))
        {
            return false;
        }

        // "police arrested 20 people", "led to the arrest of 75 suspects", "arrested and charged five
        // men" — not "arrested and 92 cases". A count of people may stand further from its verb, past a phrase
        // of where or how ("ha detenido en una investigación conjunta a 16 personas").
        if (VerbBeforeShortAside(sentence, first))
        {
            ownVerb = true;
            return true;
        }

        var reach = k > after ? MaxVerbReachOfPeople : 3;
        for (var b = first - 1; b >= Math.Max(0, first - reach); b--)
        {
            var word = sentence.Word(b);
            var and = _and.Contains(sentence, b);
            var joinsCompanion = and && b + 1 < first && _arrestCompanions.Contains(sentence, b + 1);
            if (and && b == first - 1 && k > after && (OnePersonAfterArrestWord(sentence, b) || NamedPersonAfterArrestWord(sentence, b)))
            {
                ownVerb = true;
                listed = 1;
                return true;
            }

            if (word is "," or ";" || (and && !joinsCompanion))
            {
                return false;
            }

            // "permitió detener a catorce personas": an infinitive is an arrest verb only before its count.
            if (IsArrestWord(sentence, b) || _arrestInfinitives.Contains(sentence, b))
            {
                // "Entre os presos há dois policiais", "Among those arrested were two customs officers": a part of the arrested;
                // "Não houve detenções: os dois comandantes foram notificados": the arrest word before the count is denied;
                // "the judge ordered the arrest of 40 suspects": an arrest asked for (see FigureReader.Warrants.cs).
                if (AmongTheArrested(sentence, b) || Denied(sentence, b) || ArrestOrdered(sentence, b))
                {
                    return false;
                }

                ownVerb = b == 0 || (sentence.Tokens[b - 1].Kind != TokenKind.Number && !sentence.Cues[b - 1].Overlaps(_numberGate));
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "among those arrested", "entre os presos", "parmi les personnes interpellées": a word of <c>arrest-among</c> at most
    /// <see cref="MaxAmongWords"/> words before the arrest word, only words between them.
    /// </summary>
    private bool AmongTheArrested(SentenceTokens sentence, int arrestWord)
    {
        for (var k = arrestWord - 1; k >= Math.Max(0, arrestWord - MaxAmongWords); k--)
        {
            if (_among.Contains(sentence, k))
            {
                return true;
            }

            if (sentence.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Sept membres d'équipage ont été interpellés", "Dix-sept suspects, dont deux Nigérians, ont été interpellés":
    /// the arrest word after a count's person noun, past a complement of the noun ("de", "d'") or an aside between
    /// commas that tells a part of the count ("dont", "de los cuales"). After the count's person noun
    /// (<paramref name="anyAside"/>) the aside may say anything of the people ("Five men, aged between 24 and 51, were
    /// arrested", "Six crew members, all Sri Lankans, were taken into custody").
    /// </summary>
    private bool VerbAfterComplementOrAside(SentenceTokens sentence, int from, bool anyAside)
    {
        // The aside may tell a part of the count ("three of them Zambian") or break it down ("two citizens and a resident").
        // "Three men – two Bahamians and the captain – were arrested": a dash opens the aside as a comma does, and closes it.
        var mark = from < sentence.Count ? sentence.Word(from) : default;
        if (mark is "," or "\u2013" or "\u2014" && (anyAside || Within(sentence, from + 1, 3, _parts)
            || (from + 1 < sentence.Count && MayBeNumber(sentence.Tokens[from + 1], sentence.Cues[from + 1]))))
        {
            var close = from + 1;
            while (close < sentence.Count && close <= from + MaxAside && sentence.Word(close) is not ("," or ";" or ":" or "." or "\u2013" or "\u2014"))
            {
                close++;
            }

            if (close >= sentence.Count || close > from + MaxAside || !sentence.Word(close).SequenceEqual(mark))
            {
                return false;
            }

            from = close + 1;
        }
        else if (from >= sentence.Count || !(_from.Contains(sentence, from) || _partitive.Contains(sentence, from)))
        {
            return false;
        }

        // "Los doce tripulantes, de nacionalidad nicaragüense, no fueron detenidos": an arrest denied counts no one.
        for (var j = from; j < sentence.Count && j < from + MaxComplement; j++)
        {
            if (sentence.Tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (IsArrestWord(sentence, j))
            {
                return !Denied(sentence, j);
            }
        }

        return false;
    }

    /// <summary>
    /// "Four suspects, three of them Zambian truck drivers and one a Malawian described by officers as the "agent" who collected
    /// payments, were arrested", "Siete presuntos integrantes de una célula vinculada a la organización terrorista Dáesh han sido
    /// detenidos": a count that opens the sentence as its subject (a few words may stand before it, none a pause) and whose person
    /// noun the passive of an arrest verb follows, past asides and complements of any length (a wire's dateline before its dash
    /// is no part of the sentence's opening: see <see cref="AfterDateline"/>); the passive's auxiliaries may not
    /// follow a relative pronoun ("Three men, who had been arrested in 2023, were sentenced" tells no arrest), and no other verb
    /// group may come first ("Fourteen women … have been rescued, and five people … have been arrested" counts the women not).
    /// </summary>
    private bool PassiveAfterLongSubject(SentenceTokens sentence, int first, int from)
    {
        var opening = AfterDateline(sentence, first);
        if (first - opening > MaxSubjectOpening || !NoPunctuation(sentence, opening, first))
        {
            return false;
        }

        for (var j = from; j < sentence.Count && j < from + MaxLongSubject; j++)
        {
            if (sentence.Word(j) is ";" or ":" or "." or "?" or "!")
            {
                return false;
            }

            if (!IsArrestWord(sentence, j))
            {
                // "Twenty-three women … have been rescued, and nine people …": a verb group of its own ends the subject.
                if (_arrestAuxiliaries.Contains(sentence, j) && !(j + 1 < sentence.Count && (_arrestAuxiliaries.Contains(sentence, j + 1) || IsArrestWord(sentence, j + 1)
                    || (j + 2 < sentence.Count && _places.Contains(sentence, j + 1) && IsArrestWord(sentence, j + 2)))))
                {
                    return false;
                }

                continue;
            }

            // "Eleven suspected members of an ivory ring are in custody": custody as a state the people are in, after a short verb
            // group of custody and a place word, is told as a passive is.
            if (j - 2 > from && _places.Contains(sentence, j - 1) && _keptBefore.Contains(sentence, j - 2))
            {
                return !_relatives.Contains(sentence, j - 3);
            }

            var b = j - 1;
            while (b > from && _arrestAuxiliaries.Contains(sentence, b))
            {
                b--;
            }

            // "Environ 180 agents … ont interpellé 12 personnes": a perfect auxiliary alone, or a count after the verb, makes
            // it active, its subject the arresting side.
            // Session 33: a hyphenated word there is a count only if it reads as one ("foram detidos na sexta-feira" names a day).
            var active = (b == j - 2 && _perfect.Contains(sentence, j - 1)) || (j + 1 < sentence.Count && CountWordAt(sentence, j + 1))
                || (j + 2 < sentence.Count && sentence.Word(j + 1).Length <= 2 && CountWordAt(sentence, j + 2)
                    && !_oneArticles.Contains(sentence, j + 2)); // "detuvieron a 12 personas", not "detenidos en una operación"
            return b < j - 1 && !active && !_relatives.Contains(sentence, b) && !Denied(sentence, j);
        }

        return false;
    }

    /// <summary>
    /// "Four Azerbaijani and two Iranian citizens were detained", "Cinco personas y dos ciudadanos bolivianos fueron detenidos": a
    /// count that opens the sentence, then at most one word naming its people (a person noun, or a capitalised demonym:
    /// "Three vessels and two crew members were detained" lists no people), then "and" right before the arrest count: the people
    /// of both share the verb. Returns the first count, or 0.
    /// </summary>
    private int CountListedBefore(SentenceTokens sentence, int first, string? language, WordSet? own)
    {
        if (first < 2 || !_and.Contains(sentence, first - 1))
        {
            return 0;
        }

        // The listed count opens the sentence (after a dateline): "Police seized 40 kilograms and two men …" lists no one.
        var j = AfterDateline(sentence, first);
        return first - j <= 4 && NoPunctuation(sentence, j, first) && MayBeCount(sentence, j, sentence.Tokens[j], sentence.CueAt(j), own)
            && _numbers.Read(sentence, j, language) is { } listed && j + listed.Tokens >= first - 2 && j + listed.Tokens < first
            && (j + listed.Tokens == first - 1 || sentence.Tokens[first - 2].IsCapitalized || _arrestNouns.Contains(sentence, first - 2))
            ? (int)Math.Min(listed.Value, int.MaxValue)
            : 0;
    }

    /// <summary>
    /// "arrested two men and a woman", "fueron detenidos dos haitianos y un dominicano que …", "ont interpellé trois passeurs et
    /// un chauffeur.": after a count its verb stands before, at most two lower-case words of its people, "and", then one person
    /// (a determiner of one person and a singular noun that is no thing, <c>arrest-one-not</c>) that ends the list: the clause
    /// pauses or ends, or a place or a relative pronoun follows. Returns 1 for that person, else 0.
    /// </summary>
    private int OnePersonListedAfter(SentenceTokens sentence, int after)
    {
        var and = after;
        while (and < sentence.Count && and < after + 2 && !_and.Contains(sentence, and) && sentence.Tokens[and] is { Kind: TokenKind.Word, IsCapitalized: false })
        {
            and++;
        }

        var noun = and + 2;
        // Session 36: "and a Maldivian businessman": a capitalised word (a nationality) may describe the one person.
        if (noun + 1 < sentence.Count && sentence.Tokens[noun].IsCapitalized && sentence.Tokens[noun].Kind == TokenKind.Word && !OnePersonNoun(sentence, noun))
        {
            noun++;
        }

        if (noun >= sentence.Count || !_and.Contains(sentence, and) || !_onePerson.Contains(sentence, and + 1) || !OnePersonNoun(sentence, noun)
            || _oneNot.Contains(sentence, noun))
        {
            return 0;
        }

        // "… and a businessman suspected of financing the shipment": a word of suspicion describes the person as a relative would.
        var next = noun + 1;
        return next >= sentence.Count || sentence.Tokens[next].Kind == TokenKind.Punctuation || _places.Contains(sentence, next) || _relatives.Contains(sentence, next)
            || _suspicion.Contains(sentence, next)
            ? 1
            : 0;
    }

    /// <summary>
    /// "Abidjan, 25 sept 2025 (AIP) – Dix-neuf personnes …", "LAGOS, 11 June 2025 — Nine men …": a wire's dateline ends at a dash
    /// (or at ".-"), and the subject opens after it. Returns the token after the last dash before <paramref name="first"/>, or 0.
    /// </summary>
    private static int AfterDateline(SentenceTokens sentence, int first)
    {
        for (var d = first - 1; d >= 0; d--)
        {
            // Session 33: "Panamá, 10 de noviembre de 2025 (EFE).- Seis funcionarios …": Spanish wires end the dateline with a
            // stop and a hyphen (the sentence may be split at the stop, the hyphen then opening it).
            if (sentence.Word(d) is "\u2013" or "\u2014" || (sentence.Word(d) is "-" && (d == 0 || sentence.Word(d - 1) is ".")))
            {
                return d + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// "Les services … ont interpellé, lundi, sept individus", "ordered the detention, for 24 hours, of 7 defendants": an arrest word,
    /// a short aside between commas, then the count (a short word such as "of" or "a" may stand before it).
    /// </summary>
    private bool VerbBeforeShortAside(SentenceTokens sentence, int first)
    {
        var close = first - 1;
        if (close >= 1 && sentence.Word(close) is not "," && sentence.Tokens[close].Kind == TokenKind.Word && sentence.Word(close).Length <= 2)
        {
            close--;
        }

        if (close < 2 || sentence.Word(close) is not ",")
        {
            return false;
        }

        for (var open = close - 2; open >= Math.Max(1, close - MaxShortAside - 1); open--)
        {
            if (sentence.Word(open) is ",")
            {
                return NoPunctuation(sentence, open + 1, close) && VerbBeforeComma(sentence, open);
            }
        }

        return false;
    }

    /// <summary>
    /// "ont interpellé, …", "prendeu em flagrante, …": an arrest word or infinitive right before the comma at <paramref name="comma"/>, or
    /// before a short phrase of how or where it was made: a word of <c>arrest-place</c> and one or two lower-case words ("em flagrante",
    /// "en flagrant délit"); not the verb's object ("arrested the crew, a Mexican man, 41").
    /// </summary>
    private bool VerbBeforeComma(SentenceTokens sentence, int comma)
    {
        for (var place = comma - 2; place >= Math.Max(1, comma - 3); place--)
        {
            if (sentence.Tokens[place + 1] is not { Kind: TokenKind.Word, IsCapitalized: false } || sentence.Cues[place + 1].Overlaps(_numberGate))
            {
                break;
            }

            if (_places.Contains(sentence, place))
            {
                return IsArrestWord(sentence, place - 1) || _arrestInfinitives.Contains(sentence, place - 1);
            }
        }

        return comma >= 1 && (IsArrestWord(sentence, comma - 1) || _arrestInfinitives.Contains(sentence, comma - 1));
    }

    /// <summary>
    /// "Fourteen men suspected of smuggling cigarettes through the northern ports were arrested": after a count's person
    /// noun, a participle of suspicion (the last of the nouns read, or the word after them) opens what the people are
    /// suspected of; the arrest word may follow it within an aside's reach, with no punctuation between, passive after
    /// its auxiliary ("were arrested"): "six suspected recruiters and their counterparts arrested four" is no such phrase.
    /// </summary>
    private bool VerbAfterSuspicion(SentenceTokens sentence, int from)
    {
        if (from < sentence.Count && _suspicion.Contains(sentence, from))
        {
            from++;
        }
        else if (!_suspicion.Contains(sentence, from - 1))
        {
            return false;
        }

        for (var j = from; j < sentence.Count && j < from + MaxAside; j++)
        {
            if (sentence.Tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (IsArrestWord(sentence, j))
            {
                return _arrestAuxiliaries.Contains(sentence, j - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// "20 arrested in Spain", "12 arrests in Norway": the arrest word right after a count, then a place word; also after
    /// the count's person nouns and a passive's auxiliaries ("Onze personnes ont été interpellées en France", "seis
    /// pessoas foram detidas no Brasil"), so the places after it ("et deux en Espagne") add to it.
    /// </summary>
    private bool PlacedArrestWord(SentenceTokens sentence, int after)
    {
        var k = after;
        while (k < sentence.Count && k < after + 2 && _arrestNouns.Contains(sentence, k))
        {
            k++;
        }

        var auxiliaries = k;
        while (k < sentence.Count && k < auxiliaries + 2 && _arrestAuxiliaries.Contains(sentence, k))
        {
            k++;
        }

        return k + 1 < sentence.Count && (k == after || k > auxiliaries) && IsArrestWord(sentence, k) && _places.Contains(sentence, k + 1)
            && NamedPlaceAt(sentence, k + 2);
    }

    /// <summary>
    /// "Spain", "la Guinée", "the Netherlands": a capitalised name, an article allowed before it, where a place word's
    /// object stands; not "in all", "in the two countries", which make the count a whole.
    /// </summary>
    private static bool NamedPlaceAt(SentenceTokens sentence, int k)
    {
        if (k >= sentence.Count)
        {
            return false;
        }

        if (!sentence.Tokens[k].IsCapitalized && sentence.Tokens[k].Kind == TokenKind.Word && k + 1 < sentence.Count)
        {
            k++; // an article
        }

        return sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true };
    }

    /// <summary>
    /// ", a cinco en Portugal", "e dois nas Canárias", "et trois aux Pays-Bas": a count after a comma or "and"
    /// (one word may stand between) whose place follows it, so it goes on from an arrest count before it that
    /// told its own place; after a count with no place ("detenidas 23 personas, diecinueve en España y cuatro en
    /// Portugal") the places break the total down instead.
    /// </summary>
    private bool IsPlacePart(SentenceTokens sentence, int first, int after)
    {
        bool Joins(int k) => k >= 0 && (sentence.Word(k) is "," || _and.Contains(sentence, k));
        return (Joins(first - 1) || Joins(first - 2)) && PlaceFollows(sentence, after);
    }

    /// <summary>"en España", "personas en España": a place word after the count, its nouns stepped over.</summary>
    private bool PlaceFollows(SentenceTokens sentence, int after)
    {
        var k = after;
        while (k < sentence.Count && k < after + 2 && _arrestNouns.Contains(sentence, k))
        {
            k++;
        }

        return k < sentence.Count && _places.Contains(sentence, k);
    }

    /// <summary>"since 2020", "since January": a word of <c>tally-since</c> just before a year or a capitalised name of a time.</summary>
    private bool IsRunningTally(SentenceTokens sentence)
    {
        if (!_since.MayOccurIn(sentence))
        {
            return false;
        }

        for (var i = 0; i + 1 < sentence.Count; i++)
        {
            var year = sentence.Tokens[i + 1];
            if (((year.Kind == TokenKind.Number && year.Length == 4) || year.IsCapitalized) && _since.Contains(sentence, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"had detained more than 2,900 people … in the past year": a phrase of <c>tally-period</c> makes the count a tally of a period.</summary>
    private bool CountsAPeriod(SentenceTokens sentence) => _periods.StartsWithin(sentence, 0, sentence.Count);

    /// <summary>Whether the token may start a number: a digit, a number word, or a word of the language's own number words.</summary>
    /// <summary>Whether the token at <paramref name="index"/>, given with its cue bits, may start a count.</summary>
    /// <remarks>
    /// The token and its bits come from the caller: the reader asks this of every token of a sentence with digits, and
    /// building the sentence's spans again for each was a fifth of the reader's own time in a perf sample (English dev).
    /// </remarks>
    private bool MayBeCount(SentenceTokens sentence, int index, Token token, CueBits cues, WordSet? own) =>
        MayBeNumber(token, cues) || (own is { } ownWords && token.Kind == TokenKind.Word && ownWords.Contains(sentence, index));

    /// <summary>
    /// As <see cref="MayBeNumber"/>, but a hyphenated word must read as a number ("seventy-five", "vingt-huit"), as a weekday
    /// written with an ordinal ("sexta-feira", "segunda-feira") does not.
    /// </summary>
    private bool CountWordAt(SentenceTokens sentence, int index)
    {
        var token = sentence.Tokens[index];
        var cues = sentence.Cues[index];
        return token.Kind == TokenKind.Number || cues.Overlaps(_numberGate) || (token.IsHyphenated && _numbers.Read(sentence, index) is not null);
    }

    /// <summary>Digits, a number word ("seven") or a hyphenated one ("seventy-five").</summary>
    private bool MayBeNumber(Token token, CueBits cues) =>
        token.Kind == TokenKind.Number || cues.Overlaps(_numberGate) || token.IsHyphenated;

    private bool IsNotACount(SentenceTokens sentence, int index, long value)
    {
        var isYear = value is >= 1900 and <= 2100 && sentence.Tokens[index].Length == 4;
        return isYear
            || _currencies.Contains(sentence, index - 1) // money
            || _durations.Contains(sentence, index + 1) // a duration
            || (index + 1 < sentence.Count && IsMonth(sentence.Word(index + 1))) // a day: "interpellées le 16 avril", "arrested on 14 July"
            || IsDayAfterMonth(sentence, index) // a day: "arrested on July 14"
            || (index > 0 && _negation.Contains(sentence, index - 1)) // denied: "no one was arrested there"
            || _quantities.Contains(sentence, index + 1) // a quantity: "after 212 kilograms of methamphetamine"
            || JoinedByHyphen(sentence, index); // a describing compound: "a 26-year-old man", "a 40-foot container"
    }

    /// <summary>A month's name in English (<c>months.txt</c>) or in another language read ("avril", "julho").</summary>
    private static bool IsMonth(ReadOnlySpan<char> word) =>
        Metadata.MonthNames.Number(word) > 0 || Metadata.NativeDateReader.IsMonth(word);

    /// <summary>"July 14": a day of one or two digits right after a capitalised English month name, as English writes dates month first.</summary>
    private static bool IsDayAfterMonth(SentenceTokens sentence, int index) =>
        index > 0 && sentence.Tokens[index] is { Kind: TokenKind.Number, Length: <= 2 } && sentence.Tokens[index - 1].IsCapitalized
        && Metadata.MonthNames.Number(sentence.Word(index - 1)) > 0;

    /// <summary>"26-year-old": digits the tokenizer split from the hyphenated word they start.</summary>
    private static bool JoinedByHyphen(SentenceTokens sentence, int index) =>
        index + 1 < sentence.Count && sentence.Tokens[index].Kind == TokenKind.Number && sentence.Tokens[index + 1].Start == sentence.Tokens[index].End
        && sentence.Word(index + 1) is ['-', _, ..];

    /// <summary>
    /// "seven in all", "seis personas en total", "once detenidos en total", "onze au total", "seis no total": after the count
    /// (and its person noun or arrest word), a place word and a word of the whole, then a pause or the sentence's end; not
    /// "in all twelve countries", where the whole is of something else.
    /// </summary>
    private bool IsTotalAfter(SentenceTokens sentence, int after)
    {
        // "Más de 20 personas fueron aprehendidas en total": the people and a passive verb group may stand between the count and its
        // whole, which then ends the clause.
        var k = after;
        while (k < sentence.Count && k < after + 2 + MaxAuxiliaryReach && (_arrestNouns.Contains(sentence, k) || IsArrestWord(sentence, k)
            || (k > after && _arrestAuxiliaries.Contains(sentence, k))))
        {
            k++;
        }

        return k + 1 < sentence.Count && _places.Contains(sentence, k) && _whole.Contains(sentence, k + 1)
            && (k + 2 >= sentence.Count || sentence.Tokens[k + 2].Kind == TokenKind.Punctuation || PhraseOpensAfterWhole(sentence, k + 2));
    }

    /// <summary>
    /// Session 35: "soit six au total avec les deux arrestations en Espagne", "seven in total with the two held in Spain": after
    /// the words of a whole, a short lower-case word (a preposition) and then a word, no number, open a phrase about the whole,
    /// as a pause would end it; "in all twelve countries" makes a whole of something else.
    /// </summary>
    private bool PhraseOpensAfterWhole(SentenceTokens sentence, int k) =>
        k + 1 < sentence.Count && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false, Length: <= MaxPrepositionLength }
        && !sentence.Cues[k].Overlaps(_numberGate) && sentence.Tokens[k + 1] is { Kind: TokenKind.Word, IsCapitalized: false } && !sentence.Cues[k + 1].Overlaps(_numberGate);

    /// <summary>
    /// "elevando para quatro o número de detidos", "elevando a cuatro el número de detenidos", "portant à cinq le nombre de
    /// personnes interpellées", "bringing the number of arrests to five": a count right before an article and a noun of
    /// <c>arrest-total-noun</c>, or after one and "to", whose "of" phrase names arrests, is the number of all arrested.
    /// </summary>
    private bool NamesTheNumberOfArrests(SentenceTokens sentence, int first, int after)
    {
        int of;
        if (after + 2 < sentence.Count && sentence.Tokens[after] is { Kind: TokenKind.Word, IsCapitalized: false } && sentence.Word(after).Length <= MaxPartitiveWordLength
            && _totalNouns.Contains(sentence, after + 1))
        {
            of = after + 2;
        }
        else if (first >= 5 && sentence.Word(first - 1) is "to" && _totalNouns.Contains(sentence, first - 5) is var noun
            && (noun || _totalNouns.Contains(sentence, first - 4)))
        {
            of = noun ? first - 4 : first - 3;
        }
        else
        {
            return false;
        }

        if (of >= sentence.Count || !(_from.Contains(sentence, of) || _partitive.Contains(sentence, of)))
        {
            return false;
        }

        for (var k = of + 1; k < sentence.Count && k <= of + 2; k++)
        {
            if (IsArrestWord(sentence, k))
            {
                return true;
            }

            if (!_arrestNouns.Contains(sentence, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"bringing the total to five": the number just after the total word, in a sentence that counts arrests.</summary>
    private int? TotalStated(SentenceTokens sentence, string? language)
    {
        if (!_total.MayOccurIn(sentence))
        {
            return null;
        }

        for (var k = 0; k < sentence.Count; k++)
        {
            if (!_total.Contains(sentence, k))
            {
                continue;
            }

            for (var n = k + 1; n < Math.Min(sentence.Count, k + 3); n++)
            {
                if (_numbers.Read(sentence, n, language) is { } number && !IsNotACount(sentence, n, number.Value) && CountsPeopleAfterArticle(sentence, n + number.Tokens)
                    && !PeopleOfAnotherVerb(sentence, n + number.Tokens))
                {
                    return (int)Math.Min(number.Value, int.MaxValue);
                }
            }

            // "elevando para oito o número total de detidos", "portant à vingt-sept le nombre total d'interpellations": the
            // number ends just before an article and the noun of the total, and an arrest word follows the total.
            if (k >= 3 && _totalNouns.Contains(sentence, k - 1) && sentence.Tokens[k - 2].Kind == TokenKind.Word && Within(sentence, k + 1, 3, _arrestWords))
            {
                for (var n = k - 3; n >= Math.Max(0, k - 7); n--)
                {
                    if (_numbers.Read(sentence, n, language) is { } before && n + before.Tokens == k - 2 && !IsNotACount(sentence, n, before.Value))
                    {
                        return (int)Math.Min(before.Value, int.MaxValue);
                    }
                }
            }

            // "O total de detidos nas duas jurisdições é de 40", "the total of people arrested in both countries is 40": an arrest
            // word right after the total, and the number later in its clause, where the clause ends or its people are named.
            if (Within(sentence, k + 1, 3, _arrestWords) && StatedLater(sentence, k + 2, language) is { } later)
            {
                return later;
            }
        }

        return null;
    }

    /// <summary>
    /// "En total, 14 personas han sido investigadas, de las cuales seis …", "A total of 30 people were questioned": the counted people
    /// and a passive verb group whose participle, and the word after it, tell no arrest: a total of people of another kind.
    /// </summary>
    private bool PeopleOfAnotherVerb(SentenceTokens sentence, int after)
    {
        var k = after;
        while (k < sentence.Count && k < after + 3 && _arrestNouns.Contains(sentence, k))
        {
            k++;
        }

        var auxiliaries = k;
        while (k < sentence.Count && k < auxiliaries + MaxAuxiliaryReach && _arrestAuxiliaries.Contains(sentence, k))
        {
            k++;
        }

        if (k == auxiliaries || k >= sentence.Count || sentence.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false })
        {
            return false;
        }

        for (var j = k; j < sentence.Count && j < k + 2 && sentence.Tokens[j].Kind != TokenKind.Punctuation; j++)
        {
            if (IsArrestWord(sentence, j) || _kept.Contains(sentence, j))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The count of a total stated at the end of its clause, at most <see cref="MaxTotalReach"/> words from <paramref name="from"/>
    /// and before any comma, colon or semicolon; none in a running tally ("since January").
    /// </summary>
    private int? StatedLater(SentenceTokens sentence, int from, string? language)
    {
        var own = _numbers.OwnUnitWords(language); // "se elevó a once": a language's own number words count here too
        for (var n = from; n < Math.Min(sentence.Count, from + MaxTotalReach); n++)
        {
            if (sentence.Word(n) is "," or ";" or ":" || _since.Contains(sentence, n))
            {
                return null;
            }

            if (MayBeCount(sentence, n, sentence.Tokens[n], sentence.Cues[n], own) && _numbers.Read(sentence, n, language) is { } number
                && !IsNotACount(sentence, n, number.Value) && CountsPeopleAfterArticle(sentence, n + number.Tokens))
            {
                return (int)Math.Min(number.Value, int.MaxValue);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the word after a total's number lets it count people: the sentence ends or pauses there, or an
    /// arrest noun or word follows ("a total of 14 suspects"), not another unit ("Au total, 27 tonnes").
    /// </summary>
    private bool CountsPeople(SentenceTokens sentence, int after) =>
        after >= sentence.Count || sentence.Tokens[after].Kind == TokenKind.Punctuation
        || _arrestNouns.Contains(sentence, after) || IsArrestWord(sentence, after)
        || (_arrestAuxiliaries.Contains(sentence, after) && AuxiliaryOfArrest(sentence, after));

    /// <summary>
    /// "En total son nueve los detenidos": a total's number may name its people after an
    /// article (a short lower-case word: the articles of every language).
    /// </summary>
    private bool CountsPeopleAfterArticle(SentenceTokens sentence, int after) =>
        CountsPeople(sentence, after)
        || (after + 1 < sentence.Count && sentence.Tokens[after] is { Kind: TokenKind.Word, IsCapitalized: false } && sentence.Word(after).Length <= MaxPartitiveWordLength
            && (_arrestNouns.Contains(sentence, after + 1) || IsArrestWord(sentence, after + 1)));

    /// <summary>
    /// "two more were detained", "two others have been arrested": an auxiliary after an added count tells of arrests only when an
    /// arrest word follows it within a few words; "nine more are under investigation" adds suspects, not arrests.
    /// </summary>
    private bool AuxiliaryOfArrest(SentenceTokens sentence, int auxiliary)
    {
        for (var k = auxiliary + 1; k < Math.Min(sentence.Count, auxiliary + MaxAuxiliaryReach + 1); k++)
        {
            if (IsArrestWord(sentence, k))
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

    /// <summary>
    /// "cash couriers", "Chinese nationals", "suspected smugglers" is read by the noun list already: one word that is no person
    /// noun, number, article or arrest word, then a person noun that is not itself a word of suspicion or of addition.
    /// </summary>
    private bool QualifiedPerson(SentenceTokens sentence, int word)
    {
        var noun = word + 1;
        return noun < sentence.Count && sentence.Tokens[word].Kind == TokenKind.Word && !sentence.Cues[word].Overlaps(_numberGate)
            && !_the.Contains(sentence, word) && !_partitive.Contains(sentence, word) && !_arrestWords.Contains(sentence, word)
            && !_arrestAuxiliaries.Contains(sentence, word) && !_places.Contains(sentence, word) && !_and.Contains(sentence, word)
            && _arrestNouns.Contains(sentence, noun) && !_suspicion.Contains(sentence, noun) && !_moreAfter.Contains(sentence, noun);
    }

    /// <summary>
    /// "20 people were arrested": an arrest word within <paramref name="count"/> words of <paramref name="from"/>, before any "and"
    /// that opens another clause ("six recruiters and Malaysian officers arrested four", "rescuing 640 workers and arresting 173").
    /// </summary>
    private bool ArrestWordInClause(SentenceTokens sentence, int from, int count)
    {
        for (var k = from; k < sentence.Count && k < from + count; k++)
        {
            if (IsArrestWord(sentence, k))
            {
                return true;
            }

            if (_and.Contains(sentence, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Simultaneously, …", and "Les autorités belges ont, de leur côté, interpellé trois complices", "A PJ, por sua vez, deteve dois
    /// cúmplices": a phrase of parallel arrests that opens the sentence or stands after a comma before its first arrest word.
    /// </summary>
    private bool InParallel(SentenceTokens sentence)
    {
        if (_parallel.MatchAt(sentence, 0) > 0)
        {
            return true;
        }

        if (!_arrestWords.MayOccurIn(sentence))
        {
            return false;
        }

        // Between commas, as an aside: "the working group simultaneously arrested 4 other subjects" tells no parallel arrests;
        // after an auxiliary, inside the verb group: "Les autorités de Guinée-Bissau ont de leur côté arrêté …".
        for (var k = 1; k < sentence.Count && !_arrestWords.Contains(sentence, k); k++)
        {
            if ((sentence.Word(k - 1) is "," || _arrestAuxiliaries.Contains(sentence, k - 1)) && _parallel.MatchAt(sentence, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "arrested a man", "arrested the alleged financier", "arrêté le commanditaire présumé", "detuvo al cabecilla": how many arrest
    /// words of the sentence take one person as their object: a determiner of one person (<c>arrest-one</c>, two at most: "a un"),
    /// at most one describing word, then a lower-case noun that is not plural (no final s or x, not <c>arrest-plural-nouns</c>).
    /// </summary>
    private int PeopleArrestedOneByOne(SentenceTokens sentence)
    {
        var ones = 0;
        for (var k = 0; k + 2 < sentence.Count; k++)
        {
            if (!IsArrestWord(sentence, k) || Denied(sentence, k))
            {
                continue;
            }

            var j = k + 1;
            while (j < sentence.Count && j < k + 3 && _onePerson.Contains(sentence, j))
            {
                j++;
            }

            if (j == k + 1 || j >= sentence.Count)
            {
                continue;
            }

            if (OnePersonNoun(sentence, j) || (j + 1 < sentence.Count && sentence.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false } && OnePersonNoun(sentence, j + 1)
                && !OnePersonNoun(sentence, j)))
            {
                ones++;
            }
        }

        return ones;
    }

    /// <summary>
    /// "arrested a senior procurement officer and": before the "and" at <paramref name="and"/>, one person (a determiner of one
    /// person and at most three lower-case words, the last a singular noun) right after an arrest word.
    /// </summary>
    private bool OnePersonAfterArrestWord(SentenceTokens sentence, int and)
    {
        if (and < 3 || !OnePersonNoun(sentence, and - 1))
        {
            return false;
        }

        for (var d = and - 2; d >= Math.Max(1, and - 4); d--)
        {
            if (_onePerson.Contains(sentence, d))
            {
                return IsArrestWord(sentence, d - 1) || (d >= 2 && _onePerson.Contains(sentence, d - 1) && IsArrestWord(sentence, d - 2));
            }

            if (sentence.Tokens[d] is not { Kind: TokenKind.Word, IsCapitalized: false })
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "arrested Ruelas and two co-defendants", "ont interpellé Moussa Diallo et deux complices", "detuvieron a Pérez y dos
    /// cómplices": before the "and" at <paramref name="and"/>, a person's name (one to three capitalised words, no body the
    /// recogniser knows being that short a run of names after a verb) right after an arrest word or its short preposition.
    /// </summary>
    private bool NamedPersonAfterArrestWord(SentenceTokens sentence, int and)
    {
        var d = and - 1;
        while (d > 0 && d >= and - MaxNameWords && sentence.Tokens[d] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            d--;
        }

        if (d == and - 1 || d < 0 || d < and - MaxNameWords - 1)
        {
            return false;
        }

        // "detuvieron a Pérez": one short lower-case word may stand between the verb and the name, not a place's ("arrested in
        // Kampala and two more in Entebbe").
        if (!IsArrestWord(sentence, d) && d > 0 && sentence.Tokens[d] is { Kind: TokenKind.Word, IsCapitalized: false } && sentence.Word(d).Length <= 2
            && !_places.Contains(sentence, d))
        {
            d--;
        }

        return IsArrestWord(sentence, d);
    }

    private bool OnePersonNoun(SentenceTokens sentence, int k)
    {
        if (sentence.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false } || _pluralNouns.Contains(sentence, k) || sentence.Cues[k].Overlaps(_numberGate))
        {
            return false;
        }

        var word = sentence.Word(k);
        return word.Length > 2 && word[^1] is not ('s' or 'x');
    }

    /// <summary>
    /// Whether an arrest word stands in the clause of the token at <paramref name="at"/>, between the semicolons around it, and is
    /// not denied ("… mas não foram detidos", "but were not arrested").
    /// </summary>
    private bool ClauseTellsArrests(SentenceTokens sentence, int at)
    {
        var start = at;
        while (start > 0 && sentence.Word(start - 1) is not ";")
        {
            start--;
        }

        for (var k = start; k < sentence.Count && sentence.Word(k) is not ";"; k++)
        {
            if (IsArrestWord(sentence, k) && !Denied(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(SentenceTokens sentence, int k) =>
        sentence.Word(k) is "\"" or "'" or "\u00AB" or "\u00BB" or "\u201C" or "\u201D" or "\u2018" or "\u2019";

    private static bool HasColon(SentenceTokens sentence)
    {
        for (var k = 0; k < sentence.Count; k++)
        {
            if (sentence.Word(k) is ":")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAny(SentenceTokens sentence, WordSet words) => Within(sentence, 0, sentence.Count, words);

    private static bool Within(SentenceTokens sentence, int from, int count, WordSet words)
    {
        if (!words.MayOccurIn(sentence))
        {
            return false;
        }

        for (var k = from; k < sentence.Count && k < from + count; k++)
        {
            if (words.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A total the report states is its arrest figure (the guidelines: per country and as a total, the total is the figure): it wins over
    /// a larger figure that was only a sum of parts read before it ("Sept … en Belgique, cinq à Bruxelles et deux à Anvers" then "Au total,
    /// huit"), as the parts may have broken a count down rather than added to it; over a larger count stated as such, it is kept as before.
    /// </summary>
    private static void KeepTotal(Dictionary<string, int> figures, long total, long summed)
    {
        var value = (int)Math.Min(total, int.MaxValue);
        if (summed > 0 && figures.TryGetValue(FigureKeys.Arrests, out var kept) && kept == summed && kept > value)
        {
            figures[FigureKeys.Arrests] = value;
            return;
        }

        Keep(figures, FigureKeys.Arrests, value, largest: true);
    }

    private static void Keep(Dictionary<string, int> figures, string key, int value, bool largest)
    {
        if (!figures.TryGetValue(key, out var existing) || (largest && value > existing))
        {
            figures[key] = value;
        }
    }
}

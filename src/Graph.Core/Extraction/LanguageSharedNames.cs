using System.Runtime.InteropServices;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>
/// Native names several countries' bodies share ("Policía Nacional" of Spain, Colombia or Peru; "PJ" of
/// Portugal, Cape Verde or Guinea-Bissau), from <c>shared-names.txt</c> in each language's folder. The
/// gazetteer reads such a name as its first body; the report's own country then decides: the candidate
/// whose country the dateline names, else the one whose country the report names most often as taking
/// part (origins, destinations and nationalities do not count), the earliest named on a tie. A name marked
/// <c>report-country</c> ("Ministerio del Interior", "ministère de l'Intérieur") has no default: it is read only as
/// the body of the country the report speaks for most, and left unread when that country has none of its bodies.
/// </summary>
internal sealed class LanguageSharedNames
{
    private const string File = "shared-names.txt";
    private const string CitiesFile = "cities.txt";

    /// <summary>The third column's keyword of a shared name with no default.</summary>
    private const string ReportCountryOnly = "report-country";

    /// <summary>How much of a report's opening (headline and dateline) is searched for a city.</summary>
    private const int OpeningLength = 400;

    /// <summary>How much of a report with no dateline read is its headline and date lines, for its own country.</summary>
    private const int HeadingLength = 120;

    /// <summary>A dateline country ("Lima (Perú), …") outweighs this many mentions in the body.</summary>
    private const int DatelineWeight = 3;

    /// <summary>The longest linking word between a shared name and its country ("de", "da", "del").</summary>
    private const int MaxLinkerLength = 3;

    /// <summary>The most words between a shared name and the city it is seated in, the city included ("Provincial Penal de Puno").</summary>
    private const int MaxSeatWords = 6;

    // Candidates by name, any case (accents count); each candidate's entry stands in for the gazetteer's when chosen.
    private readonly Dictionary<string, GazetteerEntry[]> _candidates = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GazetteerEntry[]>.AlternateLookup<ReadOnlySpan<char>> _candidatesBySpan;

    // The candidate lists of the names with no default (report-country), by reference.
    private readonly HashSet<GazetteerEntry[]> _withoutDefault = new(ReferenceEqualityComparer.Instance);

    // The actors a shared name may be read as, so most mentions are passed over without a look at their words.
    private readonly HashSet<string> _readings = new(StringComparer.Ordinal);

    // A bit for each length under 64 a shared name has (names that differ in length never match, in any case), and
    // whether one is longer: most agency mentions are passed over without hashing their id or their words.
    private readonly ulong _nameLengths;
    private readonly bool _longNames;

    // Dateline cities by their first word: the city's words and its country's actor id.
    private readonly Dictionary<string, List<(string[] Words, string CountryId)>> _cities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, string CountryId)>>.AlternateLookup<ReadOnlySpan<char>> _citiesBySpan;

    // A bit for each length under 64 a city's first word has, and whether one is longer (see _nameLengths).
    private readonly ulong _cityWordLengths;
    private readonly bool _longCityWords;

    // The table a report's country evidence is counted in, kept for the thread's next count: it is counted once or twice
    // a report, and a new table grown for each was most of what the count cost besides its look-ups.
    [ThreadStatic]
    private static Dictionary<string, (int Score, int First)>? _evidence;

    // The possessive ending after an apostrophe ("Viet Nam's"), which makes the country before a name its owner.
    private readonly HashSet<string> _possessiveEndings;

    public LanguageSharedNames(ExtractionKnowledge knowledge)
    {
        _possessiveEndings = new HashSet<string>(knowledge.List(KnowledgeList.Possessive), StringComparer.Ordinal);
        foreach (var copy in KnowledgeLanguages.Copies(CitiesFile).Where(KnowledgeFile.Exists))
        {
            foreach (var cells in KnowledgeFile.Rows(copy, '|'))
            {
                foreach (var city in KnowledgeFile.List(cells[1]))
                {
                    var words = knowledge.Tokenizer.Tokenize(city, 0, city.Length).Select(t => t.In(city).ToString()).ToArray();

                    // Wire datelines write the city in capitals ("DAKAR, 23 mars 2026 —", "LIMA.—").
                    var capitals = words.Select(w => w.ToUpperInvariant()).ToArray();
                    foreach (var form in capitals.SequenceEqual(words) ? [words] : new[] { words, capitals })
                    {
                        if (!_cities.TryGetValue(form[0], out var sharing))
                        {
                            _cities[form[0]] = sharing = [];
                        }

                        sharing.Add((form, Actor.CountryId(cells[0])));
                    }
                }
            }
        }

        foreach (var copy in KnowledgeLanguages.Copies(File).Where(KnowledgeFile.Exists))
        {
            foreach (var (line, cells) in KnowledgeFile.NumberedRows(copy, '|'))
            {
                var slugs = cells.Length is 2 or 3 ? KnowledgeFile.List(cells[1]).ToList() : [];
                if (slugs.Count < 2 || (cells.Length == 3 && cells[2] != ReportCountryOnly))
                {
                    throw KnowledgeFile.Error(copy, line, $"a shared name needs 'name | slug; slug' with two bodies or more, and optionally '| {ReportCountryOnly}'");
                }

                var entries = slugs.Select(slug => knowledge.Agencies.TryGetValue(slug, out var agency)
                    ? EntryFor(knowledge, agency, cells[0])
                    : throw KnowledgeFile.Error(copy, line, $"'{slug}' is in no agencies.txt")).ToArray();
                // Accents tell the languages apart ("Policía Nacional" is Spanish, "Polícia Nacional" Portuguese),
                // so each keeps its own default; a name listed twice keeps one list, the first file's default first.
                var key = cells[0];
                var merged = _candidates.TryGetValue(key, out var earlier)
                    ? [.. earlier, .. entries.Where(e => !earlier.Any(x => x.ActorId == e.ActorId))]
                    : entries;
                if (cells.Length == 3 || (earlier is not null && _withoutDefault.Remove(earlier)))
                {
                    _withoutDefault.Add(merged);
                }

                _candidates[key] = merged;
                _readings.UnionWith(entries.Select(e => e.ActorId));
            }
        }

        (_nameLengths, _longNames) = LengthBits(_candidates.Keys);
        (_cityWordLengths, _longCityWords) = LengthBits(_cities.Keys);

        _candidatesBySpan = _candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        _citiesBySpan = _cities.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether several countries' bodies share this name, in any language's list ("Ministry of Public Security").</summary>
    public bool IsShared(ReadOnlySpan<char> name) => _candidatesBySpan.ContainsKey(name);

    /// <summary>
    /// The listed city a capitalised token starts ("Amberes", "Porto Alegre", the longest at that word): its country's actor
    /// id and the token after it; null when none does.
    /// </summary>
    public (string CountryId, int End)? CityAt(SentenceTokens sentence, int k)
    {
        if (k >= sentence.Count || !sentence.Tokens[k].IsCapitalized || !HasLength(_cityWordLengths, _longCityWords, sentence.Tokens[k].Length)
            || !_citiesBySpan.TryGetValue(sentence.Word(k), out var cities))
        {
            return null;
        }

        (string[] Words, string CountryId)? longest = null;
        foreach (var city in cities)
        {
            if ((longest is null || city.Words.Length > longest.Value.Words.Length) && sentence.PhraseAt(k, city.Words))
            {
                longest = city;
            }
        }

        return longest is { } found ? (found.CountryId, k + found.Words.Length) : null;
    }

    /// <summary>Whether the name is shared and one of its bodies is the country's ("Police nationale" and Senegal).</summary>
    public bool HasBodyOf(ReadOnlySpan<char> name, string countryId) =>
        _candidatesBySpan.TryGetValue(name, out var candidates) && Array.Exists(candidates, c => c.AgencyCountryId == countryId);

    /// <summary>Gives each shared name in the report to the body of the report's own country.</summary>
    /// <param name="text">The report.</param>
    /// <param name="sentences">Its sentences and their mentions, rewritten in place.</param>
    /// <param name="datelineEnd">Where the opening dateline ends (0 for none).</param>
    public void Resolve(string text, List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, int datelineEnd)
    {
        Dictionary<string, (int Score, int First)>? countries = null;
        foreach (var (sentence, mentions) in sentences)
        {
            for (var k = 0; k < mentions.Count; k++)
            {
                var mention = mentions[k];
                if (SharedName(text, mention) is not { } candidates)
                {
                    continue;
                }

                // "Senegal's Gendarmerie nationale", "Viet Nam's Ministry of Public Security": a country named just before says
                // whose body it is, even when the gazetteer's own reading of the name was another country's.
                if (k > 0 && NamedJustBefore(text, mentions[k - 1], mention, candidates) is { } owned)
                {
                    mentions[k] = owned.ActorId == mention.ActorId ? mention : mention with { ActorId = owned.ActorId, Entry = owned };
                    continue;
                }

                // "la Police nationale togolaise", "a PJ de Cabo Verde": a lower-case demonym right after, or a country after
                // a short linking word, says whose body it is.
                // The name with its country ("Direction générale des douanes du Niger") is kept as the form the text used.
                if (k + 1 < mentions.Count && CountryJustAfter(text, mention, mentions[k + 1], candidates) is { } named)
                {
                    var country = mentions[k + 1];
                    mentions[k] = mention with
                    {
                        ActorId = named.ActorId,
                        Entry = named,
                        TokenCount = country.EndToken - mention.FirstToken,
                        Span = new TextSpan(mention.Span.Start, country.Span.End - mention.Span.Start),
                    };
                    continue;
                }

                // "la Fiscalía Departamental de La Paz": a listed city the name is seated in says whose body it is.
                if (SeatAfter(sentence, mentions, k, candidates) is { } seat)
                {
                    mentions[k] = mention with
                    {
                        ActorId = seat.Body.ActorId,
                        Entry = seat.Body,
                        TokenCount = seat.End - mention.FirstToken,
                        Span = new TextSpan(mention.Span.Start, sentence.SpanOf(seat.End - 1, 1).End - mention.Span.Start),
                    };
                    continue;
                }

                // "Côté tchadien, la Gendarmerie nationale …": the country of the clause's scene, when one of its bodies bears the name.
                if (LanguageScene.CountryAt(sentence, mentions, mention.FirstToken) is { } scene
                    && BodyOf(candidates, scene.ActorId) is { } sceneBody)
                {
                    mentions[k] = mention with { ActorId = sceneBody.ActorId, Entry = sceneBody };
                    continue;
                }

                countries ??= CountryEvidence(text, sentences, datelineEnd);
                if (_withoutDefault.Contains(candidates))
                {
                    // "El Ministerio del Interior informa …": the ministry of the country the report speaks for, or none.
                    if (TopCountry(countries) is { } top && BodyOf(candidates, top) is { } own)
                    {
                        mentions[k] = mention with { ActorId = own.ActorId, Entry = own };
                    }
                    else
                    {
                        mentions.RemoveAt(k--);
                    }

                    continue;
                }

                var chosen = Choose(candidates, countries);
                mentions[k] = mention with { ActorId = chosen.ActorId, Entry = chosen };
            }
        }
    }

    /// <summary>
    /// The report's own country as an alpha-2 code: the one with the most weight (dateline, taking-part mentions,
    /// national bodies named), when it outweighs all the others together and has at least a dateline's weight; null otherwise.
    /// </summary>
    public string? ReportCountry(string text, List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, int datelineEnd)
    {
        var (best, bestScore, total) = ((string?)null, 0, 0);
        // Only the dateline's city counts here ("guns that arrived from Miami" in the first sentence is no country of the
        // report's); with no dateline read, a city in the headline and date lines ("Rotterdam, 14 November 2025").
        var cityLimit = datelineEnd > 0 ? datelineEnd : HeadingLength;
        foreach (var (country, (score, _)) in CountryEvidence(text, sentences, datelineEnd, cityLimit))
        {
            total += score;
            if (score > bestScore)
            {
                (best, bestScore) = (country, score);
            }
        }

        // A report filed from Lyon about ninety countries has no country of its own, nor has one that names a single
        // Spanish body in passing: the country needs its dateline or three mentions.
        return best is not null && bestScore > total - bestScore && bestScore >= DatelineWeight ? best["country:".Length..] : null;
    }

    /// <summary>
    /// The cities a sentence of the opening names, capitalised as listed ("Praia" the city, not "praia" the
    /// beach), the longest at each word ("Porto Alegre", not "Porto").
    /// </summary>
    private void AddCities(SentenceTokens sentence, Dictionary<string, (int Score, int First)> evidence, int cityLimit)
    {
        for (var k = 0; k < sentence.Count && sentence.SpanOf(k, 1).Start < cityLimit; k++)
        {
            if (!sentence.Tokens[k].IsCapitalized || !HasLength(_cityWordLengths, _longCityWords, sentence.Tokens[k].Length)
                || !_citiesBySpan.TryGetValue(sentence.Word(k), out var cities))
            {
                continue;
            }

            (string[] Words, string CountryId)? longest = null;
            foreach (var city in cities)
            {
                if ((longest is null || city.Words.Length > longest.Value.Words.Length) && sentence.PhraseAt(k, city.Words))
                {
                    longest = city;
                }
            }

            if (longest is { } found)
            {
                ref var weight = ref CollectionsMarshal.GetValueRefOrAddDefault(evidence, found.CountryId, out _);
                weight = (weight.Score + DatelineWeight, -1);
                k += found.Words.Length - 1;
            }
        }
    }

    /// <summary>The bodies a mention's words may name when they are a shared name; null otherwise.</summary>
    private GazetteerEntry[]? SharedName(string text, Mention mention) =>
        mention.Kind == ActorKind.Agency && MayBeSharedLength(mention.Span.Length) && _readings.Contains(mention.ActorId)
        && _candidatesBySpan.TryGetValue(text.AsSpan(mention.Span.Start, mention.Span.Length), out var candidates)
            ? candidates
            : null;

    private bool MayBeSharedLength(int length) => HasLength(_nameLengths, _longNames, length);

    private static bool HasLength(ulong lengths, bool longer, int length) => length < 64 ? ((lengths >> length) & 1) != 0 : longer;

    /// <summary>A bit for each length under 64 among the words, and whether one is longer.</summary>
    private static (ulong Lengths, bool Longer) LengthBits(IEnumerable<string> words)
    {
        var (lengths, longer) = (0UL, false);
        foreach (var word in words)
        {
            if (word.Length < 64)
            {
                lengths |= 1UL << word.Length;
            }
            else
            {
                longer = true;
            }
        }

        return (lengths, longer);
    }

    /// <summary>
    /// The candidate of the country named just before the name: the gazetteer's own reading when it is that country's (a word
    /// between allowed), else another candidate only when the country is the name's possessive ("Viet Nam's").
    /// </summary>
    private GazetteerEntry? NamedJustBefore(string text, Mention previous, Mention mention, GazetteerEntry[] candidates)
    {
        if (previous.Kind != ActorKind.Country || mention.FirstToken - previous.EndToken is not (0 or 1)
            || BodyOf(candidates, previous.ActorId) is not { } owned)
        {
            return null;
        }

        var between = text.AsSpan(previous.Span.End, mention.Span.Start - previous.Span.End).Trim();
        return owned.ActorId == mention.ActorId || between.IsEmpty || (between.Length > 1 && Tokenizer.IsApostrophe(between[0]) && _possessiveEndings.Contains(between[1..].ToString())) ? owned : null;
    }

    /// <summary>The candidate of the country, if one is (a loop: no closure is made for each mention read).</summary>
    private static GazetteerEntry? BodyOf(GazetteerEntry[] candidates, string countryId)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.AgencyCountryId == countryId)
            {
                return candidate;
            }
        }

        return null;
    }

    private static GazetteerEntry? CountryJustAfter(string text, Mention mention, Mention next, GazetteerEntry[] candidates)
    {
        var demonym = next is { Kind: ActorKind.Country, Entry.Kind: EntryKind.Demonym } && next.FirstToken == mention.EndToken && !char.IsUpper(text[next.Span.Start]);
        var linked = next is { Kind: ActorKind.Country, Entry.Kind: EntryKind.Country } && next.FirstToken - mention.EndToken is 1 or 2
            && LinkingWords(text.AsSpan(mention.Span.End, next.Span.Start - mention.Span.End).Trim());
        return demonym || linked ? Array.Find(candidates, c => c.AgencyCountryId == next.ActorId) : null;
    }

    /// <summary>
    /// "la Fiscalía Departamental de La Paz", "la Fiscalía Provincial Penal de Puno": capitalised words and short linking words
    /// after a shared name, then, after a linking word, a listed city: the body of the city's country, when one of the candidates
    /// is, and the token after the city. A lower-case word or another mention before any city ends the name.
    /// </summary>
    private (GazetteerEntry Body, int End)? SeatAfter(SentenceTokens sentence, List<Mention> mentions, int k, GazetteerEntry[] candidates)
    {
        var end = mentions[k].EndToken;
        var limit = Math.Min(Math.Min(sentence.Count, end + MaxSeatWords), k + 1 < mentions.Count ? mentions[k + 1].FirstToken : sentence.Count);
        for (var j = end; j < limit; j++)
        {
            if (ShortLowerCaseWord(sentence.Word(j)))
            {
                continue;
            }

            if (!sentence.Tokens[j].IsCapitalized)
            {
                return null;
            }

            if (j > end && ShortLowerCaseWord(sentence.Word(j - 1)) && CityAt(sentence, j) is { } city)
            {
                return BodyOf(candidates, city.CountryId) is { } body ? (body, city.End) : null;
            }
        }

        return null;
    }

    /// <summary>"de", "du", "de la": one linking word between a name and its country, or a linking word and an article.</summary>
    private static bool LinkingWords(ReadOnlySpan<char> between)
    {
        var space = between.IndexOf(' ');
        return space < 0 ? ShortLowerCaseWord(between) : ShortLowerCaseWord(between[..space]) && ShortLowerCaseWord(between[(space + 1)..]);
    }

    /// <summary>"de", "da", "du": the linking word between a name and its country.</summary>
    private static bool ShortLowerCaseWord(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLinkerLength)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The actor id of the country with the most weight, the earliest named on a tie; null when none has any.</summary>
    private static string? TopCountry(Dictionary<string, (int Score, int First)> countries)
    {
        var (best, bestScore, bestFirst) = ((string?)null, 0, int.MaxValue);
        foreach (var (country, (score, first)) in countries)
        {
            if (score > bestScore || (score == bestScore && first < bestFirst))
            {
                (best, bestScore, bestFirst) = (country, score, first);
            }
        }

        return best;
    }

    private static GazetteerEntry Choose(GazetteerEntry[] candidates, Dictionary<string, (int Score, int First)> countries)
    {
        var best = candidates[0];
        var (bestScore, bestFirst) = (0, int.MaxValue);
        foreach (var candidate in candidates)
        {
            if (candidate.AgencyCountryId is { } country && countries.TryGetValue(country, out var evidence)
                && (evidence.Score > bestScore || (evidence.Score == bestScore && evidence.First < bestFirst)))
            {
                (best, bestScore, bestFirst) = (candidate, evidence.Score, evidence.First);
            }
        }

        return best;
    }

    /// <summary>
    /// Each country's weight as the report's own: dateline mentions, mentions that take part, and the
    /// countries of the other national bodies named ("Policía Nacional del Perú" speaks for Peru). The table is the
    /// thread's kept one, good until the next count.
    /// </summary>
    private Dictionary<string, (int Score, int First)> CountryEvidence(
        string text, List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, int datelineEnd, int cityLimit = OpeningLength)
    {
        var evidence = _evidence ??= new Dictionary<string, (int Score, int First)>(StringComparer.Ordinal);
        evidence.Clear();
        foreach (var (sentence, _) in sentences)
        {
            if (sentence.Span.Start >= cityLimit)
            {
                break;
            }

            AddCities(sentence, evidence, cityLimit);
        }

        foreach (var (_, mentions) in sentences)
        {
            foreach (var mention in mentions)
            {
                var inDateline = mention.Span.End <= datelineEnd;
                // A mention with no country of its own gives none, shared name or not: its words are not looked up.
                var country = mention.Kind == ActorKind.Country ? mention.ActorId
                    : mention.Entry?.AgencyCountryId is not { } own || SharedName(text, mention) is not null ? null
                    : own;
                if (country is null || (mention.TakesNoPart && !inDateline))
                {
                    continue;
                }

                ref var weight = ref CollectionsMarshal.GetValueRefOrAddDefault(evidence, country, out var counted);
                weight = (weight.Score + (inDateline ? DatelineWeight : 1), counted ? weight.First : mention.Span.Start);
            }
        }

        return evidence;
    }

    private static GazetteerEntry EntryFor(ExtractionKnowledge knowledge, AgencyInfo agency, string name) =>
        new(EntryKind.Agency, agency.Slug, name, GazetteerPhrases.IsAcronym(name), agency.CountryCode)
        {
            ActorNumber = knowledge.ActorNumberOf(agency.ActorId),
            AgencyCountryNumber = agency.CountryCode is { } code ? knowledge.ActorNumberOf(Actor.CountryId(code)) : -1,
        };
}

using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Metadata;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Decides, clause by clause, whether a sentence has an actor take part in the event or only names it,
/// from what the actor does there. A sentence about another case or time ("In a separate case in 2022, …")
/// or a statistic about the trade in general has no one take part. An agency takes part unless its clause
/// shows it only commenting, funding, training or acting later ("trained by the FBI", "the NCA welcomed the
/// arrests", "a UNODC analyst said"). A country takes part only through an acting body or an acting cue: a
/// demonym before an authority noun ("Thai and Malaysian police"), a name after such a cue ("police in Spain
/// and Ecuador", "officers from Botswana and Namibia", "the participating countries were …") or before one
/// ("Spain and Italy took part"). A country named for anything else (where goods were made, where buyers
/// live, where a suspect will be extradited) is only mentioned.
/// </summary>
internal sealed partial class ParticipationReader(ExtractionKnowledge knowledge)
{
    private const int CueReach = 6;
    private const int MaxDenialReach = 3; // ", \"que no participó": the words between a body's name and the phrase denying it a part
    private const int QualifierReach = 2; // "Togo's anti-drug agency": lower-case words between a possessive and its authority noun
    private const int MaxList = 128; // names a list is read across (a closing list of 33 countries holds 70 tokens); bounds the work on a pathological sentence
    private const int UnitReach = 6;
    private const int BracketReach = 4; // "(4)", "(PNP)", "(four arrests)"
    private const int PartReach = 10; // "including three in El Salvador and a teacher in Panama"
    private const int AgentReach = 6;
    private const int CaseVerbReach = 4; // "ya ha recibido", "has already received", "a reçu"
    private const int TellReach = 6; // "solicitado información a las", "informó del caso a la", "seek the cooperation of the"
    private const int ReportedReach = 6; // "said in a statement that it would", "said charges of migrant smuggling would"
    private const int EarliestYear = 1900;
    private const int YearOpening = 2; // "In 2023, …": a year among a sentence's first words sets its time
    private const int LatestYear = 2100;
    private readonly WordSet _acting = knowledge.Words(KnowledgeList.Acting);
    private readonly WordSet _placeNouns = knowledge.Words(KnowledgeList.PlaceNoun);
    private readonly WordSet _authorities = knowledge.Words(KnowledgeList.Authority);
    private readonly WordSet _authorityQualifiers = knowledge.Words(KnowledgeList.AuthorityQualifier);
    private readonly WordSet _link = knowledge.Words(KnowledgeList.ActingLink);
    private readonly WordSet _tableHeaders = knowledge.Words(KnowledgeList.TableHeader);
    private readonly WordSet _contextAgents = knowledge.Words(KnowledgeList.ContextAgent);
    private readonly WordSet _contextVerbs = knowledge.Words(KnowledgeList.ContextVerb);
    private readonly WordSet _askingVerbs = knowledge.Words(KnowledgeList.ContextObjectVerb);
    private readonly WordSet _auxiliaries = knowledge.Words(KnowledgeList.Auxiliary);
    private readonly WordSet _perfectAuxiliaries = knowledge.Words(KnowledgeList.PerfectAuxiliary);
    private readonly WordSet _commenters = knowledge.Words(KnowledgeList.Commenter);
    private readonly PhraseSet _openers = knowledge.Phrases(KnowledgeList.BackgroundOpener);
    private readonly PhraseSet _statistics = knowledge.Phrases(KnowledgeList.Statistic);
    private readonly PhraseSet _membership = knowledge.Phrases(KnowledgeList.Membership);
    private readonly WordSet _teams = knowledge.Words(KnowledgeList.MembershipTeam);
    private readonly CueBits _statisticCue = knowledge.Mask(KnowledgeList.Statistic);
    private readonly CueBits _openerCue = knowledge.Mask(KnowledgeList.BackgroundOpener);
    private readonly CueBits _membershipCue = knowledge.Mask(KnowledgeList.Membership);
    private readonly WordSet _leadVerbs = knowledge.Words(KnowledgeList.LeadBefore);
    private readonly WordSet _by = knowledge.Words(KnowledgeList.AgentMarker);
    private readonly WordSet _the = knowledge.Words(KnowledgeList.DefiniteArticle);
    private readonly WordSet _listGlue = knowledge.Words(KnowledgeList.ListGlue);
    private readonly WordSet _relativePronouns = knowledge.Words(KnowledgeList.RelativePronoun);
    private readonly WordSet _possessive = knowledge.Words(KnowledgeList.Possessive);
    private readonly WordSet _in = knowledge.Words(KnowledgeList.Locative);
    private readonly WordSet _from = knowledge.Words(KnowledgeList.Ablative);
    private readonly WordSet _pronouns = knowledge.Words(KnowledgeList.PossessivePronoun);
    private readonly WordSet _with = knowledge.Words(KnowledgeList.Comitative);
    private readonly WordSet _to = knowledge.Words(KnowledgeList.InfinitiveMarker);
    private readonly WordSet _andOr = knowledge.Words(KnowledgeList.Conjunction, KnowledgeList.Disjunction);
    private readonly WordSet _arrestWords = knowledge.Words(KnowledgeList.Arrests);
    private readonly WordSet _arrestNouns = knowledge.Words(KnowledgeList.ArrestNouns);
    private readonly CueBits _numberWords = knowledge.Mask(KnowledgeList.Units);
    private readonly WordSet _arrestParts = knowledge.Words(KnowledgeList.ArrestParts);
    private readonly WordSet _nameLinkers = knowledge.Words(KnowledgeList.NameLinker);
    private readonly WordSet _courts = knowledge.Words(KnowledgeList.Court);
    private readonly PhraseSet _handedTo = knowledge.Phrases(KnowledgeList.HandedTo);
    private readonly PhraseSet _sources = knowledge.Phrases(KnowledgeList.SourceBefore);
    private readonly PhraseSet _impersonation = knowledge.Phrases(KnowledgeList.Impersonation);
    private readonly WordSet _futureVerbs = knowledge.Words(KnowledgeList.FutureVerb);
    private readonly WordSet _caseTakers = knowledge.Words(KnowledgeList.CaseTaker);
    private readonly WordSet _caseNouns = knowledge.Words(KnowledgeList.CaseNoun);
    private readonly WordSet _toldVerbs = knowledge.Words(KnowledgeList.ToldVerb);
    private readonly WordSet _toldOpeners = knowledge.Words(KnowledgeList.ToldOpener);
    private readonly WordSet _requestNouns = knowledge.Words(KnowledgeList.RequestNoun, KnowledgeList.CaseNoun);
    private readonly WordSet _dateWords = knowledge.Words(StringComparer.Ordinal, KnowledgeList.DateWord);
    private readonly WordSet _agentArticles = knowledge.Words(KnowledgeList.AgentArticle);
    private readonly WordSet _deniedParts = knowledge.Words(KnowledgeList.PartDenied);
    private readonly WordSet _negations = knowledge.Words(KnowledgeList.Negation);
    private readonly WordSet _negationLimiters = knowledge.Words(KnowledgeList.NegationLimiter);
    private readonly PhraseSet _custodyOrders = knowledge.Phrases(KnowledgeList.CustodyOrder);
    private readonly WordSet _custodySteps = knowledge.Words(KnowledgeList.CustodyStep);
    private readonly WordSet _operationPosts = knowledge.Words(KnowledgeList.OperationPost);
    private readonly PhraseSet _wantedNotices = knowledge.Phrases(KnowledgeList.WantedNotice);
    private readonly PhraseSet _channelVia = knowledge.Phrases(KnowledgeList.ChannelVia);
    private readonly PhraseSet _channelAsks = knowledge.Phrases(KnowledgeList.ChannelAsk);
    private readonly WordSet _gatherings = knowledge.Words(KnowledgeList.GatheringNoun);
    private readonly WordSet _gatheringLinks = knowledge.Words(KnowledgeList.GatheringLink);
    private readonly WordSet _gatheringHosts = knowledge.Words(KnowledgeList.GatheringHost);
    private readonly WordSet _staff = knowledge.Words(KnowledgeList.StaffNoun);
    private readonly WordSet _staffSuspects = knowledge.Words(KnowledgeList.StaffSuspect);
    private readonly WordSet _staffAgainst = knowledge.Words(KnowledgeList.StaffAgainst);

    // The uncued lists' bits in a sentence's EventWords (see Read's words): a rule that needs a word of one is not tried without it.
    private static readonly uint CourtWords = EventWords.Bit(KnowledgeList.Court);
    private static readonly uint ContextAgentWords = EventWords.Bit(KnowledgeList.ContextAgent);
    private static readonly uint CommenterWords = EventWords.Bit(KnowledgeList.Commenter);
    private static readonly uint ContextVerbWords = EventWords.Bit(KnowledgeList.ContextVerb);
    private static readonly uint HandedToWords = EventWords.Bit(KnowledgeList.HandedTo);
    private static readonly uint SourceWords = EventWords.Bit(KnowledgeList.SourceBefore);
    private static readonly uint ImpersonationWords = EventWords.Bit(KnowledgeList.Impersonation);
    private static readonly uint ActingWords = EventWords.Bit(KnowledgeList.Acting);
    private static readonly uint FutureWords = EventWords.Bit(KnowledgeList.FutureVerb);
    private static readonly uint CaseTakerWords = EventWords.Bit(KnowledgeList.CaseTaker);
    private static readonly uint ToldWords = EventWords.Bit(KnowledgeList.ToldVerb);
    private static readonly uint CaseNounWords = EventWords.Bit(KnowledgeList.CaseNoun);
    private static readonly uint StaffSuspensionWords = EventWords.Bit(KnowledgeList.StaffSuspension);

    /// <summary>
    /// Fills <paramref name="acts"/> (emptied first) with one flag per mention: whether the sentence has it take part.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="mentions">Its mentions, in reading order.</param>
    /// <param name="background">Whether the sentence is about another case or time (see <see cref="IsBackground"/>).</param>
    /// <param name="words">The sentence's <see cref="EventWords"/>: which uncued lists it may hold a word of.</param>
    /// <param name="acts">The flags, in the order of <paramref name="mentions"/>.</param>
    public void Read(SentenceTokens sentence, List<Mention> mentions, bool background, uint words, List<bool> acts)
    {
        acts.Clear();
        var members = MembersFrom(sentence);
        var opening = OpeningEnd(sentence);
        for (var m = 0; m < mentions.Count; m++)
        {
            var member = mentions[m].FirstToken >= members;
            acts.Add(!background && !member && mentions[m].Kind == ActorKind.Agency && AgencyActs(sentence, mentions, m, words, acts)
                && !Impersonated(sentence, mentions[m].FirstToken, words) && !AskedOrTold(sentence, WithOwner(sentence, mentions, m)));
        }

        if (background)
        {
            return;
        }

        var cues = new CueSearch(-1, 0);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind == ActorKind.Country)
            {
                var demonym = mention.Entry?.Kind == EntryKind.Demonym;
                if (!demonym && cues.Found < 0)
                {
                    cues = FirstActingOrArrestWord(sentence, words, cues.Searched, mention.FirstToken);
                }

                acts[m] = mention.FirstToken < members
                    && (demonym ? DemonymActs(sentence, mentions, m, words, acts)
                        : ResultRow(sentence, mention) || CountryActs(sentence, mentions, m, words, acts, opening, cues.Found))
                    && !Impersonated(sentence, mention.FirstToken, words) && !AskedOrTold(sentence, mention.FirstToken);
            }
        }

        if (sentence.AllCues.Overlaps(_deniedParts.Gate))
        {
            DenyParts(sentence, mentions, acts);
        }

        if (sentence.AllCues.Overlaps(_jointNouns.Gate))
        {
            DenyJointPartners(sentence, mentions, acts);
        }

        if (sentence.AllCues.Overlaps(_restrictionVerbs.Gate))
        {
            ClearRestricted(sentence, mentions, acts);
        }

        if (sentence.AllCues.Overlaps(_custodyOrders.Gate))
        {
            ClearCustodyOrderers(sentence, mentions, acts);
        }

        if (sentence.AllCues.Overlaps(_closingSpeech.Gate))
        {
            ClearClosingSpeakers(sentence, mentions, acts);
        }
    }

    /// <summary>
    /// "posed as officers of the Central Bureau of Investigation", "impersonating Chinese police": a phrase of
    /// pretending shortly before the actor, in the same clause, makes it a disguise, not a part taken.
    /// </summary>
    private bool Impersonated(SentenceTokens sentence, int first, uint words)
    {
        if ((words & ImpersonationWords) == 0)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        for (var k = first; k >= Math.Max(1, first - AgentReach); k--)
        {
            if (_impersonation.EndsAt(sentence, k))
            {
                return true;
            }

            if (tokens[k - 1].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A statistic, or a sentence whose opening, before any actor, names another case ("In a separate case, …")
    /// or an earlier year ("In 2023, …"); an earlier year later in the sentence dates only a part of it. A month
    /// less than a year before the report's ("In December 2024, …" in a June 2025 report) is this story's time.
    /// With <paramref name="ofFigures"/>, a statistic phrase that only denies a body a part ("which did not take part") leaves the
    /// sentence this story's: its bodies take no part by it, but the arrests it tells are the operation's (session 36).
    /// </summary>
    public bool IsBackground(SentenceTokens sentence, List<Mention> mentions, int? reportYear, int? reportMonth = null, bool ofFigures = false)
    {
        var firstActor = mentions.Count == 0 ? sentence.Count : mentions[0].FirstToken;
        var (statistics, openers) = (sentence.AllCues.Overlaps(_statisticCue), sentence.AllCues.Overlaps(_openerCue));
        for (var k = 0; k < Math.Min(sentence.Count, YearOpening + 1); k++)
        {
            if (k < firstActor && IsEarlierYear(sentence, k, reportYear) && !WithinYearBefore(sentence, k, reportYear, reportMonth))
            {
                return true;
            }
        }

        if (EarlierYearAside(sentence, firstActor, reportYear, reportMonth))
        {
            return true;
        }

        // A token that can start neither kind of phrase is passed over with one mask test.
        var starts = statistics && openers ? CueGate.Union(_statistics.Gate, _openers.Gate) : statistics ? _statistics.Gate : _openers.Gate;
        var cues = sentence.Cues;
        var end = statistics ? sentence.Count : Math.Min(sentence.Count, firstActor); // an opener counts only before the first actor
        for (var k = 0; (statistics || openers) && k < end; k++)
        {
            if (!CueGate.MayHold(starts, cues[k]))
            {
                continue;
            }

            if ((statistics && _statistics.MatchAt(sentence, k) is > 0 and var length && !(ofFigures && DeniesABodyAPart(sentence, mentions, k, length)))
                || (openers && k < firstActor && _openers.MatchAt(sentence, k) > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the customs service, which did not take part", "la DEA, que no participó": a phrase with a negation and a word of a part in it,
    /// a few words after a body's name (not "those arrests were not part of this operation").
    /// </summary>
    private bool DeniesABodyAPart(SentenceTokens sentence, List<Mention> mentions, int start, int length)
    {
        if (!mentions.Exists(m => m.EndToken <= start && m.EndToken >= start - MaxDenialReach))
        {
            return false;
        }

        var (negated, part) = (false, false);
        for (var j = start; j < start + length && j < sentence.Count; j++)
        {
            negated |= _negations.Contains(sentence, j);
            part |= _deniedParts.Contains(sentence, j);
        }

        return negated && part;
    }

    /// <summary>
    /// Where the list of a body's members starts ("brings together …"); past the sentence's end when it has none.
    /// A team formed for the case ("a joint taskforce made up of the AFP, the ABF and NSW Police has seized …")
    /// acts through its members, so its list is no composition.
    /// </summary>
    private int MembersFrom(SentenceTokens sentence)
    {
        for (var k = 0; sentence.AllCues.Overlaps(_membershipCue) && k < sentence.Count; k++)
        {
            if (_membership.MatchAt(sentence, k) is > 0 and var length && !_teams.Contains(sentence, k - 1))
            {
                return k + length;
            }
        }

        return sentence.Count;
    }

    private static bool IsEarlierYear(SentenceTokens sentence, int index, int? reportYear) =>
        reportYear is { } year && YearAt(sentence, index) < year;

    /// <summary>Whether a year token follows a month name and the two fall within twelve months before the report's month.</summary>
    private static bool WithinYearBefore(SentenceTokens sentence, int index, int? reportYear, int? reportMonth)
    {
        if (index == 0 || reportYear is not { } year || reportMonth is not { } month || YearAt(sentence, index) is not { } named)
        {
            return false;
        }

        var monthNamed = MonthNames.Number(sentence.Word(index - 1));
        return monthNamed > 0 && ((year * 12) + month) - ((named * 12) + monthNamed) is >= 0 and < 12;
    }

    /// <summary>The year a four-digit number token stands for ("2023"), or null.</summary>
    public static int? YearAt(SentenceTokens sentence, int index) =>
        sentence.Tokens[index] is { Kind: TokenKind.Number, Length: 4 } && int.TryParse(sentence.Word(index), out var value)
        && value is >= EarliestYear and <= LatestYear ? value : null;

    /// <summary>
    /// "We are now asking the Libyan authorities to help us", "investigators alerted Interpol": right after a verb of asking or
    /// telling (its article stepped over) a body or country is asked or told, which is no part in the operation yet. A body's
    /// owning country before it is stepped over by the caller ("asked Brazil's Federal Police for help").
    /// </summary>
    private bool AskedOrTold(SentenceTokens sentence, int first)
    {
        var verb = first > 0 && _the.Contains(sentence, first - 1) ? first - 2 : first - 1;
        return verb >= 0 && _askingVerbs.Contains(sentence, verb);
    }

    /// <summary>Whether the agency's name holds an authority noun ("Zambia Police Service", "Customs"): a force, not a ministry or an office.</summary>
    private bool NamesAForce(SentenceTokens sentence, Mention mention)
    {
        for (var k = mention.FirstToken; k < mention.EndToken; k++)
        {
            if (_authorities.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the agency's name holds a court's word ("Investigating Court No. 2 of Vigo").</summary>
    public bool NamesACourt(SentenceTokens sentence, Mention mention)
    {
        for (var k = mention.FirstToken; k < mention.EndToken; k++)
        {
            if (_courts.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool AgencyActs(SentenceTokens sentence, List<Mention> mentions, int m, uint words, List<bool> acts)
    {
        var mention = mentions[m];

        // "transmises à l'Organisation mondiale des douanes (OMD)": the acronym in brackets right after a body's name is that
        // body again, in the same place of the sentence, so it takes part exactly when the name does.
        if (AcronymOfThePrevious(sentence, mentions, m))
        {
            return acts[m - 1];
        }

        // "trained by the FBI and the RCMP": an agency listed after a context agent shares its role.
        if (m > 0 && mentions[m - 1].Kind == ActorKind.Agency && !acts[m - 1] && sentence.OnlyWordsBetween(mentions[m - 1].EndToken, mention.FirstToken, _listGlue))
        {
            return false;
        }

        // "will appear before the Federal High Court (in Lagos)": a court hears the case after the operation.
        for (var k = mention.FirstToken; (words & CourtWords) != 0 && k < mention.EndToken; k++)
        {
            if (_courts.Contains(sentence, k) && !DatedInTheOperation(sentence, mention.FirstToken))
            {
                return false;
            }
        }

        return !((words & ContextAgentWords) != 0 && ContextAgent(sentence, WithOwner(sentence, mentions, m)) && !DatedInTheOperation(sentence, mention.FirstToken))
            && !((words & CommenterWords) != 0 && Comments(sentence, mention.EndToken))
            && (IsObject(sentence, mention.FirstToken) || !ContextVerbAfter(sentence, mentions, m, words))
            && !((words & FutureWords) != 0 && !IsObject(sentence, mention.FirstToken) && ActsLater(sentence, mentions, m))
            && !((words & ContextVerbWords) != 0 && !IsObject(sentence, mention.FirstToken) && SaysWhatWillFollow(sentence, mentions, m))
            // Without a future word in the sentence only a future ending can tell it, and English lists none.
            && !(((words & FutureWords) != 0 || !_laterEndings.IsEmpty) && !IsObject(sentence, mention.FirstToken) && ActsLaterByTense(sentence, mentions, m))
            && !((words & (HandedToWords | ToldWords)) != 0 && ReceivesTheSuspects(sentence, mention.FirstToken, words))
            && !((words & CaseTakerWords) != 0 && TakesTheCaseOn(sentence, mentions, m))
            && !((words & CaseNounWords) != 0 && ReceivesTheCase(sentence, mentions, m))
            && !(sentence.AllCues.Overlaps(_proceedingOpeners.Gate) && OpensANewProceeding(sentence, mentions, m))
            && !AgentOfALaterPassive(sentence, mention)
            && !((words & SourceWords) != 0 && _sources.EndsAt(sentence, mention.FirstToken))
            && !PassivelyAskedOrTold(sentence, mentions, m)
            && !NamedAsChannel(sentence, mention)
            && !(sentence.AllCues.Overlaps(_gatherings.Gate) && NamedWithAGathering(sentence, mentions, m))
            && !(sentence.AllCues.Overlaps(_databases.Gate) && OwnsAConsultedDatabase(sentence, mentions, m))
            && !(sentence.AllCues.Overlaps(_staff.Gate) && (EmploysTheSuspects(sentence, mentions, m)
                || ((words & StaffSuspensionWords) != 0 && SuspendsItsStaff(sentence, mentions, m))));
    }

    /// <summary>
    /// Session 30: "the Border Force has been told of the findings", "Interpol was alerted": a body that is the subject of a verb
    /// of asking or telling in the passive is only asked or told, as it is right after that verb in the active.
    /// </summary>
    private bool PassivelyAskedOrTold(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var verb = VerbAfter(sentence, mentions, m);
        return verb > 0 && _askingVerbs.Contains(sentence, verb) && sentence.Word(verb - 1) is "been" or "was" or "were" or "is" or "are";
    }

    /// <summary>
    /// Whether a commenter noun at <paramref name="k"/> makes the body before it a commentator ("a UNODC analyst said", "UNODC
    /// experts warn"). Session 29: not when a past verb of action follows it, at most after "has", "have" or "had" ("AUSTRAC
    /// analysts followed the payments", "analysts had matched the packing marks"): that tells their work in this case, which
    /// is their body's part.
    /// </summary>
    private bool Comments(SentenceTokens sentence, int k)
    {
        if (!_commenters.Contains(sentence, k))
        {
            return false;
        }

        var verb = k + 1 < sentence.Count && sentence.Word(k + 1) is "has" or "have" or "had" ? k + 2 : k + 1;
        return verb >= sentence.Count || sentence.Tokens[verb].Kind != TokenKind.Word || !sentence.Word(verb).EndsWith("ed", StringComparison.Ordinal)
            || _auxiliaries.Contains(sentence, verb) || _contextVerbs.Contains(sentence, verb);
    }

    /// <summary>Whether the mention is the bracketed acronym right after a mention of the same body ("… des douanes (OMD)").</summary>
    private static bool AcronymOfThePrevious(SentenceTokens sentence, List<Mention> mentions, int m) =>
        m > 0 && mentions[m - 1].ActorId == mentions[m].ActorId && mentions[m - 1].EndToken == mentions[m].FirstToken - 1
        && sentence.Word(mentions[m].FirstToken - 1) is "(";

    /// <summary>Whether the verb whose subject the mention is (see <see cref="VerbAfter"/>) is a context verb; not looked for in a sentence without one.</summary>
    private bool ContextVerbAfter(SentenceTokens sentence, List<Mention> mentions, int m, uint words) =>
        (words & ContextVerbWords) != 0 && _contextVerbs.Contains(sentence, VerbAfter(sentence, mentions, m));

    /// <summary>
    /// "La Fiscalía formulará cargos el lunes", "O MPF informou que vai pedir o bloqueio de bens", "le DPCP déposera
    /// des accusations": a body whose own verb is still to come, or that says what it will do next, acts after the
    /// operation, so by that mention it takes no part (a body that acted is named so elsewhere too).
    /// </summary>
    private bool ActsLater(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var verb = VerbAfter(sentence, mentions, m);
        if (verb < 0)
        {
            return false;
        }

        if (_futureVerbs.Contains(sentence, verb))
        {
            return true;
        }

        // "informó que va a pedir", "a annoncé qu'il déposera": a verb of saying, then what the body will do.
        var next = verb + 1;
        if (next < sentence.Count && sentence.Word(next) is "que" or "qu'" or "qu’")
        {
            next++;
            if (next < sentence.Count && sentence.Word(next) is "il" or "elle" or "ils" or "elles" or "se")
            {
                next++;
            }

            return _futureVerbs.Contains(sentence, next);
        }

        return false;
    }

    /// <summary>
    /// Session 29: "The Department of Immigration said most would be returned to Haiti", "the Agency said in a statement that
    /// it would use the case as a model": a body whose own verb is "said", when the clause it reports opens on what will
    /// happen (a future word among its first few words, before any verb), tells what comes after the operation, so by that
    /// mention it takes no part. A reported past ("said twelve people were arrested") is not read, nor a police, customs or
    /// other force saying what comes next ("The Police Service said the suspects would appear in court"): its officers have
    /// usually made the arrests it speaks of.
    /// </summary>
    private bool SaysWhatWillFollow(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var k = SkipBracket(sentence, ListEnd(sentence, mentions, m));
        if (k >= sentence.Count || sentence.Word(k) is not ("said" or "says") || NamesAForce(sentence, mentions[m]))
        {
            return false;
        }

        for (var end = Math.Min(sentence.Count, k + 1 + ReportedReach); ++k < end;)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (_contextVerbs.Contains(sentence, k))
            {
                return sentence.Word(k) is "would" or "will";
            }

            // "said it would", "said they will": the reported clause's pronoun subject; any other auxiliary is its verb.
            if (_auxiliaries.Contains(sentence, k) && sentence.Word(k) is not ("it" or "they"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The token before a body's name, its article ("the", "la", "da", "des") stepped over.</summary>
    private int BeforeArticle(SentenceTokens sentence, int first) =>
        _the.Contains(sentence, first - 1) || _agentArticles.Contains(sentence, first - 1) ? first - 2 : first - 1;

    /// <summary>
    /// "received support from the ASEAN Wildlife Enforcement Network, and USAID funded …": a body after "from" or
    /// "with" is that phrase's object, not the subject of a verb that follows its list.
    /// </summary>
    private bool IsObject(SentenceTokens sentence, int first)
    {
        var before = _the.Contains(sentence, first - 1) ? first - 2 : first - 1;
        return _from.Contains(sentence, before) || _with.Contains(sentence, before);
    }

    /// <summary>
    /// "were produced before the magistrate", "fueron puestos a disposición del Ministerio Público": the body the
    /// suspects are handed to acts after the operation, so it takes no part in it. So does a body whose units or
    /// people they are handed to ("handed over to two police stations of the National Police", "remis aux agents de
    /// la police municipale"): a few words ending in "of" and an article may stand between the phrase and the body.
    /// </summary>
    private bool ReceivesTheSuspects(SentenceTokens sentence, int first, uint words)
    {
        if (Receives(sentence, first, words))
        {
            return true;
        }

        var end = _the.Contains(sentence, first - 1) ? first - 1 : first;
        var linker = end - 1;
        if (linker > 0 && !IsLinker(sentence, linker) && _listGlue.Contains(sentence, linker) && sentence.Tokens[linker].Kind == TokenKind.Word)
        {
            linker--; // "de la", "da": the article after the linking word
        }

        if (linker <= 0 || !IsLinker(sentence, linker))
        {
            return false;
        }

        for (var k = linker - 1; k >= Math.Max(1, linker - UnitReach); k--)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (Receives(sentence, k, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a hand-over phrase ends just before <paramref name="first"/> (its article stepped over), or a verb of telling or asking stands before it.</summary>
    private bool Receives(SentenceTokens sentence, int first, uint words)
    {
        var end = _the.Contains(sentence, first - 1) ? first - 1 : first;
        return ((words & HandedToWords) != 0 && _handedTo.EndsAt(sentence, end)) || ((words & ToldWords) != 0 && ToldOrAskedBefore(sentence, first));
    }

    /// <summary>
    /// "informó del caso a la Guardia Civil", "a PSP informou a PJ", "a avisé la police", "solicitado información a las
    /// autoridades", "seek the cooperation of the police": a verb of telling or asking (<c>told-verb</c>) before the body,
    /// with only articles, prepositions and linking words between and at most one noun of the request or the case, tells
    /// or asks the body, which takes no part by that mention. At least one such small word must stand between, so the
    /// subject of the verb ("la Fiscalía solicitó") is not read, and a word must stand before the verb, not a comma or a
    /// word of reporting, so a speaker put after its verb is not read either.
    /// </summary>
    private bool ToldOrAskedBefore(SentenceTokens sentence, int first)
    {
        var (glue, noun) = (0, false);
        for (var k = first - 1; k >= Math.Max(0, first - TellReach); k--)
        {
            if (_toldVerbs.Contains(sentence, k))
            {
                // "…, informou a Polícia Federal", "según informó la Guardia Civil": a verb after a comma or a word of
                // reporting has the body after it as its subject, the speaker.
                return glue > 0 && k > 0 && sentence.Tokens[k - 1].Kind == TokenKind.Word && !_toldOpeners.Contains(sentence, k - 1);
            }

            if (sentence.Tokens[k].Kind == TokenKind.Word && !_andOr.Contains(sentence, k)
                && (_listGlue.Contains(sentence, k) || _the.Contains(sentence, k) || IsLinker(sentence, k) || _to.Contains(sentence, k)))
            {
                glue++;
            }
            else if (!noun && _requestNouns.Contains(sentence, k))
            {
                noun = true;
            }
            else
            {
                return false;
            }
        }

        return false;
    }

    private bool IsLinker(SentenceTokens sentence, int k) => _nameLinkers.Contains(sentence, k) || _from.Contains(sentence, k);

    /// <summary>
    /// "The Financial Intelligence Unit has already received the case", "le MPC a reçu les dossiers", "la UIF ya ha
    /// recibido el caso", "o MP autorizou as acusações": a body that takes the case on (<c>case-taker</c>, then the case,
    /// its files or its charges within two words) does so after the operation, so by that mention it takes no part.
    /// Auxiliaries and adverbs may stand between the body and the verb, but no punctuation.
    /// </summary>
    private bool TakesTheCaseOn(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var k = SkipBracket(sentence, ListEnd(sentence, mentions, m));
        for (var end = Math.Min(sentence.Count, k + CaseVerbReach); k < end; k++)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (_caseTakers.Contains(sentence, k))
            {
                return _caseNouns.Contains(sentence, k + 1) || _caseNouns.Contains(sentence, k + 2) || _caseNouns.Contains(sentence, k + 3);
            }
        }

        return false;
    }

    // "Según fuentes de la Policía Nacional, …", "Selon la police belge, …": a body quoted as the source of what the
    // sentence tells (data/knowledge/*/context-words.txt, source-before) takes no part by that mention.

    /// <summary>"had been trained in digital evidence by the FBI": a context participle shortly before the "by" that names the agency.</summary>
    private bool ContextAgent(SentenceTokens sentence, int first)
    {
        var by = _agentArticles.Contains(sentence, first - 1) ? first - 2 : first - 1;
        if (!_by.Contains(sentence, by))
        {
            return false;
        }

        var participle = ContextParticipleAt(sentence, by, AgentReach);
        return participle >= 0 && !HostsTheOperationsPost(sentence, participle);
    }

    /// <summary>Whether a context participle (<c>context-agent</c>) stands within <paramref name="reach"/> words before a position, in the same clause.</summary>
    private bool ContextParticipleWithin(SentenceTokens sentence, int before, int reach) => ContextParticipleAt(sentence, before, reach) >= 0;

    /// <summary>The position of a context participle (<c>context-agent</c>) within <paramref name="reach"/> words before a position, in the same clause; -1 when none.</summary>
    private int ContextParticipleAt(SentenceTokens sentence, int before, int reach)
    {
        for (var k = before - 1; k >= Math.Max(0, before - reach); k--)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (_contextAgents.Contains(sentence, k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Session 30: "The regional coordination centre was hosted by the Royal Malaysia Police", "its command post was hosted by
    /// NamPol": a body that hosts the post the operation is run from (<c>operation-post</c>, right before "hosted" and its
    /// auxiliaries) works in the operation, unlike one that hosts a meeting, a course or a debriefing.
    /// </summary>
    private bool HostsTheOperationsPost(SentenceTokens sentence, int participle)
    {
        if (sentence.Word(participle) is not "hosted")
        {
            return false;
        }

        var k = participle - 1;
        while (k >= 0 && _auxiliaries.Contains(sentence, k))
        {
            k--;
        }

        return k >= 0 && _operationPosts.Contains(sentence, k);
    }

    /// <summary>
    /// The position of the verb whose subject the mention is: after the list it opens, a ", which …," aside
    /// and auxiliaries ("The UK's National Crime Agency, which has investigated …, welcomed"); -1 when none.
    /// </summary>
    private int VerbAfter(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var position = SkipBracket(sentence, ListEnd(sentence, mentions, m));

        // "O Bundeskriminalamt (BKA) alemão foi informado", "la Policía Federal brasileña (PF) fue avisada": the body's
        // own lower-case demonym, before or after its bracketed acronym, is part of its name, not the verb.
        for (var qualifiers = 0; qualifiers < 2 && OwnDemonymAt(sentence, mentions, m, position) is var after && after > position; qualifiers++)
        {
            position = SkipBracket(sentence, after);
        }

        // Session 35: "La Administración … (DEA) de Estados Unidos felicitó": the country the body belongs to, after its acronym.
        position = PastOwnerCountry(sentence, mentions, m, position);

        // "The Narcotics Control Bureau's zonal unit has been informed": the verb of the body's own unit, past its name.
        position = OwnUnitVerb(sentence, position);

        // "The UNODC Regional Office for Central Asia funded …": a unit name the gazetteer does not know.
        var unitEnd = Math.Min(position + UnitReach, sentence.Count);
        var tokens = sentence.Tokens;
        while (position < unitEnd && (tokens[position].IsCapitalized || _nameLinkers.Contains(sentence, position)))
        {
            position++;
        }

        position = PastParticipleAside(sentence, position);

        if (position + 1 < sentence.Count && sentence.Word(position) is "," && _relativePronouns.Contains(sentence, position + 1))
        {
            position += 2;

            // "A Autoridade Tributária, que não participou na operação, divulgou …": an aside that denies the body a
            // part, or only tells it of the case, says more than the verb after it.
            var inner = SkipAuxiliaries(sentence, position);

            if (_contextVerbs.Contains(sentence, inner))
            {
                return inner;
            }

            while (position < sentence.Count && sentence.Word(position) is not ",")
            {
                position++;
            }

            position++;
        }

        position = SkipAuxiliaries(sentence, position);
        return position < sentence.Count ? position : -1;
    }

    /// <summary>
    /// Session 30: after a possessive right behind the body ("the Bureau's Guwahati zonal unit has been informed"), the first
    /// auxiliary, context verb or future verb within a few words, which is the verb of the body's unit; else <paramref name="position"/>.
    /// </summary>
    private int OwnUnitVerb(SentenceTokens sentence, int position)
    {
        if (position >= sentence.Count || !IsPossessive(sentence.Word(position)))
        {
            return position;
        }

        for (var k = position + 1; k < Math.Min(sentence.Count, position + 1 + UnitReach) && sentence.Tokens[k].Kind == TokenKind.Word; k++)
        {
            if (_auxiliaries.Contains(sentence, k) || _contextVerbs.Contains(sentence, k) || _futureVerbs.Contains(sentence, k))
            {
                return k;
            }
        }

        return position;
    }

    /// <summary>
    /// The first word after the auxiliaries at <paramref name="position"/>: "was", "fue", "foi", and a perfect
    /// auxiliary only before one of them ("ha sido informada", "a été avisée"), since on its own it also opens
    /// an active verb ("a sollicité", "ha solicitado") whose subject acts.
    /// </summary>
    private int SkipAuxiliaries(SentenceTokens sentence, int position)
    {
        while (_auxiliaries.Contains(sentence, position)
            || (_perfectAuxiliaries.Contains(sentence, position) && _auxiliaries.Contains(sentence, position + 1)))
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// The token after a short bracket at <paramref name="position"/> ("La Oficina Europea de Lucha contra el Fraude
    /// (OLAF) fue informada"), or after the closing bracket of an acronym the list already read; else
    /// <paramref name="position"/>.
    /// </summary>
    private static int SkipBracket(SentenceTokens sentence, int position)
    {
        if (position < sentence.Count && sentence.Word(position) is ")")
        {
            return position + 1;
        }

        if (position >= sentence.Count || sentence.Word(position) is not "(")
        {
            return position;
        }

        for (var k = position + 1; k < Math.Min(sentence.Count, position + BracketReach + 1); k++)
        {
            if (sentence.Word(k) is ")")
            {
                return k + 1;
            }
        }

        return position;
    }

    /// <summary>
    /// The token after a lower-case demonym mention starting at <paramref name="position"/> (the body's own nationality,
    /// "alemão", "brasileña"), found among the mentions after <paramref name="m"/>; else <paramref name="position"/>.
    /// </summary>
    private static int OwnDemonymAt(SentenceTokens sentence, List<Mention> mentions, int m, int position)
    {
        for (var next = m + 1; next < mentions.Count && mentions[next].FirstToken <= position; next++)
        {
            if (mentions[next] is { Kind: ActorKind.Country, Entry.Kind: EntryKind.Demonym } demonym && demonym.FirstToken == position
                && !sentence.Tokens[position].IsCapitalized)
            {
                return demonym.EndToken;
            }
        }

        return position;
    }

    /// <summary>The token after the list of actors the mention opens ("Spain, Italy and France" → after France).</summary>
    private int ListEnd(SentenceTokens sentence, List<Mention> mentions, int m)
    {
        var end = mentions[m].EndToken;
        for (var next = m + 1; next < Math.Min(mentions.Count, m + MaxList) && mentions[next].FirstToken >= end; next++)
        {
            if (!sentence.OnlyWordsBetween(end, mentions[next].FirstToken, _listGlue))
            {
                break;
            }

            end = mentions[next].EndToken;
        }

        return end;
    }

    private bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 1 && Tokenizer.IsApostrophe(word[0]) && _possessive.Contains(word[1..]);
}

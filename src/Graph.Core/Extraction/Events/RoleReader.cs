using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;
using static Graph.Core.Extraction.Events.MentionRanges;
using static Graph.Core.Extraction.Text.WordEndings;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Finds who led or coordinated, from the cue phrases of data/knowledge/roles.txt: the agencies
/// after "led by" up to the next clause ("in collaboration with", a verb), the agencies that are the
/// subject of "coordinated", "Europol-led", the owner in "INTERPOL's Operation Pangea" and, once the
/// sentence has named the operation as a whole, whoever carried it out or conducted it.
/// </summary>
internal sealed partial class RoleReader
{
    private const int MaxGap = 4;
    private const int MaxUnitName = 10;
    private const int MaxColonIntro = 8;
    private const int MaxOperationReach = 8;
    private const int MaxUnitWords = 3;
    private const int MaxNameWords = 4; // "Operación Coral Azul", "Harbour Sieve 12"
    private const int MaxCountWords = 3;
    private const int AsideReach = 24;
    private const int MaxPartReach = 10;
    private const int MaxTimeReach = 12;
    private readonly PhraseSet _leadAfter;
    private readonly PhraseSet _leadOfOperation;
    private readonly PhraseSet _leadOfOperationVerbs;
    private readonly WordSet _leadOfOperationAgents;
    private readonly PhraseSet _operationVerbs;
    private readonly PhraseSet _references;
    private readonly PhraseSet _subjectLeads;
    private readonly PhraseSet _nameCues;
    private readonly WordSet _operationNouns;
    private readonly WordSet _operationWords;
    private readonly WordSet _possessive;
    private readonly WordSet _leadVerbs;
    private readonly WordSet _passiveOnly;
    private readonly WordSet _peopleNouns;
    private readonly WordSet _leadSuffixes;
    private readonly PhraseSet _stops;
    private readonly WordSet _announceVerbs;
    private readonly WordSet _speechVerbs;
    private readonly WordSet _selfReference;
    private readonly WordSet _deeds;
    private readonly CueBits _leadCues;
    private readonly CueBits _operationVerbCue;
    private readonly CueBits _subjectLeadCue;
    private readonly CueBits _operationCue;
    private readonly WordSet _to;
    private readonly WordSet _by;
    private readonly WordSet _with;
    private readonly WordSet _andOr;
    private readonly WordSet _relativePronouns;
    private readonly WordSet _listGlue;
    private readonly WordSet _memberNouns;
    private readonly WordSet _from;
    private readonly WordSet _nameLinkers;
    private readonly WordSet _unitHeads;
    private readonly WordSet _unitNouns;
    private readonly WordSet _leadObjects;
    private readonly WordSet _relatives;
    private readonly WordSet _partNouns;
    private readonly WordSet _inCharge;
    private readonly PhraseSet _unitAsides;
    private readonly PhraseSet _jointPartners;
    private readonly PhraseSet _leadAfterHeads;
    private readonly PhraseSet _sides;
    private readonly WordSet _sideAgents;
    private readonly WordSet _backReferences;
    private readonly WordSet _unitEnds;
    private readonly WordSet _locative;
    private readonly WordSet _the;
    private readonly WordSet _auxiliaries;
    private readonly WordSet _perfectAuxiliaries;
    private readonly string[] _adverbEndings;
    private readonly string[] _participleEndings;
    private readonly CueBits _leadTokenCues;
    private readonly PhraseSet _manners;
    private readonly WordSet _ownUnit;

    // Session 29: "a separate inquiry by X", "another investigation by X": a cue that opens on a noun another case's word
    // stands before tells who leads that case, not this one.
    private readonly WordSet _sequence;

    // A reference phrase ("ambas instituciones") has no cue bit of its own; its words have one in a sentence's EventWords.
    private static readonly uint ReferenceWords = EventWords.Bit(KnowledgeList.LeadReferencePhrase);

    public RoleReader(ExtractionKnowledge knowledge)
    {
        _leadAfter = knowledge.Phrases(KnowledgeList.LeadAfter);
        _leadOfOperation = knowledge.Phrases(KnowledgeList.LeadOfOperation);
        _leadOfOperationVerbs = knowledge.PhraseHeads(KnowledgeList.LeadOfOperation);
        _leadOfOperationAgents = knowledge.PhraseTails(KnowledgeList.LeadOfOperation, except: KnowledgeList.NameLinker);
        _operationVerbs = knowledge.Phrases(KnowledgeList.LeadOperationVerb);
        _references = knowledge.Phrases(KnowledgeList.LeadReferencePhrase);
        _subjectLeads = knowledge.Phrases(KnowledgeList.LeadSubject);
        _nameCues = knowledge.Phrases(KnowledgeList.OperationNameCue);
        _operationVerbCue = knowledge.Mask(KnowledgeList.LeadOperationVerb);
        _subjectLeadCue = knowledge.Mask(KnowledgeList.LeadSubject);
        _operationCue = knowledge.Mask(KnowledgeList.OperationNoun) | knowledge.Mask(KnowledgeList.OperationWord);
        _operationNouns = knowledge.Words(KnowledgeList.OperationNoun);
        _operationWords = knowledge.Words(StringComparer.Ordinal, KnowledgeList.OperationWord);
        _possessive = knowledge.Words(KnowledgeList.Possessive);
        _leadVerbs = knowledge.Words(KnowledgeList.LeadBefore);
        _passiveOnly = knowledge.Words(KnowledgeList.LeadPassiveOnly);
        _peopleNouns = knowledge.Words(KnowledgeList.Nationality, KnowledgeList.Milieu);
        _leadSuffixes = knowledge.Words(KnowledgeList.LeadSuffix);
        _stops = knowledge.Phrases(KnowledgeList.StopClause);
        _announceVerbs = knowledge.Words(KnowledgeList.AnnounceFallback);
        _speechVerbs = knowledge.Words(KnowledgeList.AnnounceSpeech);
        _selfReference = knowledge.Words(KnowledgeList.AnnounceSelf);
        _deeds = knowledge.Words(KnowledgeList.AnnounceDeed);
        _leadCues = knowledge.Mask(KnowledgeList.LeadAfter, KnowledgeList.LeadOfOperation, KnowledgeList.LeadBefore, KnowledgeList.LeadSuffix, KnowledgeList.OperationWord);
        _to = knowledge.Words(KnowledgeList.InfinitiveMarker);
        _by = knowledge.Words(KnowledgeList.AgentMarker);
        _with = knowledge.Words(KnowledgeList.Comitative);
        _andOr = knowledge.Words(KnowledgeList.Conjunction, KnowledgeList.Disjunction);
        _relativePronouns = knowledge.Words(KnowledgeList.RelativePronoun);
        _listGlue = knowledge.Words(KnowledgeList.ListGlue);
        _memberNouns = knowledge.Words(KnowledgeList.MemberNoun);
        _from = knowledge.Words(KnowledgeList.Ablative);
        _nameLinkers = knowledge.Words(KnowledgeList.NameLinker);
        _unitHeads = knowledge.Words(StringComparer.Ordinal, KnowledgeList.HeadFirst, KnowledgeList.ForceUnit);
        _unitNouns = knowledge.Words(KnowledgeList.ForceUnit);
        _leadObjects = knowledge.Words(KnowledgeList.LeadObject);
        _relatives = knowledge.Words(KnowledgeList.LeadRelative);
        _partNouns = knowledge.Words(KnowledgeList.LeadPart);
        _inCharge = knowledge.Words(KnowledgeList.LeadInCharge);
        _unitAsides = knowledge.Phrases(KnowledgeList.LeadUnitAside);
        _jointPartners = knowledge.Phrases(KnowledgeList.LeadJointPartner);
        _leadAfterHeads = knowledge.PhraseHeads(KnowledgeList.LeadAfter);
        _passiveLeadHeads = knowledge.PhraseHeads(KnowledgeList.LeadAfter, endingOn: KnowledgeList.AgentMarker);
        _sides = knowledge.Phrases(KnowledgeList.LeadSide);
        _sideAgents = knowledge.Words(KnowledgeList.LeadSideAgent);
        _backReferences = knowledge.Words(KnowledgeList.LeadBackReference);
        _unitEnds = knowledge.Words(StringComparer.Ordinal, KnowledgeList.OperationUnitEnd);
        _locative = knowledge.Words(KnowledgeList.Locative);
        _the = knowledge.Words(KnowledgeList.DefiniteArticle);
        _auxiliaries = knowledge.Words(KnowledgeList.Auxiliary);
        _perfectAuxiliaries = knowledge.Words(KnowledgeList.PerfectAuxiliary);
        _adverbEndings = [.. knowledge.List(KnowledgeList.AdverbEnding)];
        _participleEndings = [.. knowledge.List(KnowledgeList.ParticipleEnding)];
        _manners = knowledge.Phrases(KnowledgeList.LeadManner);
        _ownUnit = knowledge.Words(KnowledgeList.LeadOwnUnit);
        _sequence = knowledge.Words(KnowledgeList.OperationSequence);
        _firstPerson = knowledge.Words(KnowledgeList.LeadFirstPerson);
        _ownPossessive = knowledge.Words(KnowledgeList.LeadOwnPossessive);
        _ownActors = knowledge.Words(KnowledgeList.LeadQuotedOwn);
        _quotedObjects = knowledge.Words(KnowledgeList.LeadQuotedObject);
        _quoteSpeech = knowledge.Words(KnowledgeList.LeadQuoteSpeech);
        _quotedAuxiliaries = knowledge.Words(KnowledgeList.LeadQuotedAuxiliary);
        _conductedWith = knowledge.Phrases(KnowledgeList.LeadConductedWith);
        _helm = knowledge.Phrases(KnowledgeList.LeadHelm);
        _helmObjects = knowledge.Words(KnowledgeList.LeadHelmObject);
        _ownerNouns = knowledge.Words(KnowledgeList.LeadOwnerNoun);
        _indefinite = knowledge.Words(KnowledgeList.IndefiniteArticle);
        _ownWord = knowledge.Words(KnowledgeList.LeadOwn);
        _during = knowledge.Words(KnowledgeList.DuringOperation);
        _fronted = knowledge.Phrases(KnowledgeList.LeadFronted);
        _relativeSubjects = knowledge.Words(KnowledgeList.LeadRelativeSubject);
        _frontedCopulas = knowledge.Words(KnowledgeList.LeadFrontedCopula);
        _frontedWork = knowledge.Words(KnowledgeList.LeadFrontedWork);
        _objectClitics = knowledge.Words(KnowledgeList.LeadObjectClitic);
        _cliticVerbCue = knowledge.Mask(KnowledgeList.LeadBefore, KnowledgeList.LeadOperationVerb);
        _cliticVerbGate = CueGate.Union(_leadVerbs.Gate, _operationVerbs.Gate);
        _leadTokenCues = CueGate.Union(_operationNouns.Gate, _leadAfter.Gate, _subjectLeads.Gate, _leadOfOperation.Gate, _operationWords.Gate, _leadSuffixes.Gate, _leadVerbs.Gate);
    }

    /// <summary>
    /// The agencies a sentence presents as announcing the news ("INTERPOL announced the results of …", "La Policía
    /// Nacional ha desarticulado …"): a press release's announcer is its coordinator when the text names no lead
    /// outright. A body that only speaks ("…, the police reported", "said on Monday that …", "según informó …") is
    /// a source, not a leader: it counts only when it speaks of its own action ("said its Operation …", "says it
    /// has arrested …") or is an international body reporting on an operation it ran for its members.
    /// </summary>
    public HashSet<string> Announcers(SentenceTokens sentence, List<Mention> mentions)
    {
        var announcers = new HashSet<string>(StringComparer.Ordinal);
        var announces = _announceVerbs.MayOccurIn(sentence);
        var speaks = _speechVerbs.MayOccurIn(sentence);
        if (!announces && !speaks)
        {
            return announcers;
        }

        HashSet<string>? speakers = null;
        for (var i = 0; i < sentence.Count; i++)
        {
            var announcing = announces && _announceVerbs.Contains(sentence, i);
            var speaking = !announcing && speaks && _speechVerbs.Contains(sentence, i);
            if ((announcing || speaking) && !AfterRelativePronoun(sentence, i))
            {
                var into = announcing ? announcers : (speakers ??= new HashSet<string>(StringComparer.Ordinal));
                if (speaking)
                {
                    into.Clear();
                }

                if (!InvertedSubject(sentence, mentions, i, into))
                {
                    SubjectBeyondAside(sentence, mentions, i, into);
                }

                if (speaking)
                {
                    var ownAction = SpeaksOfItself(sentence, i);
                    foreach (var speaker in into)
                    {
                        if (ownAction || IsInternational(mentions, speaker))
                        {
                            announcers.Add(speaker);
                        }
                    }
                }
            }
        }

        return announcers;
    }

    /// <summary>"said its Operation Kestrel", "says it has arrested", "said that its officers": the speaker tells of its own action.</summary>
    private bool SpeaksOfItself(SentenceTokens sentence, int verb) =>
        (verb + 1 < sentence.Count && _selfReference.Contains(sentence, verb + 1))
        || (verb + 2 < sentence.Count && !sentence.Tokens[verb + 1].IsCapitalized && _selfReference.Contains(sentence, verb + 2))
        || TellsOwnDeed(sentence, verb);

    /// <summary>
    /// "La Aduana informó este martes que incautó …", "a PJ informou que deteve …": in a language that drops the subject,
    /// a speaker's report whose verb of arrest or seizure has no subject of its own tells the speaker's own deed.
    /// </summary>
    private bool TellsOwnDeed(SentenceTokens sentence, int verb)
    {
        var k = verb + 1;
        while (k < Math.Min(sentence.Count, verb + 3) && sentence.Tokens[k].Kind == TokenKind.Word && !sentence.Tokens[k].IsCapitalized
            && !_relativePronouns.Contains(sentence, k))
        {
            k++;
        }

        if (k + 1 >= sentence.Count || !_relativePronouns.Contains(sentence, k))
        {
            return false;
        }

        k++;
        if (_perfectAuxiliaries.Contains(sentence, k) && k + 1 < sentence.Count)
        {
            k++;
        }

        return _announceVerbs.Contains(sentence, k);
    }

    /// <summary>Whether the agency is a listed body of no one country (INTERPOL, a regional security system).</summary>
    private static bool IsInternational(List<Mention> mentions, string actorId)
    {
        foreach (var mention in mentions)
        {
            if (mention.ActorId == actorId && mention.Entry is { Kind: EntryKind.Agency, AgencyCountryId: null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "…, la Gendarmerie royale et la douane, qui ont saisi": the subject of a relative clause is the body named
    /// before it, which did a part of the work, not the owner announcing the news.
    /// </summary>
    private bool AfterRelativePronoun(SentenceTokens sentence, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && _auxiliaries.Contains(sentence, k))
        {
            k--;
        }

        // One lower-case word more between ("qui a saisi", "que ha detenido"): the auxiliary of a compound tense.
        return k >= 0 && (_relativePronouns.Contains(sentence, k)
            || (k >= 1 && !sentence.Tokens[k].IsCapitalized && _relativePronouns.Contains(sentence, k - 1)));
    }

    /// <summary>
    /// Fills <paramref name="leads"/> (emptied first) with the ids of the agencies the sentence says led,
    /// and <paramref name="nationalityLeads"/> (emptied first) with the countries it says led by
    /// nationality ("led by Thai and Cambodian police").
    /// </summary>
    public void Leads(SentenceTokens sentence, List<Mention> mentions, HashSet<string> leads, List<NationalityLead> nationalityLeads)
    {
        leads.Clear();
        nationalityLeads.Clear();
        FrontedCommand(sentence, mentions, leads, nationalityLeads); // "Al frente del operativo estuvo el SNG"
        FrontedOperationTakenUp(sentence, mentions, leads, nationalityLeads); // "La segunda, «X», la condujo la Armada"
        // "a piloté", "esteve à frente da" start with frequent words: they count only beside an operation noun.
        var cues = sentence.AllCues;
        var headedOperation = cues.Overlaps(_subjectLeadCue) && cues.Overlaps(_operationCue);
        if (!cues.Overlaps(_leadCues) && !headedOperation)
        {
            return;
        }

        HelmAfterAgency(sentence, mentions, leads); // "carried out with X at the helm", "X was in charge."
        OwnerOfInitiative(sentence, mentions, leads); // "Operation X is an ASEANAPOL initiative"

        // A sentence that names no body leads only through a back-reference to one named before ("The exercise was
        // coordinated by the Department.").
        var namesABody = mentions.Count > 0;
        var operationNamed = false;
        var tokenCues = sentence.Cues;
        for (var i = 0; i < sentence.Count; i++)
        {
            int participle; // asked once: the joint-manner reading starts with it too, and a passive head is one of the heads
            // Every branch below starts with a word of one of the sets: a token that can be none of them is passed over at once.
            if (!CueGate.MayHold(_leadTokenCues, tokenCues[i]) || (sentence.Tokens[i].IsCapitalized && WithinAName(mentions, i))
                || WithinAUnitNameAfterPossessive(sentence, i))
            {
                continue;
            }

            operationNamed |= _operationNouns.Contains(sentence, i);
            if (!namesABody)
            {
                BackReferenceOnly(sentence, mentions, i, operationNamed, nationalityLeads);
            }
            else if (_leadAfter.MatchAt(sentence, i) is > 0 and var cue)
            {
                if (!InChargeOfAPart(sentence, i, cue) && !(i > 0 && _sequence.Contains(sentence, i - 1)))
                {
                    CollectAfter(sentence, mentions, i + cue, leads, nationalityLeads, fronted: OpensSentence(sentence, i));
                    ConductorsBeforeDirector(sentence, mentions, i, leads);

                    // "The raid was ordered by X and carried out by Y": what one body led as a whole, the other carried out as a whole.
                    operationNamed = true;

                    // "detectives de la PDI, bajo la dirección de la Fiscalía, detuvieron …": the body that acted under a
                    // director leads with it, as "conducted by X under the direction of Y" makes both lead.
                    if (AsideOpening(sentence, i) is > 0 and var opening && AsideClosedByVerb(sentence, i + cue))
                    {
                        SubjectBeyondAside(sentence, mentions, opening, leads);
                    }

                    // "which Customs ran jointly with the ABF": an active verb of leading "with" a partner is led by its subject too.
                    if (_leadVerbs.Contains(sentence, i) && _with.Contains(sentence, i + cue - 1))
                    {
                        var found = leads.Count;
                        SubjectBeyondAside(sentence, mentions, i, leads);
                        if (leads.Count == found && SubjectBackReference(sentence, mentions, i) is { } head)
                        {
                            nationalityLeads.Add(new NationalityLead(null, head, sentence.Span, sentence.Tokens[i].Start));
                        }
                    }
                }
            }
            else if ((participle = _leadAfterHeads.MatchAt(sentence, i)) > 0
                && (SideAgent(sentence, mentions, i + participle) is > 0 and var side ? side : PlaceAgent(sentence, mentions, i + participle)) is > 0 and var sided)
            {
                // "coordinada del lado hondureño por la Policía Nacional", "pilotée côté français par la Gendarmerie": the
                // side, named by a demonym, stands between the participle of a lead cue and its agent.
                CollectAfter(sentence, mentions, sided, leads, nationalityLeads);
            }
            else if (JointMannerAgent(sentence, i, participle) is > 0 and var jointly)
            {
                CollectAfter(sentence, mentions, jointly, leads, nationalityLeads); // "liderada de manera conjunta por", "exécutée conjointement par"
            }
            else if (participle > 0 && _passiveLeadHeads.MatchAt(sentence, i) is > 0 and var passive && PlaceBeforeAgent(sentence, mentions, i + passive) is > 0 and var placed)
            {
                CollectAfter(sentence, mentions, placed, leads, nationalityLeads); // "coordenada a partir de Lisboa pelo MAOC-N"
            }
            else if (headedOperation && _subjectLeads.MatchAt(sentence, i) is > 0 and var heads && OperationFollows(sentence, i + heads))
            {
                SubjectOf(sentence, mentions, i, leads); // "A PJ esteve à frente da investigação"
            }
            else if (operationNamed && _leadOfOperation.MatchAt(sentence, i) is > 0 and var conducted)
            {
                CollectAfter(sentence, mentions, i + conducted, leads, nationalityLeads, conducts: true);
            }
            else if (operationNamed && _leadOfOperationVerbs.MatchAt(sentence, i) is > 0 and var verb
                && AgentAfterTime(sentence, mentions, i + verb - 1, MaxTimeReach, _leadOfOperationAgents) is > 0 and var timed)
            {
                // "The operation was carried out between 1 and 26 September by X": a phrase of time or place between the verb and its agent.
                CollectAfter(sentence, mentions, timed + 1, leads, nationalityLeads, conducts: true);
            }
            else if (_operationWords.Contains(sentence, i) && (OwnerBefore(sentence, mentions, i) ?? OwnerAfter(sentence, mentions, i)) is { } owner)
            {
                leads.Add(owner);
            }
            else if (_leadSuffixes.Contains(sentence, i) && !LeadsABodyAfter(sentence, mentions, i))
            {
                var named = false;
                foreach (var mention in mentions)
                {
                    if (mention.Kind == ActorKind.Agency && mention.EndToken == i)
                    {
                        leads.Add(mention.ActorId);
                        named = true;
                    }
                }

                if (!named && SuffixedBackReference(sentence, mentions, i) is { } suffixed)
                {
                    nationalityLeads.Add(new NationalityLead(null, suffixed, sentence.Span));
                }
            }
            else if (_leadVerbs.Contains(sentence, i) && _passiveOnly.Contains(sentence, i))
            {
                // "The investigation was opened in 2023 by the prosecutor's office": only the passive, once the operation is named.
                var agent = operationNamed ? AgentAfterTime(sentence, mentions, i) : -1;
                if (operationNamed && agent > 0)
                {
                    CollectAfter(sentence, mentions, agent + 1, leads, nationalityLeads);
                }
            }
            else if (_leadVerbs.Contains(sentence, i) && !_to.Contains(sentence, i + 1))
            {
                // "led by X", "organised jointly by X" (passive) or "X coordinated" (active); "led to
                // three arrests" is an outcome, not a lead.
                var by = _by.Contains(sentence, i + 1) ? i + 1 : i + 2 < sentence.Count && EndsWithAny(sentence.Word(i + 1), _adverbEndings) && _by.Contains(sentence, i + 2) ? i + 2 : -1;
                if (by > 0)
                {
                    CollectAfter(sentence, mentions, by + 1, leads, nationalityLeads);
                }
                else
                {
                    var found = leads.Count;
                    if (InvertedRelativeToOperation(sentence, i))
                    {
                        CollectAfter(sentence, mentions, i + 1, leads, nationalityLeads, inRelative: true);
                    }
                    else if (RelativeBackReference(sentence, i) is { } subject)
                    {
                        // "Operation Clean Berth, which the agency has run": the subject stands right before its verb, so no
                        // body named further back (the spokesman's agency before "said") is it.
                        nationalityLeads.Add(new NationalityLead(null, subject, sentence.Span));
                    }
                    else if (PronounSubjectOfRelative(sentence, i) && OpeningAgency(sentence, mentions) is { } opening)
                    {
                        leads.Add(opening); // "Le Ministère public communique qu'une enquête qu'il dirige a permis …"
                    }
                    else if (ObjectIsTheOperation(sentence, i) || RelativeToOperation(sentence, mentions, i))
                    {
                        SubjectBeyondAside(sentence, mentions, i, leads);
                        if (leads.Count == found)
                        {
                            SubjectOfRelative(sentence, mentions, i, leads); // "The FIA's unit in Gujranwala, which is running the investigation"
                        }

                        if (leads.Count == found && SubjectBackReference(sentence, mentions, i) is { } head)
                        {
                            nationalityLeads.Add(new NationalityLead(null, head, sentence.Span, sentence.Tokens[i].Start)); // "which Customs ran jointly with …"
                        }
                    }

                    if (leads.Count == found && AgentAfterPhrase(sentence, mentions, i) is > 0 and var late)
                    {
                        CollectAfter(sentence, mentions, late + 1, leads, nationalityLeads);
                    }
                }
            }
        }

        QuotedOwnLead(sentence, mentions, leads); // '"We led this," said the director of X'
        OpeningSubjectConductedWith(sentence, mentions, leads); // "X has arrested …, in an investigation run jointly with Y"
        NamedSubjectLedIt(sentence, mentions, leads); // '"The FIA led it, and …"'
    }

    /// <summary>
    /// "which Customs ran", "the Department coordinated": a capitalised head noun of the back-reference list just before the
    /// verb (its auxiliaries stepped over), after a relative pronoun, an article or nothing; the noun, or null.
    /// </summary>
    private string? SubjectBackReference(SentenceTokens sentence, List<Mention> mentions, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && _auxiliaries.Contains(sentence, k))
        {
            k--;
        }

        // Session 35: a lower-case head noun after "the" is the same reference ("The committee led the operation").
        if (k < 0 || (!sentence.Tokens[k].IsCapitalized && !(k > 0 && _the.Contains(sentence, k - 1))) || !_backReferences.Contains(sentence, k) || AnyStartsWithin(mentions, k, k + 1)
            || (k > 0 && !_relativePronouns.Contains(sentence, k - 1) && !_the.Contains(sentence, k - 1)))
        {
            return null;
        }

        return sentence.Word(k).ToString();
    }

    /// <summary>
    /// "the Major Organised Crime Agency", "the Joint Investigation Team": a cue word inside a body's name is part of the
    /// name, no verb or noun of the sentence. Only a capitalised token is asked: a name's lower-case words are its linkers.
    /// </summary>
    private static bool WithinAName(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstToken <= token && token < mention.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the AFP-led Joint Policing Cybercrime Coordination Centre": a lead suffix before a body (a named agency, or capitalised
    /// words ending in a unit's head noun) says who leads that body, not the operation.
    /// </summary>
    private bool LeadsABodyAfter(SentenceTokens sentence, List<Mention> mentions, int suffix)
    {
        var next = suffix + 1;
        if (AgencyStartsAt(mentions, next))
        {
            return true;
        }

        var k = next;
        while (k < Math.Min(sentence.Count, next + MaxUnitName) && sentence.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            k++;
        }

        return k > next && _unitEnds.Contains(sentence, k - 1);
    }

    /// <summary>"a Customs-led investigation": a body's capitalised head noun alone before a lead suffix names it again; the noun, or null.</summary>
    private string? SuffixedBackReference(SentenceTokens sentence, List<Mention> mentions, int suffix) =>
        suffix > 0 && sentence.Tokens[suffix - 1].IsCapitalized && _backReferences.Contains(sentence, suffix - 1) && !AnyStartsWithin(mentions, suffix - 1, suffix)
            ? sentence.Word(suffix - 1).ToString() : null;

    /// <summary>The back-reference a lead cue or suffix at a token of a sentence that names no body gives, if any.</summary>
    private void BackReferenceOnly(SentenceTokens sentence, List<Mention> mentions, int i, bool operationNamed, List<NationalityLead> nationalityLeads)
    {
        var cue = _leadAfter.MatchAt(sentence, i) is > 0 and var after ? after
            : operationNamed && _leadOfOperation.MatchAt(sentence, i) is > 0 and var conducted ? conducted : 0;
        var head = cue > 0 ? BackReferenceAt(sentence, mentions, i + cue)
            : _leadSuffixes.Contains(sentence, i) ? SuffixedBackReference(sentence, mentions, i)
            : _leadVerbs.Contains(sentence, i) ? RelativeBackReference(sentence, i) ?? SubjectBackReferenceOfOperation(sentence, mentions, i) : null;
        if (head is not null)
        {
            nationalityLeads.Add(new NationalityLead(null, head, sentence.Span));
        }
    }

    /// <summary>
    /// "Los allanamientos en la Argentina estuvieron a cargo de la PFA": being in charge ("a cargo de") of a part of the
    /// action (searches, raids, arrests), not of the operation, is carrying that part out, taking part without leading.
    /// Read back from the cue to the clause's start; an operation noun first ("la investigación, a cargo de") makes
    /// the cue the operation's. Commanding a part ("bajo el mando de") still leads it, as a side's lead.
    /// </summary>
    private bool InChargeOfAPart(SentenceTokens sentence, int cue, int length)
    {
        var inCharge = false;
        for (var k = cue; k < cue + length && !inCharge; k++)
        {
            inCharge = _inCharge.Contains(sentence, k);
        }

        return inCharge && PartOfTheActionBefore(sentence, cue);
    }

    private bool PartOfTheActionBefore(SentenceTokens sentence, int cue)
    {
        for (var k = cue - 1; k >= Math.Max(0, cue - MaxPartReach); k--)
        {
            if (sentence.Word(k) is ";" or ":" || IsOperation(sentence, k))
            {
                return false;
            }

            if (_partNouns.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first word after the comma that opens the aside a lead cue stands in, up to two lower-case words before the cue
    /// (", under the procedural guidance of", whose cue starts at its rare word); -1 when no comma opens it there.
    /// </summary>
    private static int AsideOpening(SentenceTokens sentence, int cue)
    {
        for (var k = cue - 1; k > 0 && k >= cue - 3; k--)
        {
            if (sentence.Word(k) is ",")
            {
                return k + 1;
            }

            if (sentence.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false })
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the aside a lead cue opens (", bajo la dirección de la Fiscalía,") closes with a comma within a few
    /// words and a lower-case word follows it, the verb the body before the aside is the subject of.
    /// </summary>
    private static bool AsideClosedByVerb(SentenceTokens sentence, int from)
    {
        // An acronym in brackets after the director's name ("of the Anti-Corruption Prosecutor's Office (SAPO),") does not count
        // against the aside's length.
        var reach = from + MaxUnitName + 2;
        for (var k = from; k < Math.Min(sentence.Count - 1, reach); k++)
        {
            if (sentence.Word(k) is "(" && k + 2 < sentence.Count && sentence.Word(k + 2) is ")")
            {
                (k, reach) = (k + 2, reach + 3);
                continue;
            }

            if (sentence.Word(k) is ";" or ":" or "." or "(" or ")")
            {
                return false;
            }

            if (sentence.Word(k) is ",")
            {
                return sentence.Tokens[k + 1].Kind == TokenKind.Word && !sentence.Tokens[k + 1].IsCapitalized;
            }
        }

        return false;
    }

    /// <summary>Whether only punctuation stands before a token ("Bajo la coordinación de AMERIPOL, …" opens its sentence).</summary>
    private static bool OpensSentence(SentenceTokens sentence, int index)
    {
        for (var k = 0; k < index; k++)
        {
            if (sentence.Tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AgencyStartsAt(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.FirstToken == token)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAside(bool[]? aside, int token) => aside is not null && aside[token];

    /// <summary>Whether the sentence tells that someone led, directed or coordinated (a lead cue, whatever its agent).</summary>
    public bool TellsALead(SentenceTokens sentence)
    {
        var after = _leadAfter.Gate.IsEmpty || sentence.AllCues.Overlaps(_leadAfter.Gate);
        var verbs = _leadVerbs.MayOccurIn(sentence);
        if (!after && !verbs)
        {
            return false;
        }

        for (var i = 0; i < sentence.Count; i++)
        {
            if ((after && _leadAfter.MatchAt(sentence, i) > 0) || (verbs && _leadVerbs.Contains(sentence, i)))
            {
                return true;
            }
        }

        return false;
    }
}

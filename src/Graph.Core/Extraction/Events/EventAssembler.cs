using System.Runtime.InteropServices;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Turns the mentions of a report into cooperation events. Each named operation is an event; a
/// sentence that names one gives it its actors, other sentences feed the report's main operation
/// (the most-named, or an unnamed joint action). Every authority named takes part, except
/// countries named only as origins or nationalities; a national agency brings its country along.
/// </summary>
internal sealed partial class EventAssembler(ExtractionKnowledge knowledge)
{
    private readonly OperationNameReader _names = new(knowledge);
    private readonly RoleReader _roles = new(knowledge);
    private readonly ParticipationReader _participation = new(knowledge);
    private readonly ReferenceLeadReader _references = new(knowledge);
    private readonly JointSubjectReader _jointSubjects = new(knowledge);
    private readonly FigureReader _figures = new(knowledge);
    private readonly CrimeAreaClassifier _crimeAreas = new(knowledge);
    private readonly LanguageBackgroundSentences _background = new(knowledge);
    private readonly EventWords _words = knowledge.EventWords;
    private const int TitleCaseWords = 4;
    private const int TitleCaseShortWord = 4; // "of", "to", "and" stay lower case in a title-case headline
    private readonly WordSet _operationNouns = knowledge.Words(KnowledgeList.OperationNoun);
    private readonly WordSet _figureBackReference = knowledge.Words(KnowledgeList.FigureBackReference);
    private readonly WordSet _leading = knowledge.Words(StringComparer.Ordinal, KnowledgeList.LeadingFunction);
    private readonly WordSet _operationPlurals = knowledge.Words(KnowledgeList.OperationPlural);

    /// <param name="sentences">The report's sentences with their mentions.</param>
    /// <param name="countryIdOfDiscovered">The country of an agency discovered in the report (a listed one names its own).</param>
    /// <param name="reportYear">The year of the report's date, when known (see <see cref="ParticipationReader"/>).</param>
    /// <param name="reportMonth">The month of the report's date, when known: a month of the year before may still be this story's.</param>
    /// <param name="language">The report's language (its own number words are read, see <see cref="FigureReader"/>).</param>
    public List<CooperationEvent> Assemble(
        IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences,
        Func<string, string?> countryIdOfDiscovered,
        int? reportYear = null,
        int? reportMonth = null,
        string? language = null)
    {
        var firstNamed = new string?[sentences.Count];
        var firstIsAlias = new bool[sentences.Count];
        var main = MainOperation(sentences, firstNamed, firstIsAlias);

        // One builder per event; reports name few, so they are searched in order.
        var builders = new List<EventBuilder>(2);
        EventBuilder BuilderFor(string? name)
        {
            foreach (var existing in builders)
            {
                if (string.Equals(existing.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return existing;
                }
            }

            var builder = new EventBuilder(name);
            builders.Add(builder);
            return builder;
        }

        var leads = new HashSet<string>(StringComparer.Ordinal);
        var builderOf = new EventBuilder[sentences.Count];
        reportYear ??= LatestYear(sentences);
        var background = new bool[sentences.Count];
        var otherCase = new bool[sentences.Count];
        var texts = new SentenceTokens[sentences.Count];

        // Another name of an operation already told ("known as Ironside") opens no scope of its own.
        var opensScope = new bool[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            texts[s] = sentences[s].Sentence;
            otherCase[s] = _background.IsBackground(sentences[s].Sentence);
            background[s] = otherCase[s] || _participation.IsBackground(sentences[s].Sentence, sentences[s].Mentions, reportYear, reportMonth);

            // "OPERATION ALMADRABA FANTASMA" as a heading, then "In a separate investigation, carried out jointly by …": the
            // heading has said which case the section tells, so the opener that sets it apart from the one before is no background.
            if (background[s] && !otherCase[s] && s > 0 && firstNamed[s - 1] is not null && OperationScope.IsHeading(texts[s - 1], texts[s]))
            {
                background[s] = false;
            }

            if (background[s] && !otherCase[s] && firstNamed[s] is not null && !firstIsAlias[s] && OpensAnotherOperation(texts[s], reportYear))
            {
                background[s] = false;
            }

            opensScope[s] = !background[s] && !firstIsAlias[s];
        }

        var about = OperationScope.Assign(texts, firstNamed, opensScope, main);
        var closing = new bool[sentences.Count];
        EventBuilder? closingBuilder = null;
        CarryLaterOperation(texts, about, background, opensScope, firstNamed, main, closing);
        GiveParagraphToTheOperationNamedLater(sentences, texts, about, background, opensScope, firstNamed);
        PointOrdinalReferences(texts, about, background, opensScope, firstNamed);
        NationalityLeadResolver? nationalityLeads = null; // per report: the assembler is shared between threads
        var byNationality = new List<NationalityLead>();
        var acts = new List<bool>();
        var recent = new List<(string Id, int Number)>(); // the agencies that took part, most recent last
        var jointSubject = new List<Mention>(); // the latest sentence-opening list of agencies, for "Ambas instituciones"
        var carriers = new HashSet<string>(StringComparer.Ordinal);
        List<(EventBuilder Builder, string ActorId)>? carriedBy = null;

        // "Both operations were supported by Europol": who takes part in a sentence about all of the report's
        // operations takes part in each of them, whichever one the sentence's place would give it to.
        List<string> currentOperations = main is null ? [] : OperationsOpeningScopes(firstNamed, opensScope);
        bool OfAll(int s) => currentOperations.Count >= 2 && !about[s].Scoped && AboutSeveralOperations(sentences[s].Sentence);
        List<(string Id, int Number, ParticipantRole Role, TextSpan Evidence)>? ofAllOperations = null;
        List<(EventBuilder Builder, Mention Speaker)>? speakers = null; // bodies named only as speakers (see ParticipationReader.OnlySpeaks)
        var deniedNow = new List<int>();
        List<(EventBuilder Builder, string ActorId)>? denied = null; // bodies and countries whose part in the whole operation the text denies
        var (ledeParticipants, ledeSentence) = (new HashSet<string>(StringComparer.Ordinal), -1); // who takes part in the first sentence where anyone does
        var (ownerIds, ownerNouns, agentIds) = (new List<string>(), new List<NationalityLead>(), new List<string>());
        List<(EventBuilder Builder, string ActorId)>? owners = null; // the operation's owner named by a pronoun (see PromoteOwners)
        List<(EventBuilder Builder, NationalityLead Kind)>? ownerKinds = null; // … or by the noun of its kind
        List<(EventBuilder Builder, string ActorId)>? agents = null; // … or joined to the bare operation noun ("an operation by X")
        for (var s = 0; s < sentences.Count; s++)
        {
            var (sentence, mentions) = sentences[s];
            // A sentence of the shared closing (see CarryLaterOperation) gives its bodies to no operation, unless one is left with none.
            var builder = closing[s] ? (closingBuilder ??= new EventBuilder(null)) : BuilderFor(about[s].Operation); // created in reading order, which orders the events
            builderOf[s] = builder;
            if (otherCase[s])
            {
                continue;
            }

            // Which uncued word lists the sentence may hold a word of, for the readers below (see EventWords).
            var words = jointSubject.Count > 0 || mentions.Count > 0 ? _words.Of(sentence) : 0;
            DenyByPronoun(sentences, s, builderOf, otherCase, ref denied, deniedNow);

            // "X flagged the boxes with Y under the operation which the two services have run": a reference
            // after agencies of its own sentence stands for them, so it is resolved once they are read.
            var (referred, referenceStart) = _references.Find(sentence);
            var referenceAfterAgencies = referred > 0 && AgencyEndsBy(mentions, referenceStart);
            if (referred > 0 && !referenceAfterAgencies)
            {
                LeadByReference(builder, recent, referred, sentence.Span);
            }

            if (jointSubject.Count > 0 && _roles.LeadsByReference(sentence, words))
            {
                foreach (var subject in jointSubject)
                {
                    builder.Add(subject.ActorId, subject.Entry?.ActorNumber ?? knowledge.ActorNumberOf(subject.ActorId), ParticipantRole.Lead, sentence.Span);
                }
            }

            if (!background[s])
            {
                _roles.OwnersOfOperation(sentence, mentions, ownerIds, ownerNouns, agentIds);
                foreach (var agent in agentIds)
                {
                    (agents ??= []).Add((builder, agent));
                }

                foreach (var owner in ownerIds)
                {
                    (owners ??= []).Add((builder, owner));
                }

                foreach (var kind in ownerNouns)
                {
                    (ownerKinds ??= []).Add((builder, kind));
                }
            }

            if (mentions.Count == 0)
            {
                _roles.Leads(sentence, mentions, leads, byNationality);
                foreach (var nationality in byNationality)
                {
                    (nationalityLeads ??= new()).Expect(builder, nationality);
                }

                continue;
            }

            _jointSubjects.OpeningAgencies(sentence, mentions, jointSubject);
            carriers.Clear();
            _roles.Carriers(sentence, mentions, carriers);
            foreach (var carrier in carriers)
            {
                (carriedBy ??= []).Add((builder, carrier));
            }

            _roles.Leads(sentence, mentions, leads, byNationality);
            _jointSubjects.Leads(sentence, mentions, words, leads);
            foreach (var nationality in byNationality)
            {
                (nationalityLeads ??= new()).Expect(builder, nationality);
            }

            _participation.Read(sentence, mentions, background[s], words, acts);
            _participation.ClearEarlierDeeds(sentence, mentions, reportYear, reportMonth, acts);
            _participation.DeniedOutright(sentence, mentions, s > 0 && background[s - 1], deniedNow);
            foreach (var m in deniedNow)
            {
                (denied ??= []).Add((builder, mentions[m].ActorId));
            }

            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                // "Both investigations have been directed by the Investigating Court No. 2 of Vigo": a court that a lead cue names
                // directs the case (an examining court), which is leading it, not hearing it afterwards.
                var directingCourt = !acts[m] && !background[s] && leads.Contains(mention.ActorId) && _participation.NamesACourt(sentence, mention);
                if (mention.TakesNoPart || (!acts[m] && !directingCourt))
                {
                    continue;
                }

                if (!leads.Contains(mention.ActorId) && _participation.OnlySpeaks(sentence, mentions, m))
                {
                    (speakers ??= []).Add((builder, mention));
                    continue;
                }

                if (ledeSentence < 0 || ledeSentence == s)
                {
                    ledeSentence = s;
                    ledeParticipants.Add(mention.ActorId);
                }

                var role = leads.Count > 0 && leads.Contains(mention.ActorId) ? ParticipantRole.Lead : ParticipantRole.Participant;
                var number = mention.Entry?.ActorNumber ?? knowledge.ActorNumberOf(mention.ActorId);
                var shared = OfAll(s) && builder.Name is { } ofOperation && IndexOf(currentOperations, ofOperation) >= 0 ? (ofAllOperations ??= []) : null;
                if (shared is null)
                {
                    builder.Add(mention.ActorId, number, role, mention.Sentence);
                }

                shared?.Add((mention.ActorId, number, role, mention.Sentence));
                if (mention.Kind != ActorKind.Agency)
                {
                    continue;
                }

                MoveToEnd(recent, mention.ActorId, number);

                // A national agency brings its country along: a listed one names it in its entry.
                var (country, countryNumber) = mention.Entry is { AgencyCountryId: { } countryId } entry ? (countryId, entry.AgencyCountryNumber)
                    : mention.Entry is null && countryIdOfDiscovered(mention.ActorId) is { } discovered ? (discovered, knowledge.ActorNumberOf(discovered))
                    : (null, -1);
                if (country is not null)
                {
                    if (shared is null)
                    {
                        builder.Add(country, countryNumber, ParticipantRole.Participant, mention.Sentence);
                    }

                    shared?.Add((country, countryNumber, ParticipantRole.Participant, mention.Sentence));
                }
            }

            if (referenceAfterAgencies)
            {
                LeadByReference(builder, recent, referred, sentence.Span);
            }
        }

        SpeakersWhereNoOneActs(speakers);
        DropDenied(denied, ledeParticipants, sentences, countryIdOfDiscovered);

        GiveToEveryOperation(builders, currentOperations, ofAllOperations);
        foreach (var builder in builders)
        {
            if (closingBuilder is not null && !builder.HasParticipants && builder.Name is { } name && IndexOf(currentOperations, name) >= 0)
            {
                closingBuilder.CopyTo(builder);
            }
        }

        nationalityLeads?.Resolve(sentences, m => m.Entry is { } known ? known.AgencyCountryId : countryIdOfDiscovered(m.ActorId));

        // Whoever the text says carried the event out leads it, unless a stronger cue already picked one of them
        // ("O MPF e a PF deflagraram …, sob a coordenação do MPF"); a coordinator that did not carry it out leads
        // beside them ("La Douane sénégalaise a conduit l'opération …, sous la coordination de l'OMD").
        if (carriedBy is not null)
        {
            foreach (var builder in builders)
            {
                var carriersOf = carriedBy.Where(c => c.Builder == builder).Select(c => c.ActorId).ToList();
                if (!carriersOf.Exists(id => builder.LeadIds.Contains(id, StringComparer.Ordinal)))
                {
                    builder.PromoteToLead(carriersOf);
                }
            }
        }

        PromoteOwners(owners, ownerKinds, sentences);
        PromoteAgents(agents, builderOf, background, sentences);

        // A press release that names no lead is coordinated by whoever announces it in its opening.
        if (builders.Exists(b => !b.HasLead))
        {
            var announcers = new List<string>();
            for (var s = 0; s < Math.Min(2, sentences.Count); s++)
            {
                announcers.AddRange(_roles.Announcers(sentences[s].Sentence, sentences[s].Mentions));
            }

            if (announcers.Count == 0)
            {
                announcers.AddRange(ReleaseOwners(sentences, texts));
            }

            foreach (var builder in builders)
            {
                if (!builder.HasLead)
                {
                    builder.PromoteToLead(announcers);
                }
            }

            PromoteOpeningOwners(builders, builderOf, background, sentences, texts);
            PromoteFramedDeedOwners(builders, builderOf, background, sentences);
        }

        var events = new List<CooperationEvent>(builders.Count);
        if (!builders.Exists(b => b.HasParticipants))
        {
            return events;
        }

        var crimeArea = _crimeAreas.Classify(texts);
        // A report naming several operations states each one's figures in the sentences about it (not in a
        // headline about all of them); a sentence about another case or time states none of this event's.
        var told = new List<SentenceTokens>(sentences.Count);
        var toldMentions = new List<List<Mention>>(sentences.Count);
        var figuresOf = builders.Count == 1 ? builderOf : FigureScope(texts, about, background, builderOf, main, RefersBackToAnOperation);
        var openingOfAll = builders.Count == 1 ? null : OpeningOfAll(texts, about, OfAll);
        var ofFigures = new bool[sentences.Count]; // a background sentence whose figures are the story's still (see ParticipationReader.IsBackground)
        for (var s = 0; s < sentences.Count; s++)
        {
            ofFigures[s] = !background[s] || (!otherCase[s] && !_participation.IsBackground(texts[s], sentences[s].Mentions, reportYear, reportMonth, ofFigures: true));
        }

        string? CountryOf(Mention mention) =>
            mention.Kind == ActorKind.Country ? mention.ActorId : mention.Entry is { } entry ? entry.AgencyCountryId : countryIdOfDiscovered(mention.ActorId);
        IReadOnlyDictionary<string, int> FiguresOf(EventBuilder builder)
        {
            told.Clear();
            toldMentions.Clear();
            for (var s = 0; s < sentences.Count; s++)
            {
                if (ofFigures[s] && (builders.Count == 1 || (figuresOf[s] == builder && !OfAll(s) && !closing[s] && !openingOfAll![s])))
                {
                    told.Add(texts[s]);
                    toldMentions.Add(sentences[s].Mentions);
                }
            }

            return _figures.Read(CollectionsMarshal.AsSpan(told), language, new ArrestSides(CollectionsMarshal.AsSpan(toldMentions), CountryOf));
        }

        // The main operation first; the others in the order the report reached them.
        var primary = builders.Find(b => string.Equals(b.Name, main, StringComparison.OrdinalIgnoreCase));
        if (primary is { HasParticipants: true })
        {
            events.Add(primary.Build(crimeArea, FiguresOf(primary)));
        }

        foreach (var builder in builders)
        {
            if (builder != primary && builder.HasParticipants)
            {
                events.Add(builder.Build(crimeArea, FiguresOf(builder)));
            }
        }

        return events;
    }

    /// <summary>
    /// Whose figures each sentence states. As <see cref="OperationScope"/> gives sentences to operations, except that a
    /// later operation's account goes on past a paragraph break ("Operation Nikau … targeted containers." then, below it,
    /// "Six people were arrested and charged"), until a heading or another operation: the figures after it are that
    /// operation's, not the main one's (session 23; participation keeps the paragraph-bounded scope).
    /// </summary>
    private static EventBuilder[] FigureScope(
        SentenceTokens[] texts, (string? Operation, bool Scoped)[] about, bool[] background, EventBuilder[] builderOf, string? main, Func<SentenceTokens, bool> refersBack)
    {
        var figuresOf = new EventBuilder[texts.Length];
        EventBuilder? carried = null;
        for (var s = 0; s < texts.Length; s++)
        {
            figuresOf[s] = builderOf[s];
            if (about[s].Scoped && !background[s])
            {
                carried = string.Equals(about[s].Operation, main, StringComparison.OrdinalIgnoreCase) ? null : builderOf[s];
            }
            else if (OperationScope.IsHeading(texts[s], s + 1 < texts.Length ? texts[s + 1] : null))
            {
                carried = null;
            }
            else if (!about[s].Scoped && carried is not null)
            {
                figuresOf[s] = carried;
            }

            // "Foram detidas quatro pessoas. Esta operação da GNR, batizada Sotavento, …": a later operation named by a sentence
            // that refers back to the operation just told owns the figures of its paragraph's sentences before it that named none.
            if (about[s].Scoped && !background[s] && !string.Equals(about[s].Operation, main, StringComparison.OrdinalIgnoreCase) && refersBack(texts[s]))
            {
                for (var t = s - 1; t >= 0 && !about[t].Scoped && !OperationScope.ParagraphBreakBefore(texts[t], texts[t + 1]); t--)
                {
                    figuresOf[t] = builderOf[s];
                }
            }
        }

        return figuresOf;
    }

    /// <summary>
    /// Session 36: a paragraph that opens on a sentence about several operations ("le bilan de trois opérations …") goes on about all
    /// of them until it ends or names one: "Au total, 63 personnes ont été arrêtées", "en conjunto las acciones dejaron dieciséis
    /// detenidos" state the operations' shared total, none of the first operation's figures. A headline about several operations
    /// stands apart: the lede under it may tell the first one.
    /// </summary>
    private static bool[] OpeningOfAll(SentenceTokens[] texts, (string? Operation, bool Scoped)[] about, Func<int, bool> ofAll)
    {
        var opening = new bool[texts.Length];
        var seen = false;
        for (var s = 0; s < texts.Length && !about[s].Scoped; s++)
        {
            seen &= s == 0 || !OperationScope.ParagraphBreakBefore(texts[s - 1], texts[s]);
            opening[s] = seen;
            seen |= ofAll(s) && !OperationScope.IsHeading(texts[s], s + 1 < texts.Length ? texts[s + 1] : null);
        }

        return opening;
    }

    /// <summary>"This operation, code-named …", "Esta operação da GNR, batizada …", "Cette opération": the sentence opens referring back.</summary>
    private bool RefersBackToAnOperation(SentenceTokens sentence) =>
        sentence.Count > 2 && _figureBackReference.Contains(sentence, 0) && _operationNouns.Contains(sentence, 1);

    /// <summary>"two regional operations end with 212 arrests", "ambas operaciones": a sentence about operations in the plural.</summary>
    private bool AboutSeveralOperations(SentenceTokens sentence)
    {
        for (var k = 0; k < sentence.Count; k++)
        {
            var word = sentence.Word(k);
            if ((word.Length > 1 && word[^1] == 's' && _operationNouns.Contains(word[..^1])) || _operationPlurals.Contains(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The operations named first by sentences that open a scope, each once (ignoring case), in reading order.</summary>
    private static List<string> OperationsOpeningScopes(string?[] firstNamed, bool[] opensScope)
    {
        var operations = new List<string>();
        for (var s = 0; s < firstNamed.Length; s++)
        {
            if (firstNamed[s] is { } name && opensScope[s] && IndexOf(operations, name) < 0)
            {
                operations.Add(name);
            }
        }

        return operations;
    }

    private static int IndexOf(List<string> names, string name)
    {
        for (var n = 0; n < names.Count; n++)
        {
            if (string.Equals(names[n], name, StringComparison.OrdinalIgnoreCase))
            {
                return n;
            }
        }

        return -1;
    }

    /// <summary>Whether an agency mention ends at or before <paramref name="token"/>. A loop: a lambda here allocated its closure for every sentence.</summary>
    private static bool AgencyEndsBy(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.EndToken <= token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The two organisations jointly conducted the operation": the last agencies to take part lead.</summary>
    private static void LeadByReference(EventBuilder builder, List<(string Id, int Number)> recent, int count, TextSpan evidence)
    {
        for (var r = recent.Count - 1; r >= Math.Max(0, recent.Count - count); r--)
        {
            builder.Add(recent[r].Id, recent[r].Number, ParticipantRole.Lead, evidence);
        }
    }

    /// <summary>
    /// Makes an agency the most recent to take part. A loop rather than <c>RemoveAll</c> with a lambda:
    /// this runs for every agency mention, and the lambda's closure was allocated for every mention.
    /// </summary>
    private static void MoveToEnd(List<(string Id, int Number)> recent, string actorId, int number)
    {
        for (var r = recent.Count - 1; r >= 0; r--)
        {
            if (string.Equals(recent[r].Id, actorId, StringComparison.Ordinal))
            {
                recent.RemoveAt(r);
            }
        }

        recent.Add((actorId, number));
    }

    private static void Count(ref List<(string Name, int Count)>? counts, string name)
    {
        counts ??= [];
        var index = IndexOfName(counts, name);
        if (index < 0)
        {
            counts.Add((name, 1));
        }
        else
        {
            counts[index] = (counts[index].Name, counts[index].Count + 1);
        }
    }

    /// <summary>
    /// A headline (no closing stop) in title case: no word but short ones starts in lower case, and a function word stands inside it,
    /// capitalised ("Joint Operation Leads To Nine Arrests", "Operation Kraken Nets 40 in Spain"); a section
    /// heading that is only a name ("Firearms: Operation Flintlock Arc 2") has none. Read only for sentences that name
    /// an operation.
    /// </summary>
    private bool IsTitleCase(SentenceTokens sentence)
    {
        if (sentence.Count == 0 || sentence.Word(sentence.Count - 1) is "." or "!" or "?" or ":")
        {
            return false; // a headline has no closing stop, nor the colon that opens a list ("Operation Dry Creek has so far led to:")
        }

        var (words, functionWords) = (0, 0);
        for (var k = 0; k < sentence.Count; k++)
        {
            var token = sentence.Tokens[k];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (!token.IsCapitalized && token.Length >= TitleCaseShortWord)
            {
                return false;
            }

            words++;
            var word = sentence.Word(k);
            if (!token.IsCapitalized || (k > 0 && (_leading.Contains(sentence, k) || (word.Length == 2 && char.IsLower(word[1])))))
            {
                functionWords++;
            }
        }

        return words >= TitleCaseWords && functionWords > 0;
    }

    private static int IndexOfName(List<(string Name, int Count)> counts, string name)
    {
        for (var c = 0; c < counts.Count; c++)
        {
            if (string.Equals(counts[c].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>A report with no date of its own is read as of the latest year it names.</summary>
    private static int? LatestYear(IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences)
    {
        int? latest = null;
        foreach (var (sentence, _) in sentences)
        {
            for (var k = 0; k < sentence.Count; k++)
            {
                if (ParticipationReader.YearAt(sentence, k) is { } year && year > (latest ?? 0))
                {
                    latest = year;
                }
            }
        }

        return latest;
    }

    /// <summary>
    /// The most-named operation of the report (first seen wins a tie), or null; fills in the first
    /// operation each sentence names.
    /// </summary>
    private string? MainOperation(IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, string?[] firstNamed, bool[] firstIsAlias)
    {
        var named = new List<string>();
        var aliases = new List<bool>();
        List<(string Name, int Count)>? counts = null;
        List<(int Sentence, string Name)>? titled = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            named.Clear();
            aliases.Clear();
            _names.Read(sentences[s].Sentence, sentences[s].Mentions, named, aliases);
            if (named.Count > 0 && IsTitleCase(sentences[s].Sentence))
            {
                foreach (var name in named)
                {
                    (titled ??= []).Add((s, name));
                }

                continue;
            }

            if (named.Count > 0)
            {
                firstIsAlias[s] = aliases[0];
            }

            foreach (var name in named)
            {
                firstNamed[s] ??= name;
                Count(ref counts, name);
            }
        }

        // "Joint Operation Leads To Nine Arrests": in a headline written in title case every word is capitalised, so
        // the words after "Operation" are a name only when the report's own sentences name it too.
        for (var t = 0; titled is not null && t < titled.Count; t++)
        {
            var (s, name) = titled[t];
            if (counts is not null && IndexOfName(counts, name) >= 0)
            {
                firstNamed[s] ??= name;
                Count(ref counts, name);
            }
        }

        if (counts is null)
        {
            return null;
        }

        FoldSeriesIntoEdition(counts, firstNamed);
        var best = counts[0];
        foreach (var candidate in counts)
        {
            if (candidate.Count > best.Count)
            {
                best = candidate;
            }
        }

        return best.Name;
    }
}

namespace Graph.Core.Extraction.Knowledge;

/// <summary>
/// The one home of the named word lists the extractor reads: each list's name, the file under
/// <c>data/knowledge</c> that holds it and the shape its items must have. A list line whose name is
/// not declared here, or whose items do not fit the shape, fails the load with its file and line;
/// asking for a list is asking for one of these, so no name can be misspelt into an empty list.
/// </summary>
/// <param name="Name">The list's name, the first column of its lines.</param>
/// <param name="File">The file under <c>data/knowledge</c> that holds it.</param>
/// <param name="Shape">What its items may look like.</param>
/// <param name="Cued">
/// Whether it has a bit of its own in the <see cref="Text.CueVocabulary"/> (<c>CueBits.Capacity</c> − 1 at most), so readers
/// can skip the tokens and sentences without its words. The function words asked about in loops over
/// tokens ("and", "the", "by", "with", "in", "from") have their own; the rarely asked lists of
/// <c>language.txt</c> and the currency signs have none: those of letters only share one
/// function-words bit, the others are looked up at every token they are asked about.
/// </param>
internal sealed record KnowledgeList(string Name, string File, ListShape Shape, bool Cued = true)
{
    private const string Context = "context-words.txt";
    private const string Heads = "agency-heads.txt";
    private const string Numbers = "numbers.txt";
    private const string Roles = "roles.txt";
    private const string Language = "language.txt";

    public static readonly KnowledgeList Nationality = new("nationality", Context, ListShape.Words);
    public static readonly KnowledgeList Milieu = new("milieu", Context, ListShape.Words);
    public static readonly KnowledgeList OriginBefore = new("origin-before", Context, ListShape.Phrases);
    public static readonly KnowledgeList OriginFrom = new("origin-from", Context, ListShape.Words);
    public static readonly KnowledgeList OriginIn = new("origin-in", Context, ListShape.Words);
    public static readonly KnowledgeList LeadingFunction = new("leading-function", Context, ListShape.Words);
    public static readonly KnowledgeList Authority = new("authority", Context, ListShape.Words);
    public static readonly KnowledgeList AuthorityQualifier = new("authority-qualifier", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Acting = new("acting", Context, ListShape.Words);
    public static readonly KnowledgeList ActingLink = new("acting-link", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList TableHeader = new("table-header", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ContextAgent = new("context-agent", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ContextVerb = new("context-verb", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ContextObjectVerb = new("context-object-verb", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Auxiliary = new("auxiliary", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList PerfectAuxiliary = new("perfect-auxiliary", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Commenter = new("commenter", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList BackgroundOpener = new("background-opener", Context, ListShape.Phrases);
    public static readonly KnowledgeList Statistic = new("statistic", Context, ListShape.Phrases);
    public static readonly KnowledgeList Membership = new("membership", Context, ListShape.Phrases);
    public static readonly KnowledgeList MembershipTeam = new("membership-team", Context, ListShape.Words);
    public static readonly KnowledgeList PlaceBefore = new("place-before", Context, ListShape.Phrases);
    public static readonly KnowledgeList PlaceAction = new("place-action", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList NationalityArticle = new("nationality-article", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList PlaceNoun = new("place-noun", Context, ListShape.Words, Cued: false);
    public static readonly KnowledgeList HandedTo = new("handed-to", Context, ListShape.Phrases);
    public static readonly KnowledgeList SourceBefore = new("source-before", Context, ListShape.Phrases, Cued: false);
    public static readonly KnowledgeList Impersonation = new("impersonation", Context, ListShape.Phrases);
    public static readonly KnowledgeList FutureVerb = new("future-verb", Context, ListShape.Words, Cued: false);

    /// <summary>"rio Congo", "canal du Mozambique", "the Congo River": a body of water named after a country is a place, not the country.</summary>
    public static readonly KnowledgeList WaterFeature = new("water-feature", Context, ListShape.Words, Cued: false);

    /// <summary>"has received the case", "a reçu les dossiers", "autorizó cargos": a verb whose subject takes the case on after the operation, when a <see cref="CaseNoun"/> follows.</summary>
    public static readonly KnowledgeList CaseTaker = new("case-taker", Context, ListShape.Words, Cued: false);

    /// <summary>"informó a la", "a avisé la", "requested from the": a verb of telling or asking before the body told or asked (see <see cref="RequestNoun"/>).</summary>
    public static readonly KnowledgeList ToldVerb = new("told-verb", Context, ListShape.Words, Cued: false);

    /// <summary>"según informó la Guardia Civil", "como informou a PF": a word before a <see cref="ToldVerb"/> that makes the body after it the speaker.</summary>
    public static readonly KnowledgeList ToldOpener = new("told-opener", Context, ListShape.Words, Cued: false);

    /// <summary>"información", "informations", "cooperation": what a <see cref="ToldVerb"/> asks for, between it and the body asked.</summary>
    public static readonly KnowledgeList RequestNoun = new("request-noun", Context, ListShape.Words);

    /// <summary>What a <see cref="CaseTaker"/> takes on: the case, its files, the charges.</summary>
    public static readonly KnowledgeList CaseNoun = new("case-noun", Context, ListShape.Words, Cued: false);

    public static readonly KnowledgeList Head = new("head", Heads, ListShape.Phrases);
    public static readonly KnowledgeList NonAgency = new("non-agency", Heads, ListShape.Phrases);
    public static readonly KnowledgeList NonAgencyOpening = new("non-agency-opening", Heads, ListShape.Phrases);
    public static readonly KnowledgeList Court = new("court", Heads, ListShape.Words, Cued: false);
    public static readonly KnowledgeList NumberSign = new("number-sign", Heads, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Seated = new("seated", Heads, ListShape.Words, Cued: false);
    public static readonly KnowledgeList SeatedOffice = new("seated-office", Heads, ListShape.Words);

    /// <summary>"prosecutor's office": a city's office written in lower case after the city ("the Lima prosecutor's office").</summary>
    public static readonly KnowledgeList SeatedOfficePhrase = new("seated-office-phrase", Heads, ListShape.Phrases, Cued: false);
    public static readonly KnowledgeList PluralCourt = new("plural-court", Heads, ListShape.Words, Cued: false);
    public static readonly KnowledgeList PluralCourtKind = new("plural-court-kind", Heads, ListShape.Words, Cued: false);

    /// <summary>
    /// The words of a force's name ("Police", "Public Security Bureau"): a unit named before "of" and such a force ("Drug
    /// Crime Investigation Division of Quang Ninh Provincial Police") is that force.
    /// </summary>
    public static readonly KnowledgeList Force = new("force", Heads, ListShape.Words, Cued: false);

    /// <summary>The last word of a unit's name inside a force ("Division", "Squad"), before "of" and the force.</summary>
    public static readonly KnowledgeList ForceUnit = new("force-unit", Heads, ListShape.Words, Cued: false);

    /// <summary>"Troms Police District", "Stockholm Police Region": a national force's area named after its force word is that force.</summary>
    public static readonly KnowledgeList ForceDistrict = new("force-district", Heads, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Connector = new("connector", Heads, ListShape.Words);
    public static readonly KnowledgeList KindCustoms = new("kind-customs", Heads, ListShape.Phrases);
    public static readonly KnowledgeList KindCoastGuard = new("kind-coast-guard", Heads, ListShape.Phrases);
    public static readonly KnowledgeList KindGendarmerie = new("kind-gendarmerie", Heads, ListShape.Phrases);
    public static readonly KnowledgeList KindNavy = new("kind-navy", Heads, ListShape.Phrases);
    public static readonly KnowledgeList KindAirForce = new("kind-air-force", Heads, ListShape.Phrases);
    public static readonly KnowledgeList KindPolice = new("kind-police", Heads, ListShape.Phrases);
    public static readonly KnowledgeList KindPoliceSpecialised = new("kind-police-specialised", Heads, ListShape.Words, Cued: false);
    public static readonly KnowledgeList WireCredit = new("wire-credit", Heads, ListShape.Phrases);
    public static readonly KnowledgeList WireAbroad = new("wire-abroad", Heads, ListShape.Phrases);
    public static readonly KnowledgeList DateWord = new("date-word", Heads, ListShape.Words, Cued: false);
    public static readonly KnowledgeList GenericBodyWord = new("generic-body-word", Heads, ListShape.Words);

    /// <summary>A person's post before "of" ("Commissioner of Police", "Superintendent of Police"): the name is the post's, no body's.</summary>
    public static readonly KnowledgeList Post = new("post", Heads, ListShape.Words);
    public static readonly KnowledgeList HeadFirst = new("head-first", Heads, ListShape.Words);
    public static readonly KnowledgeList HeadFirstLinker = new("head-first-linker", Heads, ListShape.Words);
    public static readonly KnowledgeList HeadFirstGeneric = new("head-first-generic", Heads, ListShape.Words, Cued: false);
    public static readonly KnowledgeList HeadFirstSeated = new("head-first-seated", Heads, ListShape.Words, Cued: false);

    /// <summary>The ending written onto a court's ordinal number ("4ª Vara Criminal", "2º Juízo"): the number is part of its name.</summary>
    public static readonly KnowledgeList OrdinalSuffix = new("ordinal-suffix", Heads, ListShape.Words, Cued: false);

    public static readonly KnowledgeList Units = new("units", Numbers, ListShape.NumberWords);
    public static readonly KnowledgeList Scales = new("scales", Numbers, ListShape.NumberWords);
    public static readonly KnowledgeList Arrests = new("arrests", Numbers, ListShape.Words);
    public static readonly KnowledgeList ArrestAuxiliaries = new("arrest-auxiliaries", Numbers, ListShape.Words);
    public static readonly KnowledgeList ArrestCompanions = new("arrest-companions", Numbers, ListShape.Words);
    public static readonly KnowledgeList ArrestNouns = new("arrest-nouns", Numbers, ListShape.Words);
    public static readonly KnowledgeList ArrestInfinitive = new("arrest-infinitive", Numbers, ListShape.Words, Cued: false);

    /// <summary>"Three men have been charged", "charged four suspects": a count of people charged, the arrests when the report tells them uncounted.</summary>
    public static readonly KnowledgeList ArrestCharged = new("arrest-charged", Numbers, ListShape.Words, Cued: false);

    /// <summary>"people suspected of …", "men accused of …": a phrase between a count's person noun and its arrest verb.</summary>
    public static readonly KnowledgeList ArrestSuspicion = new("arrest-suspicion", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Countries = new("countries", Numbers, ListShape.Words);
    public static readonly KnowledgeList Victims = new("victims", Numbers, ListShape.Words);
    public static readonly KnowledgeList VictimsVerbs = new("victims-verbs", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList SuspectsVerbs = new("suspects-verbs", Numbers, ListShape.Words);
    public static readonly KnowledgeList Seizures = new("seizures", Numbers, ListShape.Words);
    public static readonly KnowledgeList SuspectNouns = new("suspect-nouns", Numbers, ListShape.Words);
    public static readonly KnowledgeList TallySince = new("tally-since", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList TallyPeriod = new("tally-period", Numbers, ListShape.Phrases);
    public static readonly KnowledgeList ArrestParts = new("arrest-parts", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ArrestTotal = new("arrest-total", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ArrestWhole = new("arrest-whole", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ArrestPartitive = new("arrest-partitive", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ArrestTotalNoun = new("arrest-total-noun", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Durations = new("durations", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Currency = new("currency", Numbers, ListShape.Words, Cued: false);

    /// <summary>"Canadian dollars", "dollars américains": a currency's name beside a demonym; the demonym names no country.</summary>
    public static readonly KnowledgeList CurrencyName = new("currency-name", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ArrestPlace = new("arrest-place", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ArrestMoreAfter = new("arrest-more-after", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ArrestMoreBefore = new("arrest-more-before", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Ordinals = new("ordinals", Numbers, ListShape.NumberWords, Cued: false);
    public static readonly KnowledgeList ArrestParallel = new("arrest-parallel", Numbers, ListShape.Phrases);
    public static readonly KnowledgeList OneArticles = new("one-articles", Numbers, ListShape.Words, Cued: false);
    public static readonly KnowledgeList UnitsEs = new("units-es", Numbers, ListShape.NumberWords, Cued: false);
    public static readonly KnowledgeList UnitsFr = new("units-fr", Numbers, ListShape.NumberWords, Cued: false);

    /// <summary>Session 31: "dos" is two in Spanish and "of the" in Portuguese ("um dos presos"): a number word of another language that is none in a report of this one.</summary>
    /// <summary>Session 31: "among those arrested", "entre los detenidos", "parmi les interpellés": a count after them is a part of the arrested.</summary>
    public static readonly KnowledgeList ArrestAmong = new("arrest-among", Numbers, ListShape.Words, Cued: false);

    public static readonly KnowledgeList NotUnitsPt = new("not-units-pt", Numbers, ListShape.Words, Cued: false);

    /// <summary>"212 kilograms", "41.000 galones", "96 000 litres": a unit of measure after a number makes it a quantity, never people.</summary>
    public static readonly KnowledgeList QuantityUnits = new("quantity-units", Numbers, ListShape.Words, Cued: false);

    /// <summary>"no arrests have been made", "nadie fue detenido", "aucune interpellation": words that deny the arrest word after them.</summary>
    public static readonly KnowledgeList ArrestNegation = new("arrest-negation", Numbers, ListShape.Words, Cued: false);

    /// <summary>"arrest warrants", "mandados de prisão", "órdenes de captura", "mandats d'arrêt": the noun that makes an arrest word a warrant's.</summary>
    public static readonly KnowledgeList ArrestWarrant = new("arrest-warrant", Numbers, ListShape.Words, Cued: false);

    /// <summary>
    /// Session 37: "ordered", "requested", "ordenó", "ordonné": a word before an arrest noun ("ordered the arrest of 27 people") that
    /// makes it an arrest asked for, not one made.
    /// </summary>
    public static readonly KnowledgeList ArrestOrdered = new("arrest-ordered", Numbers, ListShape.Words, Cued: false);

    /// <summary>"served", "executed", "cumpridos", "ejecutadas", "exécutés": a warrant's arrest done, not only issued.</summary>
    public static readonly KnowledgeList WarrantServed = new("warrant-served", Numbers, ListShape.Words, Cued: false);

    /// <summary>"arrested a man", "arrêté le commanditaire", "detuvo al cabecilla": the determiners of one person after an arrest verb.</summary>
    public static readonly KnowledgeList ArrestOne = new("arrest-one", Numbers, ListShape.Words, Cued: false);

    /// <summary>"men", "people", "crew": nouns of several people that do not end as plurals do.</summary>
    public static readonly KnowledgeList ArrestPluralNouns = new("arrest-plural-nouns", Numbers, ListShape.Words, Cued: false);

    /// <summary>"Esta operação da GNR, batizada Sotavento", "This operation, code-named …": the determiners that refer a later operation's name back to the figures before it.</summary>
    public static readonly KnowledgeList FigureBackReference = new("figure-back-reference", Numbers, ListShape.Words, Cued: false);

    /// <summary>"a fourth has been arrested": singular auxiliaries, kept out of the cued <see cref="ArrestAuxiliaries"/> because they are so frequent.</summary>
    public static readonly KnowledgeList ArrestSingularAuxiliaries = new("arrest-singular-auxiliaries", Numbers, ListShape.Words, Cued: false);

    public static readonly KnowledgeList LeadAfter = new("lead-after", Roles, ListShape.Phrases);
    public static readonly KnowledgeList LeadOfOperation = new("lead-operation", Roles, ListShape.Phrases);
    public static readonly KnowledgeList LeadBefore = new("lead-before", Roles, ListShape.Words);
    public static readonly KnowledgeList LeadSuffix = new("lead-suffix", Roles, ListShape.Words);
    public static readonly KnowledgeList LeadJoint = new("lead-joint", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LeadObject = new("lead-object", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LeadRelative = new("lead-relative", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LeadPart = new("lead-part", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LeadInCharge = new("lead-in-charge", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LeadUnitAside = new("lead-unit-aside", Roles, ListShape.Phrases);
    public static readonly KnowledgeList LeadBackReference = new("lead-back-reference", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LeadReference = new("lead-reference", Roles, ListShape.Words);
    public static readonly KnowledgeList LeadReferencePair = new("lead-reference-pair", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LeadOperationVerb = new("lead-operation-verb", Roles, ListShape.Phrases);
    public static readonly KnowledgeList LeadSubject = new("lead-subject", Roles, ListShape.Phrases);
    public static readonly KnowledgeList LeadJointAfter = new("lead-joint-after", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LeadPassiveOnly = new("lead-passive-only", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LeadReferencePhrase = new("lead-reference-phrase", Roles, ListShape.Phrases);
    public static readonly KnowledgeList LeadJointPartner = new("lead-joint-partner", Roles, ListShape.Phrases);

    /// <summary>"del lado", "do lado", "côté": the words before a demonym that give the side a body led ("coordinada del lado hondureño por").</summary>
    public static readonly KnowledgeList LeadSide = new("lead-side", Roles, ListShape.Phrases);

    /// <summary>"por", "pela", "par": the agent's mark after a side ("del lado hondureño por la Policía Nacional").</summary>
    public static readonly KnowledgeList LeadSideAgent = new("lead-side-agent", Roles, ListShape.Words, Cued: false);

    /// <summary>"de manera conjunta", "em conjunto", "conjointement": the manner of joint conduct between a lead participle and its agent's mark.</summary>
    public static readonly KnowledgeList LeadManner = new("lead-manner", Roles, ListShape.Phrases);

    /// <summary>"carried out with", "run jointly with": after an operation noun, the sentence's opening subject conducted the operation.</summary>
    public static readonly KnowledgeList LeadConductedWith = new("lead-conducted-with", Roles, ListShape.Phrases);

    /// <summary>"at the helm", "in charge": right after an agency, a phrase of command with no verb of leading (session 28).</summary>
    public static readonly KnowledgeList LeadHelm = new("lead-helm", Roles, ListShape.Phrases);

    /// <summary>"phase", "stage": besides the operation nouns, what a body at the helm "of" commands (session 28).</summary>
    public static readonly KnowledgeList LeadHelmObject = new("lead-helm-object", Roles, ListShape.Words, Cued: false);

    /// <summary>"initiative": the noun right after an agency's name that makes the operation its own (session 28).</summary>
    public static readonly KnowledgeList LeadOwnerNoun = new("lead-owner-noun", Roles, ListShape.Words, Cued: false);

    /// <summary>"al frente de", "à frente da", "à la tête de": a phrase of command that opens its sentence before the operation, whose subject comes after it (session 31).</summary>
    public static readonly KnowledgeList LeadFronted = new("lead-fronted", Roles, ListShape.Phrases, Cued: false);

    /// <summary>"estuvo", "esteve", "was": the copula after a fronted phrase of command, before the body in command (session 31).</summary>
    public static readonly KnowledgeList LeadFrontedCopula = new("lead-fronted-copula", Roles, ListShape.Words, Cued: false);

    /// <summary>"acciones", "dispositif", "deployment": a noun of the work as a whole that a fronted phrase of command may name instead of the operation (session 36).</summary>
    public static readonly KnowledgeList LeadFrontedWork = new("lead-fronted-work", Roles, ListShape.Words, Cued: false);

    /// <summary>"la", "lo": the object pronoun that takes up an operation fronted before its verb of leading ("La segunda, «X», la condujo la Armada") (session 36).</summary>
    public static readonly KnowledgeList LeadObjectClitic = new("lead-object-clitic", Roles, ListShape.Words, Cued: false);

    /// <summary>"il", "elle", "it": the pronoun subject of a relative clause on the operation, standing for the body that opens the sentence (session 31).</summary>
    public static readonly KnowledgeList LeadRelativeSubject = new("lead-relative-subject", Roles, ListShape.Words, Cued: false);

    /// <summary>"own": after a possessive pronoun that closes its clause ("described the operation as its own"), the operation is the subject's (session 37).</summary>
    public static readonly KnowledgeList LeadOwn = new("lead-own", Roles, ListShape.Words, Cued: false);

    /// <summary>"su", "sua", "sa": a body's own unit after a lead cue ("coordinada por su Unidad de Análisis") names the body as the lead.</summary>
    public static readonly KnowledgeList LeadOwnUnit = new("lead-own-unit", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList StopClause = new("stop-clause", Roles, ListShape.Phrases);
    public static readonly KnowledgeList AnnounceFallback = new("announce-fallback", Roles, ListShape.Words);
    public static readonly KnowledgeList AnnounceSpeech = new("announce-speech", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList AnnounceSelf = new("announce-self", Roles, ListShape.Words, Cued: false);

    /// <summary>"dismantled", "seized": a deed whose subject in a report's opening is the body whose work it tells (session 35).</summary>
    public static readonly KnowledgeList AnnounceDeed = new("announce-deed", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList OperationWord = new("operation-word", Roles, ListShape.Words);
    public static readonly KnowledgeList OperationPlural = new("operation-plural", Roles, ListShape.Words);
    public static readonly KnowledgeList OperationNoun = new("operation-noun", Roles, ListShape.Words);
    public static readonly KnowledgeList OperationNameCue = new("operation-name-cue", Roles, ListShape.Phrases);
    public static readonly KnowledgeList OperationNamingNoun = new("operation-naming-noun", Roles, ListShape.Words, Cued: false);

    /// <summary>Session 29: "code name", "nom de code": naming cues that name an operation with no operation noun near them.</summary>
    public static readonly KnowledgeList OperationCodeCue = new("operation-code-cue", Roles, ListShape.Phrases);
    public static readonly KnowledgeList OperationUnitEnd = new("operation-unit-end", Roles, ListShape.Words, Cued: false);
    public static readonly KnowledgeList OperationDescriptor = new("operation-descriptor", Roles, ListShape.Words, Cued: false);

    public static readonly KnowledgeList Conjunction = new("conjunction", Language, ListShape.Words);
    public static readonly KnowledgeList Disjunction = new("disjunction", Language, ListShape.Words);
    public static readonly KnowledgeList DefiniteArticle = new("definite-article", Language, ListShape.Words);
    public static readonly KnowledgeList ListGlue = new("list-glue", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList MemberNoun = new("member-noun", Language, ListShape.Words);
    public static readonly KnowledgeList AgentMarker = new("agent-marker", Language, ListShape.Words);
    public static readonly KnowledgeList InfinitiveMarker = new("infinitive-marker", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Comitative = new("comitative", Language, ListShape.Words);
    public static readonly KnowledgeList Locative = new("locative", Language, ListShape.Words);
    public static readonly KnowledgeList Ablative = new("ablative", Language, ListShape.Words);
    public static readonly KnowledgeList PossessivePronoun = new("possessive-pronoun", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList NameLinker = new("name-linker", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList RelativePronoun = new("relative-pronoun", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Possessive = new("possessive", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList Elision = new("elision", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList AdverbEnding = new("adverb-ending", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList ParticipleEnding = new("participle-ending", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList BackgroundAuxiliary = new("background-auxiliary", Language, ListShape.Words, Cued: false);

    /// <summary>"Published", "Publicado", "Publié": the word that opens a page's publication line, which gives the report's date.</summary>
    public static readonly KnowledgeList PublicationWord = new("publication-word", Language, ListShape.Words, Cued: false);

    public static readonly KnowledgeList LanguageVoteEn = new("language-vote-en", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LanguageVoteEs = new("language-vote-es", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LanguageVotePt = new("language-vote-pt", Language, ListShape.Words, Cued: false);
    public static readonly KnowledgeList LanguageVoteFr = new("language-vote-fr", Language, ListShape.Words, Cued: false);

    public static readonly KnowledgeList Regions = new("regions", "regions.txt", ListShape.Phrases);
    public static readonly KnowledgeList Abbreviations = new("abbreviations", "abbreviations.txt", ListShape.Words);

    /// <summary>Session 26: lower-case nouns a quoted name in title case may follow as the operation's name (the operation "Steppe Road").</summary>
    public static readonly KnowledgeList OperationQuotedNoun = new("operation-quoted-noun", Roles, ListShape.Words);

    /// <summary>"had", "habían", "tinham", "avaient": the auxiliary of an arrest told as done before the event ("had arrested more than 200").</summary>
    public static readonly KnowledgeList ArrestEarlier = new("arrest-earlier", Numbers, ListShape.Words, Cued: false);

    /// <summary>
    /// Session 27: "held", "garde": a word of custody read as an arrest only after a count of people and a short verb group of
    /// <see cref="ArrestKeptBefore"/> ("Eleven people are being held", "Trois personnes sont en garde à vue").
    /// </summary>
    public static readonly KnowledgeList ArrestKept = new("arrest-kept", Numbers, ListShape.Words, Cued: false);

    /// <summary>Session 27: "were", "being", "sont", "en": the words a count's people may take before a word of <see cref="ArrestKept"/>.</summary>
    public static readonly KnowledgeList ArrestKeptBefore = new("arrest-kept-before", Numbers, ListShape.Words, Cued: false);

    /// <summary>Session 27: "hostage", "captive": a word after "held" that makes the people victims, not arrested.</summary>
    public static readonly KnowledgeList ArrestKeptNot = new("arrest-kept-not", Numbers, ListShape.Words, Cued: false);

    /// <summary>
    /// Session 27: "was", "fue", "foi", "été": the auxiliary right before the participle of one person arrested with no number
    /// ("The skipper was arrested", "O proprietário foi preso em flagrante", "Le passager a été interpellé").
    /// </summary>
    public static readonly KnowledgeList ArrestOnePassive = new("arrest-one-passive", Numbers, ListShape.Words, Cued: false);

    /// <summary>Session 27: "vessel", "navire", "buque": things that may be detained too, so a sentence opening with one is no person arrested.</summary>
    public static readonly KnowledgeList ArrestOneNot = new("arrest-one-not", Numbers, ListShape.Words, Cued: false);

    /// <summary>
    /// "the", "la", "os", "l'": the article that may stand between an agent's mark and the agent ("funded by the FBI",
    /// "financiada por la Unión Europea"). Its own list, not <see cref="DefiniteArticle"/>, which the gazetteer and the name
    /// readers share: the Romance articles would change how they read names.
    /// </summary>
    public static readonly KnowledgeList AgentArticle = new("agent-article", Language, ListShape.Words, Cued: false);

    /// <summary>"we": the first-person subject inside a quote whose speaker's agency led (see <see cref="LeadQuotedOwn"/>).</summary>
    public static readonly KnowledgeList LeadFirstPerson = new("lead-first-person", Roles, ListShape.Words, Cued: false);

    /// <summary>"our": the possessive before a speaker's own people inside a quote ("Our officers led it").</summary>
    public static readonly KnowledgeList LeadOwnPossessive = new("lead-own-possessive", Roles, ListShape.Words, Cued: false);

    /// <summary>"officers", "police", "investigators": the speaker's own people after "our" in a quote of leading.</summary>
    public static readonly KnowledgeList LeadQuotedOwn = new("lead-quoted-own", Roles, ListShape.Words, Cued: false);

    /// <summary>"have", "had", "also": the words that may stand between the quoted "we" and its verb of leading.</summary>
    public static readonly KnowledgeList LeadQuotedAuxiliary = new("lead-quoted-auxiliary", Roles, ListShape.Words, Cued: false);

    /// <summary>"this", "it": the object of a quoted verb of leading that stands for the operation ("We led this").</summary>
    public static readonly KnowledgeList LeadQuotedObject = new("lead-quoted-object", Roles, ListShape.Words, Cued: false);

    /// <summary>"said", "told": the verb of saying outside a quote that makes its speaker's agency the quoted "we".</summary>
    public static readonly KnowledgeList LeadQuoteSpeech = new("lead-quote-speech", Roles, ListShape.Words, Cued: false);

    /// <summary>"participó", "interveio", "impliquée", "parte": a word of taking part, which a <see cref="Negation"/> just before denies.</summary>
    public static readonly KnowledgeList PartDenied = new("part-denied", Context, ListShape.Words);

    /// <summary>"no", "tampoco", "não", "pas", "n'": a negation a few words before a <see cref="PartDenied"/> word.</summary>
    public static readonly KnowledgeList Negation = new("negation", Context, ListShape.Words, Cued: false);

    /// <summary>"solo", "apenas", "seulement": after a negation, it limits the part rather than denying it ("no solo participó").</summary>
    public static readonly KnowledgeList NegationLimiter = new("negation-limiter", Context, ListShape.Words, Cued: false);

    /// <summary>"prisión preventiva", "prisão domiciliária", "détention provisoire": a custody measure a court or prosecutor orders or asks for after the operation.</summary>
    public static readonly KnowledgeList CustodyOrder = new("custody-order", Context, ListShape.Phrases);

    /// <summary>"la", "medida", "lhes", "leur", "placement", "sous": a word that may stand between a body's verb and the <see cref="CustodyOrder"/> that is its object.</summary>
    public static readonly KnowledgeList CustodyStep = new("custody-step", Context, ListShape.Words, Cued: false);

    /// <summary>"informó", "divulgou", "a fait savoir", "hecho públicos": a verb of saying or announcing whose subject only speaks of the operation.</summary>
    public static readonly KnowledgeList SpeechVerb = new("speech-verb", Context, ListShape.Phrases);

    /// <summary>"comunicado", "nota", "communiqué": a statement whose owner, named after it, only speaks.</summary>
    public static readonly KnowledgeList StatementNoun = new("statement-noun", Context, ListShape.Words);

    /// <summary>"sus", "seus", "ses", "avoir": after a verb of saying, the speaker's own people or its own infinitive, so what it says is its own deed.</summary>
    public static readonly KnowledgeList SpeechSelf = new("speech-self", Context, ListShape.Words, Cued: false);

    /// <summary>"se", "il", "elle", "ele": a pronoun that may stand between "que" and the verb of what a speaker says.</summary>
    public static readonly KnowledgeList SpeechClitic = new("speech-clitic", Context, ListShape.Words, Cued: false);

    /// <summary>"rá", "rão", "ront": the ending of a verb in the future, a step still to come.</summary>
    public static readonly KnowledgeList FutureEnding = new("future-ending", Context, ListShape.Words, Cued: false);

    /// <summary>"apoio", "con", "grâce": a word of help before a body, which makes it a partner of the deed a speaker tells of.</summary>
    public static readonly KnowledgeList SpeechPartner = new("speech-partner", Context, ListShape.Words, Cued: false);

    /// <summary>"rá", "rán", "rão", "ront": an ending that marks a verb as future without matching a present-tense word ("para", "contra").</summary>
    public static readonly KnowledgeList LaterEnding = new("later-ending", Context, ListShape.Words, Cued: false);

    /// <summary>Session 30: "said", "reported": the verb of a speaker named after a comma at a clause's end ("…, the Ministry said on Thursday").</summary>
    public static readonly KnowledgeList ClosingSpeech = new("closing-speech", Context, ListShape.Words);

    /// <summary>Session 30: "centre", "post", "unit": the post an operation is run from, whose host works in it ("the coordination centre was hosted by …").</summary>
    public static readonly KnowledgeList OperationPost = new("operation-post", Context, ListShape.Words, Cued: false);
    /// <summary>Session 31: "red notice", "difusão vermelha", "notice rouge": a wanted-person notice, whose issuer named with it takes no part.</summary>
    public static readonly KnowledgeList WantedNotice = new("wanted-notice", Context, ListShape.Phrases);

    /// <summary>Session 31: "through", "a través de", "par l'intermédiaire de": a preposition of means right before a body.</summary>
    public static readonly KnowledgeList ChannelVia = new("channel-via", Context, ListShape.Phrases);

    /// <summary>Session 31: "asked", "solicitó", "pediu", "demandé": a verb of asking that makes a body after <see cref="ChannelVia"/> in its clause a channel.</summary>
    public static readonly KnowledgeList ChannelAsk = new("channel-ask", Context, ListShape.Phrases, Cued: false);

    /// <summary>Session 31: "meeting", "course", "memorandum", "taller": a gathering or memorandum whose host, teacher or other party named with it takes no part.</summary>
    public static readonly KnowledgeList GatheringNoun = new("gathering-noun", Context, ListShape.Words);

    /// <summary>Session 31: "by", "of", "with", "entre": the word before a body that makes it a <see cref="GatheringNoun"/>'s complement.</summary>
    public static readonly KnowledgeList GatheringLink = new("gathering-link", Context, ListShape.Words, Cued: false);

    /// <summary>Session 31: "hosted", "organizó", "assinou": a body's own verb whose object is a <see cref="GatheringNoun"/>.</summary>
    public static readonly KnowledgeList GatheringHost = new("gathering-host", Context, ListShape.Words, Cued: false);

    /// <summary>Session 31: "officers", "agentes", "fonctionnaires": the people of a body named before it and a linking word.</summary>
    public static readonly KnowledgeList StaffNoun = new("staff-noun", Context, ListShape.Words);

    /// <summary>Session 31: "suspected", "señalados", "suspeitos", "soupçonné": a word after a body's name that makes its <see cref="StaffNoun"/> people suspects.</summary>
    public static readonly KnowledgeList StaffSuspect = new("staff-suspect", Context, ListShape.Words, Cued: false);

    /// <summary>Session 31: "against", "contra", "contre": a word before a body's <see cref="StaffNoun"/> people that makes them the case's target.</summary>
    public static readonly KnowledgeList StaffAgainst = new("staff-against", Context, ListShape.Words, Cued: false);

    /// <summary>Session 32: "without", "sin", "sem", "sans": a negation that opens a clause whose subject is the main clause's.</summary>
    public static readonly KnowledgeList NegatingPreposition = new("negating-preposition", Context, ListShape.Words, Cued: false);

    /// <summary>Session 32: "suspended", "suspendió", "suspendeu", "suspendu": a body's verb that, before its <see cref="StaffNoun"/> people, makes it their employer.</summary>
    public static readonly KnowledgeList StaffSuspension = new("staff-suspension", Context, ListShape.Words, Cued: false);

    /// <summary>Session 33: "neither", "none", "ninguno", "nenhum", "aucun": a pronoun that, as the subject of a <see cref="PartDenied"/> word, denies the part of the bodies it stands for.</summary>
    public static readonly KnowledgeList DenyingPronoun = new("denying-pronoun", Context, ListShape.Words, Cued: false);

    /// <summary>Session 33: "them", "two", "agencies", "ellos", "eux": a word that may stand between a <see cref="DenyingPronoun"/> and its denied verb.</summary>
    public static readonly KnowledgeList DenyingPronounRest = new("denying-pronoun-rest", Context, ListShape.Words, Cued: false);

    /// <summary>Session 33: "will", "será", "vai", "seront": a future auxiliary of a passive whose agent acts after the operation ("will be tried by", "será acompanhado pelo").</summary>
    public static readonly KnowledgeList LaterPassive = new("later-passive", Context, ListShape.Words, Cued: false);

    /// <summary>Session 33: "be", "ser", "être": the infinitive of a passive after a <see cref="LaterPassive"/> word ("will be tried by").</summary>
    public static readonly KnowledgeList PassiveBe = new("passive-be", Context, ListShape.Words, Cued: false);

    /// <summary>Session 33: "this", "esta", "nesta", "cette": a determiner that, after a denied part, points at what the report tells ("not involved in this case").</summary>
    public static readonly KnowledgeList ThisDeterminer = new("this-determiner", Context, ListShape.Words, Cued: false);

    /// <summary>Session 34: "had", "había", "tinha", "avait": the auxiliary of a past perfect, the tense of what happened before the story's time.</summary>
    public static readonly KnowledgeList PastPerfect = new("past-perfect", Context, ListShape.Words, Cued: false);

    /// <summary>Session 34: "since", "desde", "depuis": before a year, a time that runs on to the story's, not an earlier one.</summary>
    public static readonly KnowledgeList TimeSince = new("time-since", Context, ListShape.Words, Cued: false);

    /// <summary>Session 34: "first 1", "segunda 2", "troisième 3": an ordinal before an operation noun that points at one of a report's operations by its place ("the first operation's planning").</summary>
    public static readonly KnowledgeList SequenceOrdinal = new("sequence-ordinal", Numbers, ListShape.NumberWords, Cued: false);

    /// <summary>Session 34: "when", "cuando", "quando", "lorsque": after a time and a comma, a clause that time dates ("in 2023, when the police seized …").</summary>
    public static readonly KnowledgeList TimeRelative = new("time-relative", Context, ListShape.Words, Cued: false);

    /// <summary>Session 35: "force", "office", "officers": a common noun that heads the phrase a body's name or demonym only qualifies ("The Brazilian force did not take part").</summary>
    public static readonly KnowledgeList SubjectHead = new("subject-head", Context, ListShape.Words, Cued: false);

    /// <summary>Session 37: "database", "base de datos", "base de données": a register a body keeps, which others consult ("checked against INTERPOL's database").</summary>
    public static readonly KnowledgeList DatabaseNoun = new("database-noun", Context, ListShape.Phrases);

    /// <summary>Session 35: "during", "durante", "pendant": a word of time that, before an operation noun, dates a clause inside the operation.</summary>
    public static readonly KnowledgeList DuringOperation = new("during-operation", Context, ListShape.Words, Cued: false);

    /// <summary>Session 35: "opened", "abrió", "abriu", "ouvert": a body's own verb that, before an <see cref="IndefiniteArticle"/> and a <see cref="ProceedingNoun"/>, starts a new case.</summary>
    public static readonly KnowledgeList ProceedingOpener = new("proceeding-opener", Context, ListShape.Words);

    /// <summary>Session 35: "a", "an", "una", "um", "une": the article of something named for the first time.</summary>
    public static readonly KnowledgeList IndefiniteArticle = new("indefinite-article", Context, ListShape.Words, Cued: false);

    /// <summary>Session 35: "inquiry", "investigación", "inquérito", "information": a proceeding a body opens.</summary>
    public static readonly KnowledgeList ProceedingNoun = new("proceeding-noun", Context, ListShape.Words, Cued: false);

    /// <summary>Session 35: "to", "a", "ao", "para", "au": a word of destination before the body a clause opening on the <see cref="CaseNoun"/> sends the case to.</summary>
    public static readonly KnowledgeList CaseGoal = new("case-goal", Context, ListShape.Words, Cued: false);

    /// <summary>Session 36: "coordination", "participación", "participação", "coopération": a noun of acting together, whose partner a negation before it denies a part ("no hubo coordinación con …").</summary>
    public static readonly KnowledgeList JointNoun = new("joint-noun", Context, ListShape.Words);

    /// <summary>Session 36: "limitó", "limitou", "limite", "limited": a verb that confines its subject to one small deed ("se limitó a divulgar las cifras").</summary>
    public static readonly KnowledgeList RestrictionVerb = new("restriction-verb", Context, ListShape.Words);

    /// <summary>Session 36: "to", "a", "à": the word after a <see cref="RestrictionVerb"/> that opens the deed it is confined to.</summary>
    public static readonly KnowledgeList RestrictionTo = new("restriction-to", Context, ListShape.Words, Cued: false);

    /// <summary>Session 36: "with", "con", "com", "avec", "of": a word between a <see cref="JointNoun"/> and the partner it names.</summary>
    public static readonly KnowledgeList JointLink = new("joint-link", Context, ListShape.Words, Cued: false);

    /// <summary>Session 28: "second", "separate", "otra", "autre": a word that places an operation among the report's several ones.</summary>
    public static readonly KnowledgeList OperationSequence = new("operation-sequence", Roles, ListShape.Words, Cued: false);

    /// <summary>Session 28: "in a separate", "in another": an opener that, before a named operation, moves the report on to that operation.</summary>
    public static readonly KnowledgeList OperationSeparateOpener = new("operation-separate-opener", Roles, ListShape.Phrases);

    /// <summary>Every declared list but the crime areas' (see <see cref="CrimeArea"/>), which the data file names.</summary>
    public static IReadOnlyList<KnowledgeList> Fixed { get; } =
    [
        Nationality, Milieu, OriginBefore, OriginFrom, OriginIn, LeadingFunction, Authority, AuthorityQualifier, PlaceBefore, PlaceAction, NationalityArticle, PlaceNoun, HandedTo, SourceBefore, Impersonation, FutureVerb, WaterFeature, CaseTaker, CaseNoun, ToldVerb, ToldOpener, RequestNoun,
        Acting, ActingLink, TableHeader, ContextAgent, ContextVerb, ContextObjectVerb, Auxiliary, PerfectAuxiliary, Commenter, BackgroundOpener, Statistic, Membership, MembershipTeam,
        Head, NonAgency, NonAgencyOpening, Court, NumberSign, Seated, SeatedOffice, SeatedOfficePhrase, PluralCourt, PluralCourtKind, Force, ForceUnit, ForceDistrict, Connector, KindCustoms, KindCoastGuard, KindGendarmerie, KindNavy, KindAirForce, KindPolice, KindPoliceSpecialised, WireCredit, WireAbroad, DateWord, GenericBodyWord, Post, HeadFirst, HeadFirstLinker, HeadFirstGeneric, HeadFirstSeated, OrdinalSuffix,
        Units, Scales, Arrests, ArrestAuxiliaries, ArrestCompanions, ArrestNouns, ArrestInfinitive, ArrestCharged, ArrestSuspicion, Countries, Victims, VictimsVerbs, SuspectsVerbs, Seizures,
        SuspectNouns, TallySince, TallyPeriod, ArrestParts, ArrestTotal, ArrestWhole, ArrestPartitive, ArrestTotalNoun, Durations, Currency, CurrencyName, ArrestPlace, ArrestMoreAfter, ArrestMoreBefore, Ordinals, ArrestParallel, OneArticles, UnitsEs, UnitsFr, NotUnitsPt, ArrestAmong,
        QuantityUnits, ArrestNegation, ArrestWarrant, ArrestOrdered, WarrantServed, ArrestOne, ArrestPluralNouns, FigureBackReference, ArrestSingularAuxiliaries,
        LeadAfter, LeadOfOperation, LeadBefore, LeadSuffix, LeadJoint, LeadObject, LeadRelative, LeadPart, LeadInCharge, LeadUnitAside, LeadBackReference, LeadReference, LeadReferencePair, LeadOperationVerb, LeadSubject, LeadJointAfter, LeadPassiveOnly, LeadReferencePhrase, LeadJointPartner, LeadSide, LeadSideAgent, StopClause, AnnounceFallback, AnnounceSpeech, AnnounceSelf, AnnounceDeed, OperationWord, OperationPlural, OperationNoun, OperationNameCue, OperationNamingNoun, OperationUnitEnd, OperationDescriptor, Conjunction, Disjunction, DefiniteArticle, ListGlue, MemberNoun, AgentMarker, InfinitiveMarker, Comitative, Locative, Ablative, PossessivePronoun,
        NameLinker, RelativePronoun, Possessive, Elision, AdverbEnding, ParticipleEnding, BackgroundAuxiliary, PublicationWord,
        LanguageVoteEn, LanguageVoteEs, LanguageVotePt, LanguageVoteFr,
        Regions, Abbreviations,
        LeadManner, LeadOwnUnit,
        OperationQuotedNoun,
        ArrestEarlier, ArrestKept, ArrestKeptBefore, ArrestKeptNot, ArrestOnePassive, ArrestOneNot,
        AgentArticle, PartDenied, Negation, NegationLimiter,
        LeadFirstPerson, LeadOwnPossessive, LeadQuotedOwn, LeadQuotedObject, LeadQuoteSpeech, LeadQuotedAuxiliary,
        CustodyOrder, CustodyStep,
        LeadConductedWith,
        LeadHelm, LeadHelmObject, LeadOwnerNoun,
        LeadFronted, LeadFrontedCopula, LeadFrontedWork, LeadObjectClitic, LeadRelativeSubject, LeadOwn,
        SpeechVerb, StatementNoun, SpeechSelf, SpeechClitic, FutureEnding, SpeechPartner,
        LaterEnding, ClosingSpeech, OperationPost,
        OperationSequence, OperationSeparateOpener, OperationCodeCue,
        WantedNotice, ChannelVia, ChannelAsk, GatheringNoun, GatheringLink, GatheringHost, StaffNoun, StaffSuspect, StaffAgainst,
        NegatingPreposition, StaffSuspension,
        DenyingPronoun, DenyingPronounRest, LaterPassive, PassiveBe, ThisDeterminer,
        PastPerfect, TimeSince, TimeRelative, SequenceOrdinal,
        CaseGoal, SubjectHead, DuringOperation, ProceedingOpener, IndefiniteArticle, ProceedingNoun,
        JointNoun, JointLink, RestrictionVerb, RestrictionTo, DatabaseNoun,
    ];

    /// <summary>The vote words of one report language (see <see cref="LanguageVote"/>), by ISO 639-1 code.</summary>
    public static KnowledgeList LanguageVote(string code) =>
        new[] { LanguageVoteEn, LanguageVoteEs, LanguageVotePt, LanguageVoteFr }.Single(l => l.Name == "language-vote-" + code);

    /// <summary>
    /// The number words read only in a report of one language, by ISO 639-1 code ("once" is 11 in Spanish
    /// and an English adverb); null for a language that has none.
    /// </summary>
    public static KnowledgeList? OwnUnits(string code) => new[] { UnitsEs, UnitsFr }.SingleOrDefault(l => l.Name == "units-" + code);

    /// <summary>
    /// The number words of other languages that are no number in a report of one language, by ISO 639-1 code (Portuguese "dos",
    /// "of the"); null for a language that has none.
    /// </summary>
    public static KnowledgeList? NotOwnUnits(string code) => new[] { NotUnitsPt }.SingleOrDefault(l => l.Name == "not-units-" + code);

    /// <summary>The cue words of one crime area of <c>crime-areas.txt</c>.</summary>
    public static KnowledgeList CrimeArea(string area) => new("crime:" + area, "crime-areas.txt", ListShape.Cues);
}

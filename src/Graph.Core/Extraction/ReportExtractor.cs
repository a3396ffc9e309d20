using Graph.Core.Extraction.Events;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Metadata;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>
/// The extraction pipeline: sentences → tokens → gazetteer and discovered actors → events with
/// roles, figures and crime area, every mention and participation keeping its sentence span.
/// Rule- and data-driven; linear in the text's length, with no backtracking-prone patterns.
/// </summary>
/// <example>
/// <code>
/// var extraction = ReportExtractor.Default.Extract("Operation Vibora was led by the Spanish National Police with Europol.");
/// // extraction.Events[0].LeadIds → ["agency:spain-national-police"]
/// </code>
/// </example>
public sealed class ReportExtractor : IReportExtractor
{
    /// <summary>Largest text accepted, in characters; longer input is refused, not truncated.</summary>
    public const int MaxTextLength = 16 * 1024 * 1024;

    // The recognizer's working lists, kept for the thread's next report rather than grown afresh for
    // each (with the catalogue's tables kept too: 10.8 -> 9.0 bytes allocated per input byte).
    [ThreadStatic]
    private static ActorRecognizer.Scratch? _scratch;

    // The report's sentence spans, its sentences with their mentions, the names handed to the catalogue and
    // the agencies it discovers, kept likewise: none of them outlives the report's extraction.
    [ThreadStatic]
    private static List<(SentenceTokens Sentence, List<Mention> Mentions)>? _sentenceWork;

    [ThreadStatic]
    private static List<ActorCatalogue.Name>? _nameWork;

    [ThreadStatic]
    private static List<TextSpan>? _sentenceSpans;

    [ThreadStatic]
    private static Dictionary<string, Actor>? _discoveredWork;

    // Lists grown past this for a long report are let go after it rather than kept.
    private const int MaxKeptWork = 1 << 16;
    private const int MaxKeptDiscovered = 1 << 10;

    private static readonly Lazy<ReportExtractor> Shared = new(() => new ReportExtractor(ExtractionKnowledge.Default));

    private readonly ExtractionKnowledge _knowledge;
    private readonly LanguageVote _languageVote;
    private readonly SentenceSplitter _sentences;
    private readonly ActorRecognizer _actors;
    private readonly EventAssembler _events;
    private readonly ActorCatalogue _catalogue;
    private readonly LanguageSharedNames _sharedNames;
    private readonly CountrylessBodies _countryless;
    private readonly LanguageWireCredits _wires;
    private readonly ClosingDateLine _closingDate;
    private readonly WordSet _forces;
    private readonly KindNamedBodies _kindNamed;

    /// <summary>Creates an extractor over the given knowledge.</summary>
    public ReportExtractor(ExtractionKnowledge knowledge)
    {
        _knowledge = knowledge;
        _languageVote = ReportLanguage.NewVote(knowledge);
        _sentences = new SentenceSplitter(knowledge.List(KnowledgeList.Abbreviations));
        _sharedNames = new LanguageSharedNames(knowledge);
        _actors = new ActorRecognizer(knowledge, _sharedNames);
        _events = new EventAssembler(knowledge);
        _catalogue = new ActorCatalogue(knowledge);
        _countryless = new CountrylessBodies(knowledge);
        _kindNamed = new KindNamedBodies(knowledge);
        _wires = new LanguageWireCredits(knowledge);
        _closingDate = new ClosingDateLine(knowledge);
        _forces = knowledge.Words(KnowledgeList.Authority);
    }

    /// <summary>An extractor over the embedded knowledge, shared (it is stateless and thread-safe).</summary>
    public static ReportExtractor Default => Shared.Value;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The text is longer than <see cref="MaxTextLength"/>.</exception>
    public ReportExtraction Extract(string text) => Extract(text, null);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The text is longer than <see cref="MaxTextLength"/>, or the language is unknown.</exception>
    public ReportExtraction Extract(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"Report text is {text.Length} characters; the limit is {MaxTextLength}.", nameof(text));
        }

        var report = ReportTokens.Read(text, _sentences.Split(text, Kept(ref _sentenceSpans)), _knowledge.Tokenizer, _knowledge.Cues, out var tokenized);
        try
        {
            return Extract(text, tokenized, language is null ? ReportLanguage.Detect(text, _languageVote) : ReportLanguage.Checked(language));
        }
        finally
        {
            report.Release();
        }
    }

    private ReportExtraction Extract(string text, List<SentenceTokens> tokenized, string language)
    {
        var discovered = _discoveredWork is { Count: <= MaxKeptDiscovered } kept ? kept : _discoveredWork = new(StringComparer.Ordinal);
        discovered.Clear();
        var sentences = Kept(ref _sentenceWork);
        var scratch = _scratch ??= new ActorRecognizer.Scratch();
        scratch.StartReport();
        foreach (var sentence in tokenized)
        {
            sentences.Add((sentence, _actors.Recognize(sentence, discovered, scratch)));
        }

        _wires.Drop(text, sentences, language);

        // Places in an opening dateline are where the news was filed, not who took part; a masthead names who published it.
        var firstLine = ReportDateReader.FirstLine.Of(text);
        var datelineEnd = ReportDateReader.DatelineEnd(text, firstLine);
        _sharedNames.Resolve(text, sentences, datelineEnd);
        if (discovered.Count > 0)
        {
            _countryless.Settle(discovered, sentences, () => _sharedNames.ReportCountry(text, sentences, datelineEnd));
        }

        // English names its own country's services by more than their kind ("the customs" is no body); the other languages do not.
        if (language != ReportLanguage.English)
        {
            _kindNamed.RenameInReport(sentences, () => _sharedNames.ReportCountry(text, sentences, datelineEnd));
        }

        var (count, agencies) = (0, 0);
        foreach (var (_, found) in sentences)
        {
            count += found.Count;
            foreach (var mention in found)
            {
                agencies += mention.Kind == ActorKind.Agency ? 1 : 0;
            }
        }

        var mentions = new List<ActorMention>(count);

        // Room for each mention's name and an agency's country too: growing the list doubled it.
        var names = Kept(ref _nameWork);
        names.EnsureCapacity(count + agencies);
        foreach (var (sentence, found) in sentences)
        {
            for (var k = 0; k < found.Count; k++)
            {
                var mention = found[k];
                if (mention.Span.End <= datelineEnd || PublisherOnly(text, sentence, mention))
                {
                    found[k] = mention with { TakesNoPart = true };
                }

                var written = text.AsSpan(mention.Span.Start, mention.Span.Length);
                var asListed = mention.Entry is { } entry && written.SequenceEqual(entry.Phrase);
                var surface = asListed ? mention.Entry!.Phrase : _knowledge.Gazetteer.Surface(written);
                mentions.Add(new ActorMention(mention.ActorId, surface, mention.Span, mention.Sentence));

                // A country's or agency's own listed name adds no alias; a demonym or another spelling may.
                var listedName = asListed && (mention.Entry!.Kind is EntryKind.Country
                    || (mention.Entry.Kind is EntryKind.Agency && _catalogue.Lists(mention.Entry.ActorNumber, mention.Entry.Phrase)));
                names.Add(new ActorCatalogue.Name(mention.ActorId, mention.Entry?.ActorNumber ?? -1, listedName ? null : surface));
            }
        }

        string? CountryOfDiscovered(string actorId) =>
            discovered.TryGetValue(actorId, out var found) && found.CountryCode is { } code ? Actor.CountryId(code) : null;

        // A national agency names its country even where neither takes part ("trained by the FBI").
        foreach (var (_, found) in sentences)
        {
            foreach (var mention in found)
            {
                if (mention.Entry is { AgencyCountryId: { } countryId } entry)
                {
                    names.Add(new ActorCatalogue.Name(countryId, entry.AgencyCountryNumber, null));
                }
                else if (mention is { Entry: null, Kind: ActorKind.Agency } && CountryOfDiscovered(mention.ActorId) is { } discoveredCountry)
                {
                    names.Add(new ActorCatalogue.Name(discoveredCountry, _knowledge.ActorNumberOf(discoveredCountry), null));
                }
            }
        }

        var date = ReportDateReader.Read(text, firstLine) ?? NativeDateReader.Read(text, language) ?? _closingDate.Read(text, language);
        var events = _events.Assemble(sentences, CountryOfDiscovered, date?.Year, date?.Month, language);
        var actors = _catalogue.Describe(names, events, discovered);
        return new ReportExtraction(date, TitleReader.Read(text), actors, mentions, events) { Language = language };
    }

    /// <summary>
    /// Whether the agency is named only as the report's publisher, in its masthead (see <see cref="Masthead"/>). A police,
    /// customs or other force heading its own release tells of its own officers' work ("Queensland Police Service — Media
    /// release" over "Detectives from the State Drug Squad have charged …"), so it keeps its part; a ministry, prosecutor
    /// or department heading one does not.
    /// </summary>
    private bool PublisherOnly(string text, SentenceTokens sentence, Mention mention)
    {
        if (mention.Span.Start >= Masthead.Reach || mention.Kind != ActorKind.Agency || !Masthead.Holds(text, mention.Span.Start, mention.Span.End))
        {
            return false;
        }

        for (var k = mention.FirstToken; k < mention.EndToken; k++)
        {
            if (_forces.Contains(sentence, k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The thread's kept list, emptied, or a new one in its place when the last report grew it past <see cref="MaxKeptWork"/>.</summary>
    private static List<T> Kept<T>(ref List<T>? kept)
    {
        if (kept is null || kept.Capacity > MaxKeptWork)
        {
            kept = [];
        }

        kept.Clear();
        return kept;
    }
}

using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Model;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Knowledge;

/// <summary>
/// Everything the extractor knows, loaded once from the knowledge files embedded from
/// <c>data/knowledge</c>: countries, demonyms, agencies, regions and the cue-word lists.
/// </summary>
public sealed class ExtractionKnowledge
{
    /// <summary>The cue list of words a gazetteer phrase starts with.</summary>
    internal const string GazetteerStartList = "gazetteer-start";

    /// <summary>The cue list of words a gazetteer phrase starts with in lower case ("the Balkans").</summary>
    internal const string UncapitalizedGazetteerStartList = "gazetteer-start-uncapitalized";

    /// <summary>
    /// The cue list of the words a head phrase ends with ("Police", "Guard"): a sentence without its bit holds no name
    /// discovery could take, and a token without it is no head's last word.
    /// </summary>
    internal const string HeadEndingList = "head-ending";

    /// <summary>
    /// The cue list the words of the uncued lists share (see <see cref="KnowledgeList.Cued"/>): one bit
    /// lets a reader skip every token that is no function word at all.
    /// </summary>
    private const string FunctionWordsList = "function-words";

    private static readonly Lazy<ExtractionKnowledge> Embedded = new(Load);

    // The uncued lists of letters only, which share the function-words bit; the others (a comma, "$") are looked up ungated.
    private readonly HashSet<string> _sharingFunctionWordsBit;

    // The lists readers have asked for (see ListsAskedFor).
    private readonly ConcurrentDictionary<string, bool> _asked = new(StringComparer.Ordinal);

    private ExtractionKnowledge(
        IReadOnlyList<CountryInfo> countries,
        IReadOnlyList<AgencyInfo> agencies,
        IReadOnlyDictionary<string, IReadOnlyList<string>> lists,
        IReadOnlySet<(string Alpha2, string Demonym)> explicitDemonyms)
    {
        Countries = countries.ToDictionary(c => c.Alpha2, StringComparer.OrdinalIgnoreCase);
        Agencies = agencies.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        Lists = lists;
        var ambiguityRules = KnowledgeFile.Rows("ambiguous-names.txt", '|')
            .Select(r => new AmbiguityRule(r[0], r[1], [.. KnowledgeFile.List(r.Length > 2 ? r[2] : "")]))
            .ToList();
        _actorNumbers = countries.Select(c => Actor.CountryId(c.Alpha2)).Concat(agencies.Select(a => a.ActorId))
            .Distinct(StringComparer.Ordinal)
            .Select((id, number) => KeyValuePair.Create(id, number))
            .ToFrozenDictionary(StringComparer.Ordinal);
        Tokenizer = new Tokenizer(List(KnowledgeList.Possessive), List(KnowledgeList.Elision));
        var articles = List(KnowledgeList.DefiniteArticle);
        var gazetteer = GazetteerPhrases.Add(
            new PhraseTrieBuilder(Tokenizer), countries, agencies, List(KnowledgeList.Regions), List(KnowledgeList.NonAgency), articles, explicitDemonyms, ambiguityRules, _actorNumbers);
        var uncued = KnowledgeList.Fixed.Where(l => !l.Cued).ToList();
        _sharingFunctionWordsBit = [.. uncued.Where(l => lists[l.Name].All(item => item.All(char.IsLetter))).Select(l => l.Name)];
        Cues = new CueVocabulary(
            new Dictionary<string, IReadOnlyList<string>>(lists.Where(l => !uncued.Any(u => u.Name == l.Key)).Concat(Events.EventWords.CueLists(lists)))
            {
                [FunctionWordsList] = [.. _sharingFunctionWordsBit.SelectMany(name => lists[name]).Distinct(StringComparer.OrdinalIgnoreCase)],
                [GazetteerStartList] = gazetteer.FirstWords,
                [UncapitalizedGazetteerStartList] = gazetteer.UncapitalizedFirstWords,
                [HeadEndingList] = [.. HeadEndings(lists[KnowledgeList.Head.Name])],
            },
            gazetteer.Words.Concat(PlainWords(lists, uncued)).Distinct(StringComparer.OrdinalIgnoreCase));
        Gazetteer = gazetteer.Build(Cues, Words(KnowledgeList.DefiniteArticle));
    }

    /// <summary>The last words of the head phrases.</summary>
    internal static IEnumerable<string> HeadEndings(IEnumerable<string> heads) => heads.Select(head => head.Split(' ')[^1]);

    /// <summary>
    /// The plain words of the uncued lists, so that each has an id. Those of the lists of words have one already (they share
    /// the function-words bit); those of phrases ("past year") would not, and a phrase set without its words' ids cannot rule
    /// a token out, so it tries every token. Words holding an
    /// apostrophe or other marks stay without an id: the tokenizer may read them as two tokens.
    /// </summary>
    private static IEnumerable<string> PlainWords(IReadOnlyDictionary<string, IReadOnlyList<string>> lists, List<KnowledgeList> uncued) =>
        uncued.SelectMany(l => lists[l.Name])
            .SelectMany(item => item.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.All(char.IsLetter));

    /// <summary>The knowledge embedded in this assembly, loaded on first use.</summary>
    public static ExtractionKnowledge Default => Embedded.Value;

    /// <summary>Countries and territories by ISO alpha-2 code.</summary>
    public IReadOnlyDictionary<string, CountryInfo> Countries { get; }

    /// <summary>Gazetteer agencies by slug.</summary>
    public IReadOnlyDictionary<string, AgencyInfo> Agencies { get; }

    /// <summary>Named word lists (cue words, head nouns, number words...).</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; }

    internal PhraseTrie Gazetteer { get; }

    /// <summary>Listed bodies by their name without their country (see <see cref="Knowledge.ListedBodyNames"/>), built on first use.</summary>
    internal ListedBodyNames ListedBodyNames => _listedBodyNames ??= new ListedBodyNames(this);

    private ListedBodyNames? _listedBodyNames;

    /// <summary>Which uncued word lists of the event readers a sentence may hold a word of (see <see cref="Events.EventWords"/>), built on first use.</summary>
    internal Events.EventWords EventWords => _eventWords ??= new Events.EventWords(this);

    private Events.EventWords? _eventWords;

    /// <summary>Splits text into tokens, reports and gazetteer phrases alike.</summary>
    internal Tokenizer Tokenizer { get; }

    internal CueVocabulary Cues { get; }

    private readonly FrozenDictionary<string, int> _actorNumbers;

    /// <summary>How many countries and agencies the knowledge lists; their actor numbers run from 0 to one less.</summary>
    internal int KnownActorCount => _actorNumbers.Count;

    /// <summary>
    /// A listed country's or agency's number (see <see cref="GazetteerEntry.ActorNumber"/>), or -1 for
    /// an actor the knowledge does not list (a discovered agency).
    /// </summary>
    internal int ActorNumberOf(string actorId) => _actorNumbers.GetValueOrDefault(actorId, -1);

    /// <summary>The names of the lists asked for so far, so a test can check that every loaded list has a reader.</summary>
    internal IReadOnlyCollection<string> ListsAskedFor => [.. _asked.Keys];

    /// <summary>A case-insensitive word set over the lists, gated by their cue bits.</summary>
    internal WordSet Words(params KnowledgeList[] lists) => Words(StringComparer.OrdinalIgnoreCase, lists);

    /// <summary>A word set over the lists with the given comparer, gated by their cue bits.</summary>
    internal WordSet Words(StringComparer comparer, params KnowledgeList[] lists)
    {
        if (lists.FirstOrDefault(l => l.Shape != ListShape.Words) is { } phrases)
        {
            throw new ArgumentException($"List '{phrases.Name}' holds phrases; a word set would never match them.", nameof(lists));
        }

        return new(lists.SelectMany(List), comparer, Mask(lists), Cues);
    }

    /// <summary>A phrase set over the lists, gated by their cue bits.</summary>
    internal PhraseSet Phrases(params KnowledgeList[] lists) => new(lists.SelectMany(List).Select(SplitElisions), Mask(lists), Cues);

    /// <summary>
    /// A list's phrases without their last word ("carried out by" → "carried out"), gated as the list: the verb of a passive
    /// cue, for when a phrase of time or place stands between it and its agent. One-word phrases give nothing. With
    /// <paramref name="endingOn"/>, only the phrases whose last word is one of that list's ("coordinated by" → "coordinated",
    /// but not "in charge of"): the participles of passive cues.
    /// </summary>
    internal PhraseSet PhraseHeads(KnowledgeList list, KnowledgeList? endingOn = null)
    {
        var marks = endingOn is null ? null : List(endingOn);
        return new(List(list).Select(SplitElisions)
            .Where(p => p.Contains(' ') && (marks is null || marks.Contains(p[(p.LastIndexOf(' ') + 1)..], StringComparer.OrdinalIgnoreCase)))
            .Select(p => p[..p.LastIndexOf(' ')]), Mask(list), Cues);
    }

    /// <summary>
    /// The last words of a list's phrases ("carried out by", "realizada pela" → "by", "pela") but those of another list ("of" in
    /// "work of"), ungated: the agent's marks.
    /// </summary>
    internal WordSet PhraseTails(KnowledgeList list, KnowledgeList except) =>
        new(List(list).Select(SplitElisions).Where(p => p.Contains(' ')).Select(p => p[(p.LastIndexOf(' ') + 1)..])
            .Except(List(except), StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase, CueBits.None, Cues);

    /// <summary>
    /// "sous l'égide de" → "sous l' égide de": the tokenizer splits an elided article from its word, so a
    /// phrase's words are split the same way or the phrase could never match.
    /// </summary>
    private string SplitElisions(string phrase)
    {
        if (!phrase.Contains('\''))
        {
            return phrase;
        }

        var elisions = List(KnowledgeList.Elision);
        return string.Join(' ', phrase.Split(' ').Select(word =>
            word.IndexOf('\'') is > 0 and var cut && cut < word.Length - 1 && elisions.Contains(word[..cut], StringComparer.OrdinalIgnoreCase)
                ? $"{word[..(cut + 1)]} {word[(cut + 1)..]}"
                : word));
    }

    /// <summary>The cue bits of the lists together; none, which gates nothing, when one of them has no bit.</summary>
    internal CueBits Mask(params KnowledgeList[] lists)
    {
        var mask = CueBits.None;
        foreach (var list in lists)
        {
            var bit = Cues.Mask(list.Cued ? list.Name : _sharingFunctionWordsBit.Contains(list.Name) ? FunctionWordsList : "");
            if (bit.IsEmpty)
            {
                return CueBits.None;
            }

            mask |= bit;
        }

        return mask;
    }

    /// <summary>A declared list's items; a list the files do not hold fails the load, so this is never a silent empty list.</summary>
    internal IReadOnlyList<string> List(KnowledgeList list)
    {
        _asked.TryAdd(list.Name, true);
        return Lists[list.Name];
    }

    private static ExtractionKnowledge Load()
    {
        // A language's generated names (pt/country-names.txt) are completed by hand in its supplement (Brazilian spellings).
        var extraNames = CodeLists("country-names.txt", "country-names-supplement.txt");
        var extraDemonyms = CodeLists("demonyms.txt");
        var countries = KnowledgeFile.Rows("countries.tsv", '\t')
            .Skip(1) // column header
            .Select(r => new CountryInfo(
                r[0],
                r[1],
                [.. KnowledgeFile.List(r[2], '|'), .. extraNames.GetValueOrDefault(r[0]) ?? []],
                [.. KnowledgeFile.List(r[3], '|'), .. extraDemonyms.GetValueOrDefault(r[0]) ?? []],
                double.Parse(r[4], CultureInfo.InvariantCulture),
                double.Parse(r[5], CultureInfo.InvariantCulture)))
            .ToList();

        var nativeAliases = CodeLists("agency-aliases.txt");
        // A language's folder may list the bodies whose press writes in it (es/agencies.txt), in the same columns.
        var agencyRows = KnowledgeLanguages.Copies("agencies.txt")
            .SelectMany(file => KnowledgeFile.NumberedRows(file, '|').Select(r => (file, r.Line, r.Cells))).ToList();
        ListedOnce(agencyRows);
        var agencies = agencyRows.Select(r => r.Cells)
            .Select(r => new AgencyInfo(
                r[0], r[1], r[2] == "-" ? null : r[2], r[3], [.. KnowledgeFile.List(r.Length > 4 ? r[4] : ""), .. nativeAliases.GetValueOrDefault(r[0]) ?? []]))
            .ToList();
        var unknown = nativeAliases.Keys.Except(agencies.Select(a => a.Slug), StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"data/knowledge/*/agency-aliases.txt names agencies agencies.txt does not list: {string.Join(", ", unknown)}.");
        }

        var lists = KnowledgeLists.Load(CrimeAreas.All);
        var explicitDemonyms = extraDemonyms.SelectMany(d => d.Value.Select(v => (d.Key.ToUpperInvariant(), v))).ToHashSet();
        return new ExtractionKnowledge(countries, agencies, lists, explicitDemonyms);
    }

    /// <summary>
    /// Fails the load when a slug names two lines of the agency lists (the English list and every language's own): a body
    /// is listed once, its names in every language on one line, and the error points at both lines.
    /// </summary>
    internal static void ListedOnce(IEnumerable<(string File, int Line, string[] Cells)> rows)
    {
        var first = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        foreach (var (file, line, cells) in rows)
        {
            if (!first.TryAdd(cells[0], (file, line)))
            {
                var (firstFile, firstLine) = first[cells[0]];
                throw new InvalidDataException(
                    $"data/knowledge/{file}:{line}: agency '{cells[0]}' is listed again (first at data/knowledge/{firstFile}:{firstLine}); list a body once.");
            }
        }
    }

    /// <summary>
    /// The <c>key | item; item</c> lines of files and of every language's copy of them, items of one key
    /// merged: a country's Spanish names join its English ones. The English file need not exist
    /// (agency aliases live only in the languages' folders).
    /// </summary>
    private static Dictionary<string, List<string>> CodeLists(params string[] files)
    {
        var merged = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var copy in files.SelectMany(KnowledgeLanguages.Copies).Where(KnowledgeFile.Exists))
        {
            foreach (var row in KnowledgeFile.Rows(copy, '|'))
            {
                if (!merged.TryGetValue(row[0], out var items))
                {
                    merged[row[0]] = items = [];
                }

                // Case matters: "police néerlandaise" beside "Police néerlandaise" lets the name match in lower case too
                // (a gazetteer phrase's capitals must agree with the text's).
                items.AddRange(KnowledgeFile.List(row[1]).Where(item => !items.Contains(item, StringComparer.Ordinal)));
            }
        }

        return merged;
    }
}

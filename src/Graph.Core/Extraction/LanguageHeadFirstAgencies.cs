using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>
/// Finds bodies in no list whose name Spanish, Portuguese and French write head first: a capitalised head
/// word ("Policía", "Polícia", "Gendarmerie", "Garde"), a few words, then the country, after a linking
/// word ("Gendarmerie nationale du Tchad", "Força Policial da Tanzânia") or as a lower-case demonym
/// ("Garde nationale nigérienne"). The name is written as found and tied to that country.
/// </summary>
internal sealed class LanguageHeadFirstAgencies(ExtractionKnowledge knowledge, LanguageSharedNames sharedNames)
{
    /// <summary>Most words between the head and the country ("Direction générale de la police nationale du …").</summary>
    private const int MaxGap = 5;

    private readonly WordSet _heads = knowledge.Words(StringComparer.Ordinal, KnowledgeList.HeadFirst);
    private readonly WordSet _linkers = knowledge.Words(KnowledgeList.HeadFirstLinker);
    private readonly WordSet _generic = knowledge.Words(KnowledgeList.HeadFirstGeneric);
    private readonly ulong _headCue = knowledge.Mask(KnowledgeList.HeadFirst);
    private readonly PhraseSet _stops = knowledge.Phrases(KnowledgeList.StopClause);
    private readonly KindNamedBodies _kindNamed = new(knowledge);

    /// <summary>Adds the head-first bodies the sentence names to its mentions, kept in text order.</summary>
    public void Discover(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered)
    {
        // A listed name's foreign reading needs no head word ("Police nationale" is not one): it looks only at the mentions.
        RenameForeignBodies(sentence, mentions, discovered);
        _kindNamed.Rename(sentence, mentions);
        SeatForeignSharedBodies(sentence, mentions, discovered);
        if ((sentence.AllCues & _headCue) == 0)
        {
            return;
        }

        List<Mention>? found = null;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (!sentence.Tokens[i].IsCapitalized || !_heads.Contains(sentence, i) || Covered(mentions, i) || Generic(sentence, i)
                || CountryClosing(sentence, mentions, i) is not { } country)
            {
                continue;
            }

            var span = sentence.SpanOf(i, country.EndToken - i);
            var name = span.Slice(sentence.Text).ToString();
            var code = country.ActorId["country:".Length..];
            var id = "agency:" + Slug.Of(name);
            discovered.TryAdd(id, new Actor(id, ActorKind.Agency, name, code, [name]));
            (found ??= []).Add(new Mention(id, ActorKind.Agency, i, country.EndToken - i, span, sentence.Span, false));
            i = country.EndToken - 1;
        }

        if (found is not null)
        {
            mentions.AddRange(found);
            mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>
    /// "Gendarmerie nationale du Tchad", "Policía Nacional de Guinea Ecuatorial", "Police nationale ukrainienne": a
    /// listed short name followed by another country, after a linking word or as a lower-case demonym right after it,
    /// is that country's body of the same name, not the listed one. A name several countries share keeps its reading
    /// when one of its bodies is that country's ("PJ de Cabo Verde"; <see cref="LanguageSharedNames"/> picks it).
    /// </summary>
    private void RenameForeignBodies(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (body, country) = (mentions[k], mentions[k + 1]);
            if (body.Entry is not { AgencyCountry: { } home } || country.Kind != ActorKind.Country
                || country.ActorId.EndsWith(home, StringComparison.Ordinal))
            {
                continue;
            }

            var linked = country.Entry?.Kind == EntryKind.Country && country.FirstToken == body.EndToken + 1 && _linkers.Contains(sentence, body.EndToken);
            var demonym = country.Entry?.Kind == EntryKind.Demonym && country.FirstToken == body.EndToken && !sentence.Tokens[country.FirstToken].IsCapitalized;
            if ((!linked && !demonym) || sharedNames.HasBodyOf(sentence.Text.AsSpan(body.Span.Start, body.Span.Length), country.ActorId))
            {
                continue;
            }

            Discover(sentence, mentions, k, country.EndToken, country.ActorId, discovered);
        }
    }

    /// <summary>
    /// "dirigida por la Fiscalía de Amberes": a name several countries' bodies share, followed by a linking word and a listed
    /// city of a country none of those bodies belongs to, is that city's own body, tied to its country, as a city's parquet
    /// is in French. A city of a country that has such a body ("la Fiscalía de Guayaquil") keeps the shared reading, which
    /// the report's country resolves (a provincial office folds into its national service).
    /// </summary>
    private void SeatForeignSharedBodies(SentenceTokens sentence, List<Mention> mentions, Dictionary<string, Actor> discovered)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var body = mentions[k];
            if (body.Kind != ActorKind.Agency || body.EndToken + 1 >= sentence.Count || !_linkers.Contains(sentence, body.EndToken))
            {
                continue;
            }

            var name = sentence.Text.AsSpan(body.Span.Start, body.Span.Length);
            if (!sharedNames.IsShared(name) || sharedNames.CityAt(sentence, body.EndToken + 1) is not { } city
                || sharedNames.HasBodyOf(name, city.CountryId) || (k + 1 < mentions.Count && mentions[k + 1].FirstToken < city.End))
            {
                continue;
            }

            Discover(sentence, mentions, k, city.End, city.CountryId, discovered);
        }
    }

    /// <summary>
    /// Makes mention <paramref name="k"/>, widened to end before token <paramref name="end"/>, a discovered body of the
    /// country <paramref name="countryId"/> named as the text writes it, and records the body once.
    /// </summary>
    private static void Discover(SentenceTokens sentence, List<Mention> mentions, int k, int end, string countryId, Dictionary<string, Actor> discovered)
    {
        var first = mentions[k].FirstToken;
        var span = sentence.SpanOf(first, end - first);
        var name = span.Slice(sentence.Text).ToString();
        var id = "agency:" + Slug.Of(name);
        discovered.TryAdd(id, new Actor(id, ActorKind.Agency, name, countryId["country:".Length..], [name]));
        mentions[k] = new Mention(id, ActorKind.Agency, first, end - first, span, sentence.Span, false);
    }

    /// <summary>
    /// The country that closes a name starting at <paramref name="head"/>: a country after a linking word
    /// ("… du Tchad"), or a lower-case demonym ("… nigérienne"), with only words between; null otherwise.
    /// </summary>
    private Mention? CountryClosing(SentenceTokens sentence, List<Mention> mentions, int head)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstToken <= head || mention.FirstToken - head > MaxGap + 2)
            {
                continue;
            }

            if (mention.Kind != ActorKind.Country || !OnlyWords(sentence, head + 1, mention.FirstToken) || _stops.StartsWithin(sentence, head + 1, mention.FirstToken))
            {
                // The first actor after the head decides: an agency or a far country ends the name, and so does an aside
                // of cooperation before it ("Garde nationale en coordination avec les autorités italiennes").
                return null;
            }

            var demonym = mention.Entry?.Kind == EntryKind.Demonym;
            var linked = _linkers.Contains(sentence, mention.FirstToken - 1);
            return (demonym && !sentence.Tokens[mention.FirstToken].IsCapitalized && mention.FirstToken - head >= 2) || (!demonym && linked)
                ? mention
                : null;
        }

        return null;
    }

    /// <summary>"Fuerzas de seguridad de Paraguay", "Forces de sécurité maliennes": a head and a lower-case generic word name no body.</summary>
    private bool Generic(SentenceTokens sentence, int head)
    {
        var k = head + 1;
        while (k < sentence.Count && _linkers.Contains(sentence, k))
        {
            k++;
        }

        return k < sentence.Count && !sentence.Tokens[k].IsCapitalized && _generic.Contains(sentence, k);
    }

    private static bool OnlyWords(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covered(List<Mention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (token >= mention.FirstToken && token < mention.EndToken)
            {
                return true;
            }
        }

        return false;
    }
}

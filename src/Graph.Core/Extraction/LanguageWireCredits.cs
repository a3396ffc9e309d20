using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction;

/// <summary>
/// A press agency's credit is no body of the operation. Some wires bear a body's acronym (AFP is Agence France-Presse and
/// the Australian Federal Police): such a name in brackets that gloss no name before them ("N'Djamena, 3 mars 2026 (AFP) -")
/// is the wire's byline (<c>wire-credit</c> in <c>agency-heads.txt</c>); and in a report in another language than English,
/// a <c>wire-abroad</c> acronym is the wire wherever the report never names its body in full ("a expliqué à l'AFP"). Only
/// mentions whose written name is listed are looked at, so a report naming none costs a length test per agency mention.
/// </summary>
internal sealed class LanguageWireCredits
{
    private readonly HashSet<string> _credits;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _creditsBySpan;
    private readonly HashSet<string> _abroad;
    private readonly int _longest;

    public LanguageWireCredits(ExtractionKnowledge knowledge)
    {
        _credits = new HashSet<string>(knowledge.List(KnowledgeList.WireCredit), StringComparer.Ordinal);
        _abroad = new HashSet<string>(knowledge.List(KnowledgeList.WireAbroad), StringComparer.Ordinal);
        _credits.UnionWith(_abroad);
        _longest = _credits.Max(name => name.Length);
        _creditsBySpan = _credits.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Removes the mentions that are a wire's credit.</summary>
    /// <param name="text">The report.</param>
    /// <param name="sentences">Its sentences and their mentions, rewritten in place.</param>
    /// <param name="language">The report's language.</param>
    public void Drop(string text, List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, string language)
    {
        HashSet<string>? namedInFull = null;
        foreach (var (_, mentions) in sentences)
        {
            for (var k = mentions.Count - 1; k >= 0; k--)
            {
                var mention = mentions[k];
                if (WireName(text, mention) is not { } name)
                {
                    continue;
                }

                var credited = InBrackets(text, mention.Span) && !GlossesNameBefore(text, mentions, k);
                var abroad = !credited && language != ReportLanguage.English && _abroad.Contains(name)
                    && !(namedInFull ??= NamedInFull(text, sentences)).Contains(mention.ActorId);
                if (credited || abroad)
                {
                    mentions.RemoveAt(k);
                }
            }
        }
    }

    private string? WireName(string text, Mention mention)
    {
        if (mention.Kind != ActorKind.Agency || mention.Span.Length > _longest)
        {
            return null;
        }

        return _creditsBySpan.TryGetValue(text.AsSpan(mention.Span.Start, mention.Span.Length), out var name) ? name : null;
    }

    /// <summary>The agencies the report names at least once by another name than a wire's.</summary>
    private HashSet<string> NamedInFull(string text, List<(SentenceTokens Sentence, List<Mention> Mentions)> sentences)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, mentions) in sentences)
        {
            foreach (var mention in mentions)
            {
                if (mention.Kind == ActorKind.Agency && WireName(text, mention) is null)
                {
                    named.Add(mention.ActorId);
                }
            }
        }

        return named;
    }

    private static bool InBrackets(string text, TextSpan span) =>
        span.Start > 0 && text[span.Start - 1] == '(' && span.End < text.Length && text[span.End] == ')';

    /// <summary>"the Australian Federal Police (AFP)": the brackets gloss the same body's name right before them.</summary>
    private static bool GlossesNameBefore(string text, List<Mention> mentions, int k)
    {
        if (k == 0 || mentions[k - 1].ActorId != mentions[k].ActorId)
        {
            return false;
        }

        var between = text.AsSpan(mentions[k - 1].Span.End, mentions[k].Span.Start - 1 - mentions[k - 1].Span.End);
        return between.IsWhiteSpace();
    }
}

using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    private const int MaxOwnerLineWords = 4; // "Nota de prensa", "media release", "Direction générale de la"

    /// <summary>
    /// The bodies a press release belongs to, when the release tells that its operation was led but names no known body
    /// as leader ("pilotée par la DRED", "coordenada por este Serviço"): the unit that led is the owner's. The owner is
    /// named by a line of its own above the text (the release's letterhead: "Direction générale des Douanes",
    /// "Ministerio Público de Panamá", "Police and Customs joint media release"), the last such line where several stack
    /// up from ministry to service. Empty when no header line names bodies and little else, or no sentence tells a lead.
    /// </summary>
    private List<string> ReleaseOwners(IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, SentenceTokens[] texts)
    {
        List<string>? owners = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var (sentence, mentions) = sentences[s];
            if (sentence.Count == 0 || sentence.Word(sentence.Count - 1) is "." or "!" or "?")
            {
                break; // the text has begun: the header is the lines before its first closed sentence
            }

            owners = OwnersNamedByLine(sentence, mentions) ?? owners;
        }

        return owners is not null && Array.Exists(texts, _roles.TellsALead) ? owners : [];
    }

    /// <summary>The agencies a line names with at most a few other words, or null.</summary>
    private static List<string>? OwnersNamedByLine(SentenceTokens line, List<Mention> mentions)
    {
        List<string>? agencies = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency)
            {
                (agencies ??= []).Add(mention.ActorId);
            }
        }

        if (agencies is null)
        {
            return null;
        }

        var otherWords = 0;
        for (var k = 0; k < line.Count; k++)
        {
            if (line.Tokens[k].Kind == TokenKind.Word && !MentionRanges.InsideAMention(mentions, k) && ++otherWords > MaxOwnerLineWords)
            {
                return null;
            }
        }

        return agencies;
    }
}

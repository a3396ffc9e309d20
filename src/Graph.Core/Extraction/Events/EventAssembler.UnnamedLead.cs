using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    private const int OpeningSentences = 2; // the lede and the sentence after it, below any lines of header

    /// <summary>
    /// Session 35: an event the text says was led, by a unit it names as no body, and that no other cue gives a lead, is led by
    /// the body the report's opening presents as doing the work ("The Nigeria Customs Service has intercepted …" then "the
    /// operation … was led by the unit"; "La Armada del Ecuador interceptó …" then "conducida por el Comando de
    /// Guardacostas"): a report tells the work of a body's unit under the body's name. The opening is the report's first two
    /// closed sentences with the header lines above them (headline, byline, date).
    /// </summary>
    private void PromoteOpeningOwners(
        List<EventBuilder> builders, EventBuilder[] builderOf, bool[] background, IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, SentenceTokens[] texts)
    {
        HashSet<string>? owners = null;
        foreach (var builder in builders)
        {
            if (builder.HasLead || !TellsAnUnnamedLead(builder, builderOf, background, sentences))
            {
                continue;
            }

            if (owners is null)
            {
                owners = new HashSet<string>(StringComparer.Ordinal);
                var closed = 0;
                for (var s = 0; s < sentences.Count && closed < OpeningSentences; s++)
                {
                    _roles.OpeningOwners(sentences[s].Sentence, sentences[s].Mentions, owners);
                    if (texts[s].Count > 0 && texts[s].Word(texts[s].Count - 1) is "." or "!" or "?")
                    {
                        closed++;
                    }
                }
            }

            builder.PromoteToLead(owners);
        }
    }

    /// <summary>
    /// Whether a sentence of the event's own (no background) says by whom its operation was led, carried out or directed
    /// ("The operation was led by the unit"). Asked only once the event has ended with no lead, so every cue such a
    /// sentence holds gave no known body, or one that took no part; that keeps the question off the common path.
    /// </summary>
    private bool TellsAnUnnamedLead(EventBuilder builder, EventBuilder[] builderOf, bool[] background, IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            if (builderOf[s] == builder && !background[s] && _roles.TellsWhoLedTheOperation(sentences[s].Sentence, sentences[s].Mentions))
            {
                return true;
            }
        }

        return false;
    }
}

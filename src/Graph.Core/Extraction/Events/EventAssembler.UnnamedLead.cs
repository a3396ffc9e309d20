using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

internal sealed partial class EventAssembler
{
    private const int OpeningSentences = 2; // the lede and the sentence after it, below any lines of header

    /// <summary>
    /// Session 35: notes an event whose sentence tells who led its operation ("The operation was led by the unit",
    /// "spearheaded by the bureau", "driven by the General Department of Anti-Narcotics at Dubai Police") when no cue of the
    /// sentence gave a known body or a back-reference to one.
    /// </summary>
    private void NoteUnnamedLead(EventBuilder builder, SentenceTokens sentence, List<Mention> mentions, bool background, HashSet<string> leads, List<NationalityLead> byNationality, ref List<EventBuilder>? ledByUnnamed)
    {
        if (leads.Count == 0 && !background && _roles.TellsWhoLedTheOperation(sentence, mentions))
        {
            (ledByUnnamed ??= []).Add(builder);
        }
    }

    /// <summary>
    /// Session 35: an event the text says was led, by a unit it names as no body, and that no other cue gives a lead, is led by
    /// the body the report's opening presents as doing or telling the work ("The Nigeria Customs Service has intercepted …"
    /// then "the operation … was led by the unit"; "…, the Gendarmerie General Command said" then "driven by the
    /// gendarmerie's department"): a report tells the work of a body's unit under the body's name. The opening is the
    /// report's first two closed sentences with the header lines above them (headline, byline, date).
    /// </summary>
    private void PromoteOpeningOwners(List<EventBuilder>? ledByUnnamed, IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences, SentenceTokens[] texts)
    {
        if (ledByUnnamed is null || !ledByUnnamed.Exists(b => !b.HasLead))
        {
            return;
        }

        var owners = new HashSet<string>(StringComparer.Ordinal);
        var closed = 0;
        for (var s = 0; s < sentences.Count && closed < OpeningSentences; s++)
        {
            _roles.OpeningOwners(sentences[s].Sentence, sentences[s].Mentions, owners);
            if (texts[s].Count > 0 && texts[s].Word(texts[s].Count - 1) is "." or "!" or "?")
            {
                closed++;
            }
        }

        foreach (var builder in ledByUnnamed)
        {
            if (!builder.HasLead)
            {
                builder.PromoteToLead(owners);
            }
        }
    }
}

using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;

namespace Graph.Core.Extraction.Events;

/// <summary>Session 33: the bodies that did the police work a sentence places within the operation.</summary>
internal sealed partial class RoleReader
{
    private readonly WordSet _dismantle;

    /// <summary>
    /// Fills <paramref name="doers"/> with the agencies that are the subject of a verb of dismantling (the lead | dismantle
    /// words) in a sentence that names the operation the work was done in ("La Guardia Civil, a través del SEPRONA, ha
    /// desarticulado en el marco de la operación Marisma …", "A PJ desmantelou, no âmbito da Operação Lagar, …"). Dismantling the
    /// network is the whole of the operation's work, so such a body carried it out; arresting or seizing in it ("detuvo a 22
    /// personas en el marco de la Operación X, encabezada por la Fiscalía") may be one side's part and is not read. Whether
    /// the body leads is the assembler's to judge beside the leads other cues found. A verb
    /// after a relative pronoun has the body before the pronoun as its subject, which did only a part. Which operation the
    /// sentence tells (a second one: "En una segunda operación, denominada Brisa, …") is the assembler's scope to say.
    /// </summary>
    public void FramedDoers(SentenceTokens sentence, List<Mention> mentions, HashSet<string> doers)
    {
        if (_dismantle.IsEmpty || mentions.Count == 0 || !sentence.AllCues.Overlaps(_operationCue) || !_announceVerbs.MayOccurIn(sentence))
        {
            return;
        }

        for (var i = 1; i < sentence.Count; i++)
        {
            if (_announceVerbs.Contains(sentence, i) && _dismantle.Contains(sentence, i) && !sentence.Tokens[i].IsCapitalized && !AfterRelativePronoun(sentence, i))
            {
                SubjectOf(sentence, mentions, i, doers);
            }
        }
    }
}

using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;
using static Graph.Core.Extraction.Events.MentionRanges;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 37: the body whose own operation the text tells, named there not by its name but by the noun of its kind ("a
/// gendarmerie operation", "the agency's Operation X") or by a pronoun standing for the sentence's subject ("X said its
/// operation …", "an investigation it led", "X described the operation as its own").
/// </summary>
internal sealed partial class RoleReader
{
    private const int MaxIntroWords = 5; // "In a statement," before the subject
    private const int MaxKindModifiers = 2; // "a two-week joint navy operation"
    private const int MaxFrameWords = 5; // "in a joint cross-border operation", "en el marco de la operación"
    private readonly WordSet _indefinite;
    private readonly WordSet _ownWord;
    private readonly WordSet _during;

    /// <summary>
    /// Fills <paramref name="owners"/> (emptied first) with the owner a pronoun names, <paramref name="ownerNouns"/> (emptied
    /// first) with the kind noun of an owner named again and <paramref name="agents"/> (emptied first) with the agency joined to
    /// the bare noun, for every operation noun or word of the sentence that is owned so:
    /// <list type="bullet">
    /// <item>"a gendarmerie operation", "the ministry's investigation", "the agency's Operation X": a back-reference head noun
    /// after an article, possessive or not, right before the operation; it names the one body named before whose name holds it.</item>
    /// <item>"its operation", "its Operation X", "su operación": the possessive pronoun right before it (not "its own X", a side's
    /// separate work).</item>
    /// <item>"an operation by X", "una operación de la Guardia Civil": the agency joined to the bare operation noun.</item>
    /// <item>"an investigation it led", "the operation that it carried out": the pronoun subject of a clause of leading on it.</item>
    /// <item>"described the operation as its own", "said the operation was its own": the pronoun closing its clause after it.</item>
    /// </list>
    /// A pronoun stands for the subject that opens the sentence (past a short opening phrase and a country's possessive), a body
    /// or a back-reference to one, and only when no other body is named between that subject and the pronoun. The assembler
    /// gives them the lead only of an event no other cue gives one: "The AFP said its investigation into the buyers was
    /// continuing" tells a side's own work in a report whose operation another body owns.
    /// </summary>
    public void OwnersOfOperation(SentenceTokens sentence, List<Mention> mentions, List<string> owners, List<NationalityLead> ownerNouns, List<string> agents)
    {
        owners.Clear();
        ownerNouns.Clear();
        agents.Clear();
        if (!sentence.AllCues.Overlaps(_operationCue))
        {
            return;
        }

        var operationSeen = false;
        for (var i = 0; i < sentence.Count; i++)
        {
            var operation = IsOperation(sentence, i);
            operationSeen |= operation;
            var pronoun = operation ? OwnerPronounAround(sentence, i)
                : operationSeen && _selfReference.Contains(sentence, i) && IsOwnClosing(sentence, i) ? i : -1;
            if (pronoun >= 0)
            {
                OwnerOfPronoun(sentence, mentions, pronoun, owners, ownerNouns);
            }
            else if (operation && KindOwnerBefore(sentence, mentions, i) is > 0 and var kind)
            {
                ownerNouns.Add(new NationalityLead(null, sentence.Word(kind).ToString(), sentence.Span));
            }
            else if (operation && _operationNouns.Contains(sentence, i))
            {
                AgentsOfOperationNoun(sentence, mentions, i, agents);
                OwnerOfOperationNoun(sentence, mentions, i, agents);
            }
        }
    }

    /// <summary>The token of "its" right before the operation, or of "it" leading it in a clause right after it; -1 if neither.</summary>
    private int OwnerPronounAround(SentenceTokens sentence, int operation)
    {
        if (operation > 0 && (_selfReference.Contains(sentence, operation - 1) || _ownUnit.Contains(sentence, operation - 1)))
        {
            return operation - 1;
        }

        var k = operation + 1;
        k += k < sentence.Count && _relatives.Contains(sentence, k) ? 1 : 0;
        if (k + 1 >= sentence.Count || !_selfReference.Contains(sentence, k))
        {
            return -1;
        }

        var verb = k + 1;
        while (verb < sentence.Count && _auxiliaries.Contains(sentence, verb))
        {
            verb++;
        }

        var leads = verb < sentence.Count && ((_leadVerbs.Contains(sentence, verb) && !_passiveOnly.Contains(sentence, verb)) || _operationVerbs.MatchAt(sentence, verb) > 0);
        return leads ? k : -1;
    }

    /// <summary>"… as its own.", "… was its own;": the pronoun, "own" and the clause's end.</summary>
    private bool IsOwnClosing(SentenceTokens sentence, int pronoun) =>
        pronoun + 1 < sentence.Count && _ownWord.Contains(sentence, pronoun + 1) && ClauseEndsAt(sentence, pronoun + 2);

    /// <summary>
    /// The back-reference noun that owns the operation ("a gendarmerie operation", "the agency's Operation", "a two-week navy
    /// operation"), or -1. A lower-case modifier may stand between the article and the noun, none that places the operation
    /// among several ("a separate customs investigation").
    /// </summary>
    private int KindOwnerBefore(SentenceTokens sentence, List<Mention> mentions, int operation)
    {
        var k = operation - 1;
        if (k >= 1 && IsPossessive(sentence.Word(k)))
        {
            k--;
        }

        if (k < 1 || sentence.Tokens[k].Kind != TokenKind.Word || !_backReferences.Contains(sentence, k) || InsideAMention(mentions, k))
        {
            return -1;
        }

        for (var a = k - 1; a >= Math.Max(0, k - 1 - MaxKindModifiers); a--)
        {
            if (_the.Contains(sentence, a) || _indefinite.Contains(sentence, a))
            {
                return k;
            }

            if (sentence.Tokens[a] is not { Kind: TokenKind.Word, IsCapitalized: false } || _sequence.Contains(sentence, a))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "una operación de la Guardia Civil", "uma operação da GNR", "une opération de la Gendarmerie nationale": the agency joined
    /// to the bare operation noun by "of", as "a Guardia Civil operation" names it in English (with a name between, "la Operación
    /// Coral de la Armada", <see cref="OwnerAfter"/> reads it among the lead cues).
    /// </summary>
    private void OwnerOfOperationNoun(SentenceTokens sentence, List<Mention> mentions, int operation, List<string> owners)
    {
        var start = operation + 2;
        if (start >= sentence.Count || !_from.Contains(sentence, operation + 1))
        {
            return;
        }

        start += _listGlue.Contains(sentence, start) && !_andOr.Contains(sentence, start) && start + 1 < sentence.Count ? 1 : 0;
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.FirstToken == start)
            {
                owners.Add(mention.ActorId);
                return;
            }
        }
    }

    /// <summary>"an operation by the National Gendarmerie", "an investigation by X and Y": the agencies right after "by" (an article may stand between).</summary>
    private void AgentsOfOperationNoun(SentenceTokens sentence, List<Mention> mentions, int operation, List<string> owners)
    {
        var by = operation + 1;
        if (by + 1 >= sentence.Count || !_by.Contains(sentence, by) || (operation > 0 && _sequence.Contains(sentence, operation - 1)))
        {
            return;
        }

        var next = _the.Contains(sentence, by + 1) ? by + 2 : by + 1;
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.FirstToken == next)
            {
                owners.Add(mention.ActorId);
                next = mention.EndToken < sentence.Count && _andOr.Contains(sentence, mention.EndToken) ? mention.EndToken + 1 : -1;
                next = next > 0 && next < sentence.Count && _the.Contains(sentence, next) ? next + 1 : next;
            }
        }
    }

    /// <summary>Makes the subject that opens the sentence the owner a pronoun names, when nothing else stands between.</summary>
    private void OwnerOfPronoun(SentenceTokens sentence, List<Mention> mentions, int pronoun, List<string> owners, List<NationalityLead> ownerNouns)
    {
        var first = OpeningSubjectStart(sentence, mentions);
        if (first < 0 || first >= pronoun)
        {
            return;
        }

        var article = IsArticle(sentence, first) ? 1 : 0;
        Mention? subject = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Agency && mention.FirstToken >= first && mention.FirstToken <= first + article)
            {
                subject = mention;
                break;
            }
        }

        var subjectEnd = subject?.EndToken ?? first + article + 1;
        foreach (var mention in mentions)
        {
            if (mention.FirstToken >= subjectEnd && mention.FirstToken < pronoun && mention.ActorId != subject?.ActorId)
            {
                return; // another body named between: the pronoun may stand for it
            }
        }

        if (subject is { } agency)
        {
            owners.Add(agency.ActorId);
        }
        else if (article == 1 && first + 1 < sentence.Count && !sentence.Tokens[first + 1].IsCapitalized && _backReferences.Contains(sentence, first + 1))
        {
            ownerNouns.Add(new NationalityLead(null, sentence.Word(first + 1).ToString(), sentence.Span, sentence.Tokens[first + 1].Start));
        }
    }

    /// <summary>The article before a name: "the" in English, a word of the list glue ("la", "o", "le") in the others.</summary>
    private bool IsArticle(SentenceTokens sentence, int k) =>
        k < sentence.Count && (_the.Contains(sentence, k) || (_listGlue.Contains(sentence, k) && !_andOr.Contains(sentence, k)));

    /// <summary>
    /// Where the sentence's subject starts: past leading punctuation, a short opening phrase closed by a comma that names no one
    /// ("In a statement,"), a dateline and a country's possessive ("Finland's"); -1 when the opening phrase runs too long.
    /// </summary>
    private int OpeningSubjectStart(SentenceTokens sentence, List<Mention> mentions)
    {
        var first = OpeningDateline.WordsStart(sentence);
        while (first < sentence.Count && sentence.Tokens[first].Kind == TokenKind.Punctuation)
        {
            first++;
        }

        // An opening phrase starts with no article: "In a statement, the ministry …", not "The ministry described the operation, …".
        var intro = first < sentence.Count && !IsArticle(sentence, first) && !_indefinite.Contains(sentence, first);
        for (var k = first; intro && k < Math.Min(sentence.Count, first + MaxIntroWords + 1); k++)
        {
            if (AnyStartsWithin(mentions, k, k + 1) || sentence.Tokens[k].Kind != TokenKind.Word)
            {
                if (sentence.Word(k) is ",")
                {
                    first = k + 1;
                }

                break;
            }
        }

        foreach (var mention in mentions)
        {
            if (mention.Kind == ActorKind.Country && mention.FirstToken == first && first + 1 < sentence.Count && IsPossessive(sentence.Word(mention.EndToken)))
            {
                return mention.EndToken + 1;
            }
        }

        return first;
    }

    /// <summary>
    /// The agencies a sentence names as the subject of a deed done in the operation ("The Border Service arrested nine people in
    /// an operation along the river", "X has dismantled a ring in Operation Y, with the support of Z"): the deed is told as the
    /// operation's work, so its doer carried the operation out. Read only in a report's opening, for an event no other cue
    /// gives a lead (see <see cref="EventAssembler"/>); a deed with no operation framing it ("X seized 40 kg") names no owner, nor
    /// does one done by several bodies as equals ("The ABF and the NZ Police arrested eight people in Operation X").
    /// </summary>
    public void FramedDeedOwners(SentenceTokens sentence, List<Mention> mentions, HashSet<string> owners)
    {
        if (mentions.Count == 0 || !_deeds.MayOccurIn(sentence) || !sentence.AllCues.Overlaps(_operationCue))
        {
            return;
        }

        for (var i = 1; i < sentence.Count; i++)
        {
            if (_deeds.Contains(sentence, i) && !AfterRelativePronoun(sentence, i) && OperationFramesDeed(sentence, mentions, i))
            {
                var subjects = new HashSet<string>(StringComparer.Ordinal);
                SubjectBeyondAside(sentence, mentions, i, subjects);
                if (subjects.Count == 1)
                {
                    owners.UnionWith(subjects); // several bodies doing it as equals name no owner
                }
            }
        }
    }

    /// <summary>
    /// Whether a locative word or one of time opens a phrase on the operation in the deed's own clause: after the deed up to a
    /// clause break ("arrested nine people in an operation …", "during Operation X"), or fronted at the sentence's start ("In
    /// Operation X, the agency seized …"). A frame of another clause ("were held in Operation X by the police, and the coast
    /// guard seized …") does not frame the deed.
    /// </summary>
    private bool OperationFramesDeed(SentenceTokens sentence, List<Mention> mentions, int deed)
    {
        var start = OpeningDateline.WordsStart(sentence);
        if (FrameAt(sentence, mentions, start))
        {
            return true;
        }

        for (var k = deed + 1; k < sentence.Count && sentence.Word(k) is not (";" or ":") && !_relativePronouns.Contains(sentence, k); k++)
        {
            if (sentence.Word(k) is "," && k + 1 < sentence.Count && _andOr.Contains(sentence, k + 1))
            {
                return false; // ", and …": another clause
            }

            if (FrameAt(sentence, mentions, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a locative or time word at the token opens a phrase on the operation ("in a joint operation", "durante la operación").</summary>
    private bool FrameAt(SentenceTokens sentence, List<Mention> mentions, int k)
    {
        if (k >= sentence.Count || (!_locative.Contains(sentence, k) && !_during.Contains(sentence, k)))
        {
            return false;
        }

        for (var n = k + 1; n < Math.Min(sentence.Count, k + 1 + MaxFrameWords); n++)
        {
            if (sentence.Tokens[n].Kind != TokenKind.Word || AnyStartsWithin(mentions, n, n + 1))
            {
                return false;
            }

            if (IsOperation(sentence, n))
            {
                return true;
            }
        }

        return false;
    }
}

using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Extraction.Text;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Session 26: a part denied in so many words ("La Gendarmería, que acogió la reunión, no tomó parte en las acciones",
/// "elle n'a pas participé à l'opération", "Tampoco intervino la Policía Federal"). The subject of the denied verb takes
/// no part by that mention: the body right after the verb when the subject follows it, else the nearest body before the
/// negation, with the bodies listed with it or naming it ("(ATF) des États-Unis"). A body elsewhere in the sentence keeps
/// its part, unlike a statistic, which silences the whole sentence.
/// </summary>
internal sealed partial class ParticipationReader
{
    private const int NegationReach = 3; // "n'a pas participé", "n'était pas non plus impliquée", "no tomó parte"
    private const int InvertedSubjectReach = 2; // "Tampoco intervino la Policía Federal": the verb, an article, the body

    private readonly WordSet _operationNouns = knowledge.Words(KnowledgeList.OperationNoun);
    private readonly WordSet _thisDeterminers = knowledge.Words(KnowledgeList.ThisDeterminer);

    /// <summary>Clears the flags of the mentions whose part a negated word of taking part denies.</summary>
    private void DenyParts(SentenceTokens sentence, List<Mention> mentions, List<bool> acts)
    {
        for (var k = 1; k < sentence.Count; k++)
        {
            if (!_deniedParts.Contains(sentence, k) || NegationBefore(sentence, k) is not (>= 0 and var negation) || NamesItsPartner(sentence, mentions, k, negation))
            {
                continue;
            }

            var after = BodyRightAfter(mentions, k);
            var opening = after < 0 && WithoutOwnSubject(sentence, mentions, negation) ? ClauseSubject(sentence, mentions, negation) : -1;
            var subject = after >= 0 ? after : opening >= 0 ? opening : LastBodyEndingBy(mentions, negation);
            if (subject < 0 || (after < 0 && !SubjectOfTheNegation(sentence, mentions[subject], negation)))
            {
                continue;
            }

            subject = after >= 0 ? subject : BeforeRelativeClause(sentence, mentions, subject, negation);

            acts[subject] = false;
            for (var m = subject; m > 0 && OnlyListBetween(sentence, mentions[m - 1].EndToken, mentions[m].FirstToken); m--)
            {
                acts[m - 1] = false;
            }

            // Session 32: a subject found at the clause's opening also takes along the bodies listed after it and its own demonym
            // ("La Marine gambienne, …"), as the nearest body before the negation took along those before it.
            for (var m = subject + 1; opening >= 0 && m < mentions.Count && mentions[m].FirstToken < negation && OnlyListBetween(sentence, mentions[m - 1].EndToken, mentions[m].FirstToken); m++)
            {
                acts[m] = false;
            }
        }
    }

    /// <summary>
    /// Session 30: fills <paramref name="denied"/> (emptied first) with the mentions whose part in the operation as a whole the
    /// sentence denies ("Brunei was not involved in Open Gate", "the Navy, which had no role in the operation itself", "The
    /// Customs Service did not take part."): the denial ends its clause or names the operation, its kind or its code name. A
    /// part denied in one task ("did not take part in the arrests") is no such denial: the body may have done another.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="mentions">Its mentions, in reading order.</param>
    /// <param name="afterOtherCase">Whether the sentence before told another case or time, which "this" may then point at ("The Army ran a separate operation …. The FSI did not take part in this operation.").</param>
    /// <param name="denied">The denied mentions' indexes (emptied first).</param>
    public void DeniedOutright(SentenceTokens sentence, List<Mention> mentions, bool afterOtherCase, List<int> denied)
    {
        denied.Clear();
        if (mentions.Count == 0 || !sentence.AllCues.Overlaps(_deniedParts.Gate))
        {
            return;
        }

        for (var k = 1; k < sentence.Count; k++)
        {
            var task = false;
            if (!_deniedParts.Contains(sentence, k) || (!TheWholeOperationAfter(sentence, mentions, k, afterOtherCase) && !(task = DeniesATask(sentence, k))))
            {
                continue;
            }

            if (NegationBefore(sentence, k) is not (>= 0 and var negation))
            {
                if (task)
                {
                    continue;
                }

                // Session 35: "no U.S. officers took part in Border Sentinel".
                if (DeniedByDeterminer(sentence, mentions, k) is >= 0 and var determined)
                {
                    AddWithListed(sentence, mentions, determined, denied);
                }

                continue;
            }

            var after = BodyRightAfter(mentions, k);
            after = after >= 0 && OnlyWordsBetween(sentence, k + 1, mentions[after].FirstToken) ? after : -1;
            var subject = after >= 0 ? after : LastBodyEndingBy(mentions, negation);

            // Session 33: "Montenegro's Police Administration, which signed a memorandum with SIPA in 2023, was not involved": the
            // nearest body stands inside a relative aside, so the denial is of the body before the aside, read from the aside's end.
            var outer = after < 0 && subject >= 0 ? BeforeRelativeClause(sentence, mentions, subject, negation) : subject;
            var verbFrom = outer != subject ? LastCommaBefore(sentence, negation) : subject >= 0 ? PastOwnAside(sentence, mentions[subject].EndToken, negation) : -1;
            subject = outer;
            if (subject < 0 || (after < 0 && (!SubjectOfTheNegation(sentence, mentions[subject], negation) || !NegatedRightAfter(sentence, verbFrom, negation)))
                || (task && !NamesABody(mentions, subject)))
            {
                continue;
            }

            // "an investigation by the Italian police, in which the Slovenian Police did not take part": a relative clause's
            // denial is of the thing it hangs on, not of this operation.
            var opener = _the.Contains(sentence, mentions[subject].FirstToken - 1) ? mentions[subject].FirstToken - 2 : mentions[subject].FirstToken - 1;
            if (after < 0 && opener >= 0 && _relativePronouns.Contains(sentence, opener))
            {
                continue;
            }

            AddWithListed(sentence, mentions, subject, denied);
        }
    }

    /// <summary>Adds the denied subject and the bodies listed right before it ("la PF e o Ibama").</summary>
    private void AddWithListed(SentenceTokens sentence, List<Mention> mentions, int subject, List<int> denied)
    {
        denied.Add(subject);
        for (var m = subject; m > 0 && OnlyListBetween(sentence, mentions[m - 1].EndToken, mentions[m].FirstToken); m--)
        {
            denied.Add(m - 1);
        }
    }

    /// <summary>
    /// Whether only auxiliaries, a relative pronoun and the commas and brackets of an aside stand between the body and the
    /// negation ("Brunei was not involved", "the Navy, which had no role"), so the body is the denial's subject. A deed between
    /// ("had passed the complaints to Europol but did not take part in the action day", "apoiou a Guarda Nacional com formação,
    /// mas não participou") makes the body before it that deed's object, and limits the denial to a part.
    /// </summary>
    private bool NegatedRightAfter(SentenceTokens sentence, int end, int negation)
    {
        for (var k = end; k < negation; k++)
        {
            if (!(sentence.Word(k) is "," or "(" or ")" or "did" or "does" or "do" || _auxiliaries.Contains(sentence, k)
                || _perfectAuxiliaries.Contains(sentence, k) || _relativePronouns.Contains(sentence, k) || IsSubjectHead(sentence, k)
                || LightVerbOfTheNegation(sentence, k, negation)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Session 33: where the body's own verb is looked for after its name ends at <paramref name="end"/>: past the name it owns
    /// ("'s Financial and Economic Crime Centre (EFECC)") and a relative aside after it (", which signed …,"), the aside's
    /// closing comma; else <paramref name="end"/>.
    /// </summary>
    private int PastOwnAside(SentenceTokens sentence, int end, int negation)
    {
        var k = OwnedNameEnd(sentence, end, negation);
        return k + 1 < negation && sentence.Word(k) is "," && _relativePronouns.Contains(sentence, k + 1) ? LastCommaBefore(sentence, negation) : end;
    }

    /// <summary>The position of the last comma before <paramref name="end"/>, or <paramref name="end"/> when none.</summary>
    private static int LastCommaBefore(SentenceTokens sentence, int end)
    {
        for (var k = end - 1; k >= 0; k--)
        {
            if (sentence.Word(k) is ",")
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>Whether no punctuation stands between two positions.</summary>
    private static bool OnlyWordsBetween(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether what the word at <paramref name="k"/> denies is the whole operation: nothing (the clause ends), or "in" or "of" the
    /// operation, its kind, a code name or, unless the sentence before told another case, "this" one ("in this case").
    /// </summary>
    private bool TheWholeOperationAfter(SentenceTokens sentence, List<Mention> mentions, int k, bool afterOtherCase)
    {
        var j = k + 1;
        var linked = j < sentence.Count && (_in.Contains(sentence, j) || IsLinker(sentence, j)); // "involved in", "part of"
        if (linked)
        {
            j++;
            j += _the.Contains(sentence, j) || _agentArticles.Contains(sentence, j) ? 1 : 0;
        }

        // Session 33: "in this case", "nesta operação", "à cette enquête": what the report tells, whatever it calls it.
        if (j < sentence.Count && _thisDeterminers.Contains(sentence, j))
        {
            return !afterOtherCase;
        }

        if (!linked && j < sentence.Count && sentence.Tokens[j].Kind == TokenKind.Word)
        {
            return false;
        }

        if (j >= sentence.Count || sentence.Tokens[j].Kind == TokenKind.Punctuation || _operationNouns.Contains(sentence, j))
        {
            return true;
        }

        // Session 35: "in the Bolivian operation".
        if (linked && QualifiedOperationAt(sentence, mentions, j))
        {
            return true;
        }

        // "in Open Gate": a code name, not an actor's name ("in Kenya").
        return sentence.Tokens[j].IsCapitalized && !mentions.Exists(mention => mention.FirstToken == j);
    }

    // Plain loops rather than FindIndex with a lambda: the lambda's captured negation was a new object for every token
    // of a sentence with a denied-part word, whether or not it was a denial (2.6 % of the bytes extraction allocated, en dev).

    /// <summary>The first mention starting within <see cref="InvertedSubjectReach"/> tokens after the word at <paramref name="k"/>, or -1.</summary>
    private static int BodyRightAfter(List<Mention> mentions, int k)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].FirstToken > k && mentions[m].FirstToken <= k + InvertedSubjectReach)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>The last mention ending by token <paramref name="end"/>, or -1.</summary>
    private static int LastBodyEndingBy(List<Mention> mentions, int end)
    {
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            if (mentions[m].EndToken <= end)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the negation of the word at <paramref name="k"/> starts ("n'" of "n'était pas impliqué"), within a few words of it
    /// in the same clause; -1 when none, or when a limiter ("no solo") makes it no denial.
    /// </summary>
    private int NegationBefore(SentenceTokens sentence, int k)
    {
        var first = -1;
        for (var j = k - 1; j >= Math.Max(0, k - NegationReach); j--)
        {
            if (sentence.Tokens[j].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (_negationLimiters.Contains(sentence, j))
            {
                return -1;
            }

            first = _negations.Contains(sentence, j) || _negatingPrepositions.Contains(sentence, j) ? j : first;
        }

        return first;
    }

    /// <summary>
    /// Whether the body before the negation is its subject: a relative pronoun right before the negation ("un conductor que no
    /// forma parte") refers to the word before it, which must then be the body (or the comma after it).
    /// </summary>
    private bool SubjectOfTheNegation(SentenceTokens sentence, Mention body, int negation)
    {
        var relative = negation - 1;
        if (relative < 0 || !_relativePronouns.Contains(sentence, relative))
        {
            return true;
        }

        return body.EndToken == relative || (body.EndToken == relative - 1 && sentence.Word(relative - 1) is ",");
    }

    /// <summary>Whether only list glue, commas and brackets stand between two positions ("la PF e o Ibama", "(ATF) des États-Unis").</summary>
    private bool OnlyListBetween(SentenceTokens sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!(_listGlue.Contains(sentence, k) || sentence.Word(k) is "," or "(" or ")"))
            {
                return false;
            }
        }

        return true;
    }
}

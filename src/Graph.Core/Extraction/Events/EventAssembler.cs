using Graph.Core.Extraction.Knowledge;
using Graph.Core.Extraction.Recognition;
using Graph.Core.Model;

namespace Graph.Core.Extraction.Events;

/// <summary>
/// Turns the mentions of a report into cooperation events. Each named operation is an event; a
/// sentence that names one gives it its actors, other sentences feed the report's main operation
/// (the most-named, or an unnamed joint action). Every authority named takes part, except
/// countries named only as origins or nationalities; a national agency brings its country along.
/// </summary>
internal sealed class EventAssembler(ExtractionKnowledge knowledge)
{
    private readonly OperationNameReader _names = new(knowledge);
    private readonly RoleReader _roles = new(knowledge);
    private readonly FigureReader _figures = new(knowledge);
    private readonly CrimeAreaClassifier _crimeAreas = new(knowledge);

    public List<CooperationEvent> Assemble(
        IReadOnlyList<(SentenceTokens Sentence, List<Mention> Mentions)> sentences,
        Func<string, string?> countryIdOfAgency)
    {
        // The first operation each sentence names, and how often each name occurs (first-seen order breaks ties).
        var firstNamed = new string?[sentences.Count];
        var counts = new Dictionary<string, (int Count, int FirstSeen)>(StringComparer.OrdinalIgnoreCase);
        var named = new List<string>();
        for (var s = 0; s < sentences.Count; s++)
        {
            named.Clear();
            _names.Read(sentences[s].Sentence, sentences[s].Mentions, named);
            foreach (var name in named)
            {
                firstNamed[s] ??= name;
                counts[name] = counts.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.FirstSeen) : (1, counts.Count);
            }
        }

        var main = counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.FirstSeen).Select(c => c.Key).FirstOrDefault();

        var builders = new Dictionary<string, EventBuilder>(StringComparer.OrdinalIgnoreCase);
        EventBuilder BuilderFor(string? name)
        {
            var key = name ?? "";
            if (!builders.TryGetValue(key, out var builder))
            {
                builders[key] = builder = new EventBuilder(name);
            }

            return builder;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var (sentence, mentions) = sentences[s];
            var builder = BuilderFor(firstNamed[s] ?? main);
            var leads = _roles.Leads(sentence, mentions);
            foreach (var mention in mentions.Where(m => !m.TakesNoPart))
            {
                var role = leads.Contains(mention.ActorId) ? ParticipantRole.Lead : ParticipantRole.Participant;
                builder.Add(mention.ActorId, role, mention.Sentence);
                if (mention.Kind == ActorKind.Agency && countryIdOfAgency(mention.ActorId) is { } countryId)
                {
                    builder.Add(countryId, ParticipantRole.Participant, mention.Sentence);
                }
            }
        }

        // A press release that names no lead is coordinated by whoever announces it in its opening.
        var announcers = sentences.Take(2).SelectMany(s => _roles.Announcers(s.Sentence, s.Mentions)).ToList();
        foreach (var builder in builders.Values.Where(b => !b.HasLead))
        {
            builder.PromoteToLead(announcers);
        }

        var crimeArea = _crimeAreas.Classify(sentences.Select(s => s.Sentence));
        var figures = _figures.Read(sentences.Select(s => s.Sentence));
        var primary = main ?? "";
        return builders
            .OrderBy(b => b.Key == primary ? 0 : 1)
            .Where(b => b.Value.HasParticipants)
            .Select(b => b.Value.Build(crimeArea, b.Key == primary ? figures : new Dictionary<string, int>()))
            .ToList();
    }
}

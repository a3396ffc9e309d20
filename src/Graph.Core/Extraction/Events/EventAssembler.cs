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
        Func<string, string?> countryOfAgency)
    {
        var named = sentences.Select(s => _names.Read(s.Sentence, s.Mentions).Select(n => n.Name).ToList()).ToList();
        var order = named.SelectMany(n => n).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var main = order.OrderByDescending(n => named.Sum(s => s.Count(x => x.Equals(n, StringComparison.OrdinalIgnoreCase))))
            .FirstOrDefault();

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
            var builder = BuilderFor(named[s].FirstOrDefault() ?? main);
            var leads = _roles.Leads(sentence, mentions);
            foreach (var mention in mentions.Where(m => !m.TakesNoPart))
            {
                var role = leads.Contains(mention.ActorId) ? ParticipantRole.Lead : ParticipantRole.Participant;
                builder.Add(mention.ActorId, role, mention.Sentence);
                if (mention.Kind == ActorKind.Agency && countryOfAgency(mention.ActorId) is { } country)
                {
                    builder.Add(Actor.CountryId(country), ParticipantRole.Participant, mention.Sentence);
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

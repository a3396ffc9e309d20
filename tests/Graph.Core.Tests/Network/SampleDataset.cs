using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Core.Tests.Network;

/// <summary>A small hand-made dataset: three reports, four events, two countries and three agencies.</summary>
internal static class SampleDataset
{
    public static readonly Actor Spain = new("country:ES", ActorKind.Country, "Spain", "ES", []);
    public static readonly Actor France = new("country:FR", ActorKind.Country, "France", "FR", []);
    public static readonly Actor Policia = new("agency:spain-national-police", ActorKind.Agency, "Spanish National Police", "ES", []);
    public static readonly Actor Europol = new("agency:europol", ActorKind.Agency, "Europol", null, []);
    public static readonly Actor Gendarmerie = new("agency:french-gendarmerie", ActorKind.Agency, "French Gendarmerie", "FR", []);
    public static readonly Actor Carabinieri = new("agency:carabinieri", ActorKind.Agency, "Carabinieri", "IT", []);

    public static CooperationDataset Build()
    {
        var reports = new[]
        {
            new ReportSummary(1, "Vibora dismantled", "https://example.org/1", new DateOnly(2024, 3, 1), "h1"),
            new ReportSummary(2, "Ports sweep", "https://example.org/2", new DateOnly(2024, 6, 10), "h2"),
            new ReportSummary(3, "Undated note", null, null, "h3"),
        };
        var events = new[]
        {
            Event(10, 1, "Operation Vibora", "drug-trafficking", new DateOnly(2024, 3, 1),
                Lead(Policia, "The Spanish National Police led Operation Vibora.", 0),
                Part(Europol, "Europol supported the Spanish National Police.", 50),
                Part(France, "Officers in France made arrests.", 100)),
            Event(11, 2, "Operation Harbour", "drug-trafficking", new DateOnly(2024, 6, 10),
                Part(Policia, "Spanish police joined the sweep.", 0),
                Part(Europol, "Europol coordinated data.", 40)),
            Event(12, 2, null, "cybercrime", new DateOnly(2024, 6, 10),
                Part(Gendarmerie, "The Gendarmerie seized servers with Europol.", 80),
                Part(Europol, "The Gendarmerie seized servers with Europol.", 80),
                Part(Carabinieri, "Carabinieri in Italy helped.", 130)),
            Event(13, 3, null, null, null,
                Part(Spain, "Spain and France signed a pact.", 0),
                Part(France, "Spain and France signed a pact.", 0)),
        };
        return new CooperationDataset([Spain, France, Policia, Europol, Gendarmerie, Carabinieri], reports, events);
    }

    private static StoredEvent Event(long id, long report, string? name, string? area, DateOnly? date, params StoredParticipation[] who) =>
        new(id, report, name, area, date, who, new Dictionary<string, int>());

    private static StoredParticipation Lead(Actor a, string sentence, int start) =>
        new(a.Id, ParticipantRole.Lead, sentence, new TextSpan(start, sentence.Length));

    private static StoredParticipation Part(Actor a, string sentence, int start) =>
        new(a.Id, ParticipantRole.Participant, sentence, new TextSpan(start, sentence.Length));
}

using Graph.Core.Model;
using Graph.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Web.Tests.Network;

/// <summary>
/// The web app over its own temporary SQLite file, not seeded, with three reports written through
/// the real store from hand-made extractions (so the tests do not depend on the extractor's wording).
/// </summary>
public sealed class NetworkApiFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("graph-network-tests-").FullName;

    public NetworkApiFactory()
    {
        Directory.CreateDirectory(Path.Combine(folder, "no-seed"));
    }

    public IReportStore Store => Services.GetRequiredService<IReportStore>();

    /// <summary>Saves a report whose sentences are given; each participation quotes one sentence by index.</summary>
    public long Save(string title, DateOnly? date, string? operation, string? crimeArea, string[] sentences, params (string Actor, ParticipantRole Role, int Sentence)[] participants)
    {
        var text = string.Join(" ", sentences);
        var spans = new List<TextSpan>();
        var at = 0;
        foreach (var sentence in sentences)
        {
            spans.Add(new TextSpan(at, sentence.Length));
            at += sentence.Length + 1;
        }

        var actors = participants.Select(p => p.Actor).Distinct().Select(ActorFor).ToArray();
        var mentions = participants.Select(p => new ActorMention(p.Actor, ActorFor(p.Actor).Name, spans[p.Sentence], spans[p.Sentence])).ToArray();
        var participations = participants.Select(p => new Participation(p.Actor, p.Role, spans[p.Sentence])).ToArray();
        var cooperation = new CooperationEvent(operation, crimeArea, participations, new Dictionary<string, int>());
        var extraction = new ReportExtraction(date, title, actors, mentions, [cooperation]);
        return Store.Save(new ReportSubmission(text, title, "https://example.org/" + Uri.EscapeDataString(title), date), extraction).ReportId;
    }

    private static Actor ActorFor(string id) => id switch
    {
        "country:ES" => new Actor(id, ActorKind.Country, "Spain", "ES", []),
        "country:FR" => new Actor(id, ActorKind.Country, "France", "FR", []),
        "country:PT" => new Actor(id, ActorKind.Country, "Portugal", "PT", []),
        "agency:europol" => new Actor(id, ActorKind.Agency, "Europol", null, []),
        "agency:spain-national-police" => new Actor(id, ActorKind.Agency, "Spanish National Police", "ES", []),
        "agency:carabinieri" => new Actor(id, ActorKind.Agency, "Carabinieri", "IT", []),
        _ => throw new ArgumentException($"No test actor {id}.", nameof(id)),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Graph", $"Data Source={Path.Combine(folder, "graph.db")}");
        builder.UseSetting("Graph:SeedFolder", Path.Combine(folder, "no-seed"));
        builder.UseSetting("Graph:ApiKey", "network-tests-key");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }
}

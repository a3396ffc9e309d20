#:project ../../src/Graph.Core/Graph.Core.csproj
#:property PublishAot=false
// Writes a SQLite database of generated cooperation reports with a realistic skew, for the render
// benchmark's end-to-end run: actors are drawn by a Zipf law (s = 1.1), so a few agencies and
// countries take part in many reports and most in few. Each report names one operation with 2 to 9
// participants (mostly 2–4). Seeded, so the same arguments give the same database.
//   dotnet run scripts/measure-render/make-corpus.cs -- <database file> [reports=100000] [actors=10000]
using System.Diagnostics;
using Graph.Core.Extraction.Knowledge;
using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Graph.Core.Vocabulary;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: make-corpus.cs <database file> [reports] [actors]");
    return 2;
}

var file = Path.GetFullPath(args[0]);
var reports = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var actorCount = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
if (File.Exists(file))
{
    Console.Error.WriteLine($"{file} exists; give a new file.");
    return 2;
}

var random = new Random(2026);
var countries = CountryDirectory.Default.All;
var actors = new Actor[actorCount];
for (var i = 0; i < actorCount; i++)
{
    var country = countries[random.Next(countries.Count)];
    actors[i] = i % 25 == 0 && i / 25 < countries.Count
        ? new Actor(Actor.CountryId(countries[i / 25].Alpha2), ActorKind.Country, countries[i / 25].Name, countries[i / 25].Alpha2, [])
        : new Actor($"agency:gen-{i}", ActorKind.Agency, $"Agency {i} of {country.Name}", country.Alpha2, []);
}

// Cumulative Zipf weights over actor ranks, then a binary search per draw.
var cumulative = new double[actorCount];
var sum = 0.0;
for (var i = 0; i < actorCount; i++)
{
    sum += 1 / Math.Pow(i + 1, 1.1);
    cumulative[i] = sum;
}

int Draw()
{
    var at = Array.BinarySearch(cumulative, random.NextDouble() * sum);
    return at < 0 ? ~at : at;
}

var store = new SqliteReportStore($"Data Source={file}");
var clock = Stopwatch.StartNew();
var start = new DateOnly(2015, 1, 1);
for (var r = 0; r < reports; r++)
{
    var size = 2 + Math.Min(7, (int)(-Math.Log(1 - random.NextDouble()) * 1.5));
    var members = new HashSet<int>();
    while (members.Count < size)
    {
        members.Add(Draw());
    }

    var chosen = members.Select(i => actors[i]).ToArray();
    var sentence = $"Operation G{r} joined {string.Join(", ", chosen.Select(a => a.Name))}.";
    var span = new TextSpan(0, sentence.Length);
    var date = start.AddDays(r * 3650 / reports);
    var extraction = new ReportExtraction(date, $"Generated report {r}", chosen,
        [.. chosen.Select(a => new ActorMention(a.Id, a.Name, span, span))],
        [new CooperationEvent($"Operation G{r}", null, [.. chosen.Select((a, k) => new Participation(a.Id, k == 0 ? ParticipantRole.Lead : ParticipantRole.Participant, span))], new Dictionary<string, int>())]);
    store.Save(new ReportSubmission(sentence, $"Generated report {r}", $"https://example.org/generated/{r}", date), extraction);
    if ((r + 1) % 10_000 == 0)
    {
        Console.Error.WriteLine($"{r + 1:N0} reports, {clock.Elapsed.TotalSeconds:F0} s");
    }
}

Console.WriteLine($"wrote {reports:N0} reports over {actorCount:N0} actors to {file} in {clock.Elapsed.TotalSeconds:F1} s");
return 0;

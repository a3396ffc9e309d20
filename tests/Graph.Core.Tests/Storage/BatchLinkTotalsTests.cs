using Graph.Core.Model;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Storage;

/// <summary>
/// A batch written on SQLite works <c>link_totals</c> out in memory instead of through the triggers. Random reports,
/// in batches that both insert and update all-time edge rows, joining and merging operations, give the same
/// <c>link_totals</c> and <c>edge_tallies</c> to the bit (doubles compared by their bits) as the same batches written
/// with the triggers on.
/// </summary>
public sealed class BatchLinkTotalsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-link-totals-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(2027)]
    public void BatchesGiveTheTriggersLinkTotalsToTheBit(int seed)
    {
        var inMemory = Path.Combine(_folder, $"memory-{seed}.db");
        var byTriggers = Path.Combine(_folder, $"triggers-{seed}.db");
        var memoryStore = new SqliteReportStore($"Data Source={inMemory}");
        var triggerStore = new SqliteReportStore($"Data Source={byTriggers}") { KeepsLinkTotalsByTriggers = true };
        var random = new Random(seed);
        var number = 0;
        for (var batch = 0; batch < 6; batch++)
        {
            var reports = Enumerable.Range(0, 30).Select(_ => RandomReport(random, ++number)).ToList();
            Assert.All(memoryStore.SaveBatch(reports), o => Assert.True(o.Saved?.Created));
            Assert.All(triggerStore.SaveBatch(reports), o => Assert.True(o.Saved?.Created));
        }

        var expected = Rows(byTriggers, "SELECT projection, crime_area, node, reports, newman, degree FROM link_totals ORDER BY 1, 2, 3");
        Assert.True(expected.Count > 50, $"only {expected.Count} link totals");
        // Sums of fractions such as 1/3 and 1/5 whose last bits depend on the order they were added in.
        Assert.Contains(expected, row => row.Contains("|r", StringComparison.Ordinal) && !IsWhole(row));
        Assert.Equal(expected, Rows(inMemory, "SELECT projection, crime_area, node, reports, newman, degree FROM link_totals ORDER BY 1, 2, 3"));
        Assert.Equal(Rows(byTriggers, "SELECT * FROM edge_tallies ORDER BY 1, 2, 3, 4, 5"), Rows(inMemory, "SELECT * FROM edge_tallies ORDER BY 1, 2, 3, 4, 5"));
    }

    private static readonly string[] Areas = ["drug-trafficking", "cybercrime", "fraud", "migrant-smuggling"];
    private static readonly string?[] Names = ["Operation Alder", "Operation Birch", "Operation Cedar", "Operation Damson", null, null, null];

    private static readonly Actor[] Pool =
    [
        .. Enumerable.Range(0, 14).Select(i => new Actor($"agency:unit-{i}", ActorKind.Agency, $"Unit {i}", i % 3 == 0 ? null : ((char)('A' + (i % 5))).ToString() + "X", [])),
        .. Enumerable.Range(0, 6).Select(i => new Actor($"country:{(char)('A' + i)}X", ActorKind.Country, $"Land {i}", $"{(char)('A' + i)}X", [])),
    ];

    private static (ReportSubmission, ReportExtraction) RandomReport(Random random, int number)
    {
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 150));
        var sentence = new TextSpan(0, 20);
        var events = Enumerable.Range(0, random.Next(1, 3)).Select(_ =>
        {
            var actors = Pool.OrderBy(_ => random.Next()).Take(random.Next(2, 7)).ToList();
            return new CooperationEvent(Names[random.Next(Names.Length)], Areas[random.Next(Areas.Length)],
                [.. actors.Select((a, i) => new Participation(a.Id, i == 0 ? ParticipantRole.Lead : ParticipantRole.Participant, sentence))],
                new Dictionary<string, int>());
        }).ToList();
        var actors = events.SelectMany(e => e.Participants).Select(p => Pool.First(a => a.Id == p.ActorId)).DistinctBy(a => a.Id).ToList();
        var extraction = new ReportExtraction(date, $"Report {number}", actors,
            [.. actors.Select(a => new ActorMention(a.Id, a.Name, new TextSpan(0, 5), sentence))], events);
        return (new ReportSubmission($"Generated report number {number} about units working together.", Date: date), extraction);
    }

    // Each row as text, doubles by their bits ("r" then the 64-bit pattern), so equal means equal to the bit.
    private static List<string> Rows(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(c => reader.GetValue(c) switch
            {
                double d => "|r" + BitConverter.DoubleToInt64Bits(d).ToString(System.Globalization.CultureInfo.InvariantCulture),
                var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
            })));
        }

        return rows;
    }

    private static bool IsWhole(string row)
    {
        var bits = long.Parse(row[(row.IndexOf("|r", StringComparison.Ordinal) + 2)..].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
        var value = BitConverter.Int64BitsToDouble(bits);
        return value == Math.Floor(value) || value * 2 == Math.Floor(value * 2);
    }
}

using Graph.Core.Analysis;
using Graph.Core.Curation;
using Graph.Core.Export;
using Graph.Core.Extraction;
using Graph.Core.Ingestion;
using Graph.Core.Network;
using Graph.Core.Network.Aggregates;
using Graph.Core.Storage;
using Graph.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Core.Tests.Curation;

/// <summary>A real SQLite store in a temporary folder, filled by the real extractor, with helpers to edit and export it.</summary>
internal sealed class CuratedStore : IDisposable
{
    public const string Vibora = """
        Operation Vibora: Europol and the Spanish National Police dismantle a smuggling ring
        Madrid, 12 March 2024. The operation was led by the Spanish National Police with the support of Europol and the French Gendarmerie. Investigators from Portugal also took part. The Guardia Civil searched three houses.
        """;

    public const string Harbour = """
        Joint action at the port of Rotterdam
        The Hague, 3 April 2024. The Dutch National Police and Europol seized 2 tonnes of cocaine in a joint action with the Belgian Federal Police. Customs officers from Spain and the Guardia Civil helped.
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("graph-curation-tests-").FullName;

    public CuratedStore(string name = "graph.db")
    {
        Store = new SqliteReportStore($"Data Source={Path.Combine(_folder, name)}");
        Ingestor = new ReportIngestor(ReportExtractor.Default, Store);
    }

    public SqliteReportStore Store { get; }

    public ReportIngestor Ingestor { get; }

    public long Ingest(string text) => Ingestor.Ingest(new ReportSubmission(text)).Saved.ReportId;

    public StoredEdit Edit(EditInput input)
    {
        var check = EditChecker.Check(Store, Store, input);
        Assert.True(check.IsValid, string.Join("; ", check.Errors.SelectMany(e => e.Value)));
        return Store.AppendEdit(check.Edit!, "tester", input.Reason!);
    }

    public CooperationNetwork Network(NetworkView view = NetworkView.Actors) => AggregateNetworkBuilder.Build(Store, view, NetworkFilter.None);

    public byte[] GraphML(NetworkView view = NetworkView.Actors)
    {
        using var output = new MemoryStream();
        GraphMLWriter.Write(NetworkAnalysis.Of(Network(view)), output);
        return output.ToArray();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

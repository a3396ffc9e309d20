namespace Graph.Reliability.Tests.Harness;

/// <summary>A temporary folder for one test's database and backups, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("graph-reliability-").FullName;

    public string Database => System.IO.Path.Combine(Path, "graph.db");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed server's files may linger a moment; the temp folder is harmless.
        }
    }
}

namespace Graph.Cli.Tests;

/// <summary>A temporary folder for one test's reports and database, deleted afterwards.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "graph-cli-tests-" + Guid.NewGuid().ToString("N"));

    public string Database => Path.Combine(Folder, "graph.db");

    /// <summary>Writes a file under the workspace and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

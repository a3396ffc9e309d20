namespace Graph.Core;

/// <summary>
/// Where the product finds its files when run from a clone: the folder holding <c>Graph.sln</c>,
/// its <c>wwwroot</c>, <c>data/reports</c> and the default database under <c>data/local</c>.
/// The layout of the repository, not of any one layer, so it sits at Core's root.
/// </summary>
public static class RepositoryLayout
{
    /// <summary>The nearest folder at or above <paramref name="start"/> that holds Graph.sln, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The repository root seen from the working directory or the program's folder, else the working directory.</summary>
    public static string Root =>
        FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    /// <summary>The default SQLite file: <c>data/local/graph.db</c> under the repository root.</summary>
    public static string DefaultDatabase => Path.Combine(Root, "data", "local", "graph.db");

    /// <summary>The page's static files.</summary>
    public static string WebRoot => Path.Combine(Root, "wwwroot");

    /// <summary>The sample reports seeded into an empty store.</summary>
    public static string SampleReports => Path.Combine(Root, "data", "reports");
}

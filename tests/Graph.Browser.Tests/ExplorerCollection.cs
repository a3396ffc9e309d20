[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Graph.Browser.Tests;

/// <summary>Read-only tests share one server (seeded from data/reports) and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerServer>
{
    public const string Name = "Explorer";
}

using Graph.Core.Storage;
using Graph.Core.Storage.Relational;

namespace Graph.Core.Tests.Storage;

/// <summary>
/// The end link's spill gives back each operation's first date and rows as they were kept, whatever order they are asked
/// in (the copies are kept by operation id, the sums ask by month), and leaves no file behind.
/// </summary>
public sealed class MadeTallySpillTests
{
    [Fact]
    public void RowsComeBackAsKeptInAnyOrder()
    {
        var first = (Date: (string?)"2019-04-02",
            Nodes: new List<NodeTally> { new("operations:agencies", "2019-04", "*", "Europol", 1, 3, "2019-04-02", 1L << 40, 2) },
            Edges: new List<EdgeTally>
            {
                new("operations:agencies", "2019-04", "*", "Europol", "Polícia Federal", 1, 2, 1, 0.0, "2019-04-02", 5L << 24, 2),
                new("operations:agencies", "*", "*", "Europol", "Polícia Federal", 1, 2, 1, 1.0 / 3, "2019-04-02", 5L << 24, 1),
            });
        var undated = (Date: (string?)null, Nodes: new List<NodeTally>(), Edges: new List<EdgeTally>
        {
            new("operations:countries", "", "drugs", "Brazil", "Portugal", 1, 1, 0, 0.0, "9999-12-31", 7, 1),
        });
        var folder = Directory.CreateTempSubdirectory("graph-spill-test-").FullName;
        using (var spill = new MadeTallySpill(folder))
        {
            spill.Keep(12, first.Date, first.Nodes, first.Edges);
            spill.Keep(40, undated.Date, undated.Nodes, undated.Edges);
            Assert.True(new FileInfo(Assert.Single(Directory.GetFiles(folder))).Length > 0);

            Assert.True(spill.Holds(12));
            Assert.False(spill.Holds(13));
            var later = spill.Take(40);
            var earlier = spill.Take(12);

            Assert.Equal(undated.Date, later.Date);
            Assert.Empty(later.Nodes);
            Assert.Equal(undated.Edges, later.Edges);
            Assert.Equal(first.Date, earlier.Date);
            Assert.Equal(first.Nodes, earlier.Nodes);
            Assert.Equal(first.Edges, earlier.Edges);
            Assert.Equal(first.Edges, spill.Take(12).Edges);
        }

        Assert.Empty(Directory.GetFiles(folder));
        Directory.Delete(folder);
    }
}

using Microsoft.Playwright;

namespace Graph.Browser.Tests;

/// <summary>Issue 15 item 9: the filters say what the sample data covers, and the first lesson can be drawn from it.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class CoverageTests(ExplorerServer server)
{
    [Fact]
    public async Task CrimeAreaChoicesSayHowManyReportsEachHolds()
    {
        var coverage = await server.JsonAsync("/api/coverage");
        var areas = coverage["crimeAreas"]!.AsArray().Where(a => (int)a!["reports"]! > 0).ToList();
        Assert.True(areas.Count >= 8, $"The sample data covers only {areas.Count} crime areas.");
        await using var explorer = await server.OpenAsync();

        foreach (var area in areas)
        {
            var option = explorer.Page.Locator($"#crime-area option[value='{area!["id"]}']");
            await Assertions.Expect(option).ToHaveTextAsync($"{area["name"]} ({area["reports"]})");
        }
    }

    [Fact]
    public async Task CoverageListsEveryInhabitedContinentWithItsReports()
    {
        var coverage = await server.JsonAsync("/api/coverage");
        var continents = coverage["continents"]!.AsArray().Where(c => (int)c!["reports"]! > 0).ToList();
        await using var explorer = await server.OpenAsync();

        await explorer.Page.GetByText("What the data covers").ClickAsync();

        Assert.Equal(5, continents.Count); // Africa, the Americas, Asia, Europe, Oceania
        foreach (var continent in continents)
        {
            await Assertions.Expect(explorer.Page.GetByRole(AriaRole.List, new() { Name = "Reports per continent" })
                .GetByText($"{continent!["name"]} ({continent["reports"]})", new() { Exact = true })).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task DrugTraffickingByContinentLinksEuropeAndTheAmericas()
    {
        await using var explorer = await server.OpenAsync("/#view=continents&crimeArea=drug-trafficking");

        var linked = await explorer.CyAsync<bool>("return cy.getElementById('continent:europe').edgesWith(cy.getElementById('continent:americas')).nonempty();");

        Assert.True(linked);
        await explorer.ScreenshotAsync("20-drugs-by-continent");
    }
}

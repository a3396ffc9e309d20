using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 29 (issue 13): bodies' names cut at their edges or named by their kind alone, each with what the rule must leave
/// alone. The sentences are written for these tests.
/// </summary>
public sealed class BodyNamesSession29Tests
{
    private static IEnumerable<Actor> Agencies(string text) => Extract(text).Actors.Where(a => a.Kind == ActorKind.Agency);

    [Fact]
    public void ACityWhoseNameOpensWithAnArticleKeepsItInTheBodysName() =>
        Assert.Contains(
            Agencies("Detectives of the San Diego County Sheriff's Department searched a storage unit, helped by the Los Angeles County Sheriff's Department."),
            a => a.Name == "Los Angeles County Sheriff's Department" && a.CountryCode == "US");

    [Fact]
    public void AnArticleBeforeABodysNameIsStillLeftOut() =>
        Assert.Contains(
            Agencies("The Ghana Police Service arrested two men at the port of Tema on Monday."),
            a => a.Name == "Ghana Police Service");
}

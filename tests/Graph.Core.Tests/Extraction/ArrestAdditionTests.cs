using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 19: arrest counts that add to the one told before them ("three more", "another five", "the other
/// seven"), the ordinal of the last person arrested ("a fourth woman"), an aside or an age phrase between the count's noun
/// and its verb, and arrests told in parallel in another place ("At the same time, …"). Each rule is checked on several
/// wordings, and on the wordings it must leave alone (goods counted after "a further", a total stated before the parallel
/// arrests, an addition with nothing before it).
/// </summary>
public sealed class ArrestAdditionTests
{
    private const string Opening = "Interpol and the Kenya Police Service ran a joint operation on the coast. ";

    private static int Arrests(string text) => SingleEvent(Opening + text).Figures["arrests"];

    private static bool HasArrests(string text) => SingleEvent(Opening + text).Figures.ContainsKey("arrests");

    [Theory]
    [InlineData("Officers arrested eight traders in Mombasa, and three more were detained in Malindi on Friday.", 11)]
    [InlineData("Police arrested 12 people at the port. Another five suspects were arrested at a checkpoint near Voi.", 17)]
    [InlineData("Investigators detained four couriers at the airport; the other six were arrested at their homes in Kilifi.", 10)]
    [InlineData("Eight suspects were arrested on Tuesday. Two further suspects were taken into custody in Lamu the next morning.", 10)]
    [InlineData("Rangers arrested five poachers inside the reserve. Two others were detained at a roadblock later that night.", 7)]
    public void ACountThatAddsToTheOneBeforeIsAddedToIt(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void GoodsCountedAfterAFurtherAddNoOne() =>
        Assert.Equal(3, Arrests("Police arrested three men and seized a further 40 sacks of charcoal at the warehouse."));

    [Fact]
    public void MoreThanIsNoAddition() =>
        Assert.Equal(30, Arrests("Police arrested 30 people, 10 more than in the last operation, and seized 200 kilograms of khat."));

    [Fact]
    public void AnAdditionWithNothingBeforeItIsNotKept() =>
        Assert.False(HasArrests("Two more suspects were arrested in Nairobi on Monday, the police said."));

    [Theory]
    [InlineData("Police arrested two drivers at the depot and a third suspect near the ferry.", 3)]
    [InlineData("Detectives searched a flat in Kisumu, where a fourth woman was arrested.", 4)]
    [InlineData("Two dockworkers were arrested on Monday. The fifth, a customs clerk, was detained in Nakuru on Wednesday.", 5)]
    public void TheOrdinalOfTheLastPersonArrestedCountsThePeopleArrested(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void AnOrdinalOfSomethingElseCountsNoOne() =>
        Assert.Equal(2, Arrests("Police arrested two men, and a second boat was stopped off Shimoni."));

    [Theory]
    [InlineData("Seven smugglers, all of them Ugandan nationals, were arrested at the border post.", 7)]
    [InlineData("Nine men, two of whom were already wanted in Tanzania, were detained in Garissa.", 9)]
    [InlineData("Four women aged between 22 and 40 were arrested at a lodge in Watamu.", 4)]
    [InlineData("Six suspects, police said on Sunday, were taken into custody after the raid.", 6)]
    public void AnAsideOrAnAgeBetweenTheCountAndItsVerbKeepsTheCount(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    // Session 35: the list's first member counts too when an aside describes the people before the verb (the corpus gold counts
    // "The skipper and two crew members, all Indonesians, were arrested" as three); the count alone is still not their number.
    [Fact]
    public void ACountThatEndsAListOfPeopleIsNotTheirNumber() =>
        Assert.Equal(4, Arrests("The captain and three deckhands, all Somali nationals, were detained off Kiunga."));

    // Session 24: a list opened by one person counts that person too (see ArrestFigureSession24Tests).
    [Fact]
    public void ACountThatEndsAListOpenedByOnePersonCountsThatPersonToo() =>
        Assert.Equal(3, Arrests("A clerk and two drivers were arrested at the depot."));

    [Theory]
    [InlineData("Police arrested nine people in Mombasa. At the same time, officers in Uganda detained three couriers in Kampala.", 12)]
    [InlineData("Eleven suspects were arrested in Nairobi. Simultaneously, Tanzanian police arrested four men in Arusha.", 15)]
    [InlineData("Officers arrested six people in Kenya on Tuesday. On the same day, Rwandan authorities arrested two women in Kigali.", 8)]
    public void ArrestsToldInParallelElsewhereAddUp(string text, int arrests) => Assert.Equal(arrests, Arrests(text));

    [Fact]
    public void ArrestsToldInParallelAfterAStatedTotalArePartsOfIt() =>
        Assert.Equal(15, Arrests("A total of 15 people were arrested in the two countries. At the same time, Ugandan police arrested five of them in Kampala."));

    [Fact]
    public void APartToldInParallelIsNotAdded() =>
        Assert.Equal(9, Arrests("Police arrested nine people in Mombasa. Meanwhile, four of them were handed over to prosecutors in Nairobi."));

    [Theory]
    [InlineData("The raids ended with 14 captures in three provinces.", 14)]
    [InlineData("Navy units captured five crew members on the high seas.", 5)]
    public void CapturesAreArrests(string text, int arrests) => Assert.Equal(arrests, Arrests(text));
}

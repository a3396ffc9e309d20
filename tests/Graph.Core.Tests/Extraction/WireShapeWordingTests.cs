using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 16: shapes wire stories and regional papers use that the rules missed — arrest counts told
/// with a phrase of suspicion or per place ("N arrests in X, M arrests in Y"), people "taken into custody", a list
/// of countries after "the following countries:", and countries whose part is told only through their authorities'
/// role ("help from Togolese investigators", "Togo's anti-drug agency", "Brazil's federal police"). The sentences
/// are written for these tests, not taken from the corpus.
/// </summary>
public sealed class WireShapeWordingTests
{
    private const string Opening = "RIGA, 4 May 2025 — Latvian and Estonian police carried out a joint operation against a smuggling ring. ";

    [Theory]
    [InlineData("Eleven people accused of running the ring from a warehouse were detained on Friday.", 11)]
    [InlineData("Nine women believed to have recruited the drivers were arrested at the border.", 9)]
    [InlineData("Fourteen men suspected of moving cigarettes through the eastern ports have been arrested.", 14)]
    public void APhraseOfSuspicionMayStandBetweenTheCountsNounAndItsPassiveVerb(string sentence, int arrests) =>
        Assert.Equal(arrests, SingleEvent(Opening + sentence).Figures["arrests"]);

    [Fact]
    public void ASuspectedNounBeforeAnActiveVerbOfAnotherSubjectIsNoSuchPhrase() =>
        Assert.Equal(10, SingleEvent(Opening + "Latvian officers arrested six suspected drivers and their Estonian colleagues arrested four.").Figures["arrests"]);

    [Fact]
    public void PeopleTakenIntoCustodyAreArrests() =>
        Assert.Equal(7, SingleEvent(Opening + "Seven people were taken into custody.").Figures["arrests"]);

    [Fact]
    public void CountsOfArrestsPerPlaceAddUpWhenNoTotalIsGiven() =>
        Assert.Equal(23, SingleEvent(Opening + "The operation led to 15 arrests in Latvia, 6 arrests in Estonia and two in Lithuania.").Figures["arrests"]);

    [Fact]
    public void CountsOfArrestsPerPlaceAreNotAddedToTheirStatedTotal() =>
        Assert.Equal(30, SingleEvent(Opening + "The operation led to 30 arrests, including 12 arrests in Latvia and 9 arrests in Estonia.").Figures["arrests"]);

    [Fact]
    public void TheFollowingCountriesAfterAnActingCueTakePart()
    {
        var participants = SingleEvent(Opening + "The checks involved customs officers from the following countries: Finland, Poland and Lithuania.").ParticipantIds;

        Assert.Contains("country:FI", participants);
        Assert.Contains("country:PL", participants);
        Assert.Contains("country:LT", participants);
    }

    [Fact]
    public void TheFollowingCountriesOfOriginTakeNoPart()
    {
        var participants = SingleEvent(Opening + "The cigarettes had come from the following countries: Belarus and Moldova.").ParticipantIds;

        Assert.DoesNotContain("country:BY", participants);
        Assert.DoesNotContain("country:MD", participants);
    }

    [Theory]
    [InlineData("The officers seized the cigarettes with help from Finnish investigators.", "country:FI")]
    [InlineData("The officers seized 40,000 cartons of cigarettes, assisted by investigators from Finland.", "country:FI")]
    [InlineData("The officers seized the cigarettes with assistance from Finland's anti-smuggling agency.", "country:FI")]
    [InlineData("Poland's border police stopped the last lorry.", "country:PL")]
    [InlineData("The officers acted on a tip from the Lithuanian gendarmerie.", "country:LT")]
    public void ACountryTakesPartThroughItsAuthoritiesNamedByRole(string sentence, string country) =>
        Assert.Contains(country, SingleEvent(Opening + sentence).ParticipantIds);

    [Theory]
    [InlineData("The officers seized cigarettes shipped from Finland.", "country:FI")]
    [InlineData("The officers seized the cigarettes at Poland's main port.", "country:PL")]
    [InlineData("The lorries carried cigarettes from Finnish factories.", "country:FI")]
    public void AnOriginOrAPlaceIsStillNoParticipant(string sentence, string country) =>
        Assert.DoesNotContain(country, SingleEvent(Opening + sentence).ParticipantIds);

    [Fact]
    public void ACountrysPossessiveBeforeTheRestOfAListedNameIsThatListedBody()
    {
        var cooperation = SingleEvent("QUITO, 3 March 2025 — Ecuador's National Police arrested nine people. Peru's National Police arrested two more in Tumbes.");

        Assert.Contains("agency:peru-pnp", cooperation.ParticipantIds);
        Assert.Contains("agency:ecuador-police", cooperation.ParticipantIds);
    }

    [Fact]
    public void ABodyWithoutItsCountryIsTheListedBodyOfTheReportsCountry() =>
        Assert.Contains("agency:ecuador-prosecutor", SingleEvent("QUITO, 3 March 2025 — The National Police and the Attorney General's Office dismantled a gang in Ecuador, arresting 16 people.").ParticipantIds);
}

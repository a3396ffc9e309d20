using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 22: a body's name that opens with its head and goes on with "of" ("Directorate of Fisheries",
/// "Ministry of Internal Affairs") ends at a country named after one more "of", as a name whose head comes last does
/// ("Coast Guard of Ghana"); people before "of" still read on to the body after them. A name that ends at a country
/// followed by its possessive and a body ("the Fraud Department of Kuwait's Ministry of Interior") is that body's unit. A
/// listed body written with its country's formal name ("State Customs Committee of the Republic of Azerbaijan") is found.
/// </summary>
public sealed class HeadFirstNameCountryTests
{
    private static Actor? Body(ReportExtraction extraction, string name) =>
        extraction.Actors.SingleOrDefault(a => a.Kind == ActorKind.Agency && a.Name == name);

    [Fact]
    public void AHeadFirstNameEndsAtTheCountryAfterIt()
    {
        var extraction = Extract("The Directorate of Fisheries of Ghana gave landing records to inspectors in Norway.");
        var body = Body(extraction, "Directorate of Fisheries of Ghana");

        Assert.NotNull(body);
        Assert.Equal("GH", body.CountryCode);
    }

    [Fact]
    public void AHeadFirstNameInAListOfBodiesTakesItsOwnCountry()
    {
        var extraction = Extract("Taking part were the Ministry of Labour Inspection of Armenia and the Ministry of Labour Inspection of Georgia.");

        Assert.Equal(2, extraction.Actors.Count(a => a.Kind == ActorKind.Agency && a.Name.StartsWith("Ministry of Labour Inspection of", StringComparison.Ordinal)));
    }

    [Fact]
    public void PeopleBeforeOfStillReadOnToTheBodyAfterThem() =>
        Assert.NotNull(Body(Extract("Members of the Jamaica Defence Force boarded the vessel."), "Jamaica Defence Force"));

    [Theory]
    [InlineData("Nine were held by officers of the Fraud Department of Kuwait's Ministry of Interior.", "Fraud Department of Kuwait")]
    [InlineData("The Cyber Crime Unit of Kenya's Directorate of Criminal Investigations arrested two men.", "Cyber Crime Unit of Kenya")]
    public void AUnitNamedBeforeACountrysBodyIsNoBodyOfItsOwn(string text, string unit)
    {
        var extraction = Extract(text);

        Assert.Null(Body(extraction, unit));
        Assert.Single(extraction.Actors, a => a.Kind == ActorKind.Agency);
    }

    [Fact]
    public void ABodyNamedWithItsCountryBeforeAnotherCountrysBodyStaysItsOwn() =>
        Assert.NotNull(Body(Extract("The Narcotics Bureau of Ghana and the police of Togo arrested two men."), "Narcotics Bureau of Ghana"));

    [Fact]
    public void AListedNameWithTheCountrysFormalNameIsTheListedBody()
    {
        var extraction = Extract("Officers of the State Customs Committee of the Republic of Azerbaijan searched the lorry at the border.");

        Assert.Contains("agency:azerbaijan-customs", Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void AnUnlistedNameWithNoHeadBeforeACountryIsNoBody() =>
        Assert.DoesNotContain(Extract("The Silk Road Festival of the Republic of Azerbaijan drew large crowds, police said.").Actors,
            a => a.Kind == ActorKind.Agency);
}

using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 29: a body named only as the publisher heading a release (its masthead line) takes no part, unless it is a
/// force telling of its own officers' work; a body that sent no officers ("did not deploy") is denied a part. Every
/// sentence is written for the test.
/// </summary>
public sealed class PublisherAndDenialSession29Tests
{
    [Theory]
    [InlineData("Ministry of Home Affairs, Valletta — Statement, 3 May 2026\n\nThe Malta Police Force and Europol dismantled a ring that smuggled cigarettes through the Freeport.", "agency:mt-ministry-of-home-affairs")]
    [InlineData("Statement from the Office of the Director of Public Prosecutions\n\nDUBLIN, 3 May 2026 — Officers of An Garda Síochána and the Police Service of Northern Ireland arrested four men in a joint operation against fuel laundering.", "agency:ireland-dpp")]
    public void APublisherNamedOnlyInTheMastheadTakesNoPart(string text, string agency)
    {
        var extraction = Extract(text);
        Assert.Contains(extraction.Actors, a => a.Id == agency);
        Assert.DoesNotContain(agency, Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void AForceHeadingItsOwnReleaseKeepsItsPart() =>
        Assert.Contains("agency:queensland-police", SingleEvent(
            "Queensland Police Service — Media release, 3 May 2026\n\nDetectives have charged two men after a joint investigation with the Australian Federal Police into a shipment of cocaine.").ParticipantIds);

    [Fact]
    public void ABodyNamedInTheStoryBelowAMastheadStillTakesPart() =>
        Assert.Contains("agency:europol", SingleEvent(
            "Europol\n\nThe Malta Police Force and Europol dismantled a ring that smuggled cigarettes through the Freeport.").ParticipantIds);

    [Fact]
    public void ABodyThatDidNotDeployOfficersTakesNoPart()
    {
        var participants = SingleEvent("Police in Botswana and Namibia arrested twelve people in Operation Dry River, coordinated by SARPCCO. "
            + "The Zambia Police Service hosted the planning meeting in Lusaka but did not deploy officers in the operation.").ParticipantIds;
        Assert.DoesNotContain("agency:zambia-police", participants);
        Assert.Contains("agency:sarpcco", participants);
    }

    [Theory]
    [InlineData("The Chilean authorities have been informed of the shipment.")]
    [InlineData("Chilean police were notified of the shipment.")]
    public void AuthoritiesOnlyToldOfTheCaseGiveTheirCountryNoPart(string told)
    {
        var participants = SingleEvent("Peru's National Police and Bolivian police seized 600 kilograms of cocaine in a joint operation near Desaguadero. " + told).ParticipantIds;
        Assert.DoesNotContain("country:CL", participants);
        Assert.Contains("country:BO", participants);
    }

    [Fact]
    public void AuthoritiesThatActedStillGiveTheirCountryAPart() =>
        Assert.Contains("country:CL", SingleEvent(
            "Peru's National Police and Bolivian police seized 600 kilograms of cocaine in a joint operation near Desaguadero. Chilean police were deployed at the border crossing.").ParticipantIds);

    private const string Patrol = "Officers of the Royal Bahamas Police Force and the U.S. Coast Guard stopped two boats carrying 90 migrants near Inagua. ";

    [Fact]
    public void ABodyThatOnlySaysWhatWillFollowTakesNoPart() =>
        Assert.DoesNotContain("agency:department-of-immigration-of-the-bahamas", SingleEvent(
            Patrol + "The Department of Immigration of the Bahamas said most of them would be flown home next week.").ParticipantIds);

    [Fact]
    public void ABodyThatSaysWhatItsOfficersDidStillTakesPart() =>
        Assert.Contains("agency:department-of-immigration-of-the-bahamas", SingleEvent(
            Patrol + "The Department of Immigration of the Bahamas said its officers were on board both patrols.").ParticipantIds);

    [Fact]
    public void AForceSayingWhatWillFollowKeepsItsPart() =>
        Assert.Contains("agency:bahamas-police", SingleEvent(
            "Two boats carrying 90 migrants were stopped near Inagua in a joint patrol with the U.S. Coast Guard. The Royal Bahamas Police Force said the three captains would appear in court on Monday.").ParticipantIds);
}

using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

public sealed class AgencyRecognitionTests
{
    [Fact]
    public void AcronymsMatchOnlyInCapitals()
    {
        Assert.Contains("agency:ice", ActorIds("ICE agents searched the warehouse."));
        Assert.DoesNotContain("agency:ice", ActorIds("The ice on the runway delayed the flight."));
    }

    [Fact]
    public void NativeAndEnglishNamesResolveToOneActor()
    {
        var extraction = Extract("The Policía Nacional led the raid. The Spanish National Police said ten people were held.");

        var agency = Assert.Single(extraction.Actors, a => a.Kind == ActorKind.Agency);
        Assert.Equal("agency:spain-national-police", agency.Id);
        Assert.Equal("ES", agency.CountryCode);
        Assert.Contains("Policía Nacional", agency.Aliases);
    }

    [Fact]
    public void ALongNameThatStartsRightIsFoundInLowerCase()
    {
        Assert.Contains("agency:dutch-national-police", ActorIds("Dutch national police officers searched the flat."));
        Assert.DoesNotContain("agency:fbi", ActorIds("a federal bureau of investigation was planned"));
    }

    [Fact]
    public void ADefiniteTwoWordNameIsTheForceButWithoutTheArticleItIsNot()
    {
        Assert.Contains("agency:denmark-police", ActorIds("The raid was carried out by the Danish police on Monday."));
        Assert.DoesNotContain("agency:denmark-police", ActorIds("Two Danish police officers were hurt."));
        Assert.DoesNotContain("agency:uscg", ActorIds("Fishermen called the coast guard after the storm."));
    }

    [Fact]
    public void AnAgencyInNoListIsDiscoveredFromTheShapeOfItsName()
    {
        var extraction = Extract("Officers of the Malawi Police Service arrested the two men.");

        var agency = Assert.Single(extraction.Actors, a => a.Kind == ActorKind.Agency);
        Assert.Equal("Malawi Police Service", agency.Name);
        Assert.Equal("MW", agency.CountryCode);
    }

    [Fact]
    public void APossessiveCountryGivesADiscoveredAgencyItsCountry()
    {
        var extraction = Extract("Uganda's Criminal Intelligence Directorate traced the money.");

        var agency = Assert.Single(extraction.Actors, a => a.Kind == ActorKind.Agency);
        Assert.Equal("Criminal Intelligence Directorate", agency.Name);
        Assert.Equal("UG", agency.CountryCode);
    }

    [Fact]
    public void AndBeforeAKnownNameEndsTheDiscoveredName()
    {
        // Session 31: "Japan's police" is Japan's listed police (a possessive before a kind noun), so only the Korean body is asked for.
        var agency = Assert.Single(Extract("The Republic of Korea's National Police Agency and Japan's police joined the operation.").Actors, a => a.Kind == ActorKind.Agency && a.CountryCode != "JP");

        // Session 16: the name without its country is the listed Korean National Police Agency's.
        Assert.Equal("agency:korea-knpa", agency.Id);
        Assert.Equal("KR", agency.CountryCode);
    }

    [Fact]
    public void TwoCountriesBodiesOfOneNameStayTwoActors()
    {
        var agencies = Extract("Korea's National Police Agency worked with Japan's National Police Agency and Europol.")
            .Actors.Where(a => a.Kind == ActorKind.Agency).ToList();

        Assert.Equal(3, agencies.Select(a => a.Id).Distinct().Count());
        Assert.Equal(["JP", "KR"], agencies.Where(a => a.Name.Contains("National Police Agency", StringComparison.Ordinal)).Select(a => a.CountryCode!).Order());
    }

    [Fact]
    public void ANamedOfficeForADistrictIsOneAgencyAndNotMergedWithTheNameBeforeIt()
    {
        var agencies = Extract("The case was handled by the Justice Department's Fraud Section and the U.S. Attorney's Office for the Eastern District of New York.")
            .Actors.Where(a => a.Kind == ActorKind.Agency).Select(a => a.Name);

        Assert.Equal(["U.S. Attorney's Office for the Eastern District of New York", "U.S. Department of Justice"], agencies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ASubUnitFoldsIntoItsParentAgency()
    {
        var agencies = Extract("Interpol's Cybercrime Directorate shared the data with Europol.")
            .Actors.Where(a => a.Kind == ActorKind.Agency).Select(a => a.Id);

        Assert.Equal(["agency:europol", "agency:interpol"], agencies.Order());
    }

    [Theory]
    [InlineData("The European Cybercrime Centre (EC3) supported the FBI.")]
    [InlineData("Analysts of the EMSC and the J-CAT supported the FBI.")]
    public void EuropolsCentresNamedAloneAreEuropol(string text)
    {
        var agencies = Extract(text).Actors.Where(a => a.Kind == ActorKind.Agency).Select(a => a.Id);

        Assert.Equal(["agency:europol", "agency:fbi"], agencies.Order());
    }

    [Fact]
    public void TheCentralBureauOfInvestigationIsIndiasWhilePolandsGoesByItsOwnName()
    {
        Assert.Contains("agency:india-cbi", ActorIds("The Central Bureau of Investigation raided call centres in Pune."));
        Assert.Contains("agency:poland-cbs", ActorIds("Officers of the Central Investigation Bureau of Police searched flats in Warsaw."));
    }

    [Fact]
    public void AnUnlistedCapitalisedPhraseWithoutACountryIsNotAnAgency() =>
        Assert.DoesNotContain(Extract("The Global Rapid Response Service opened.").Actors, a => a.Kind == ActorKind.Agency);

    [Fact]
    public void MentionsKeepTheirOffsetsAndSentence()
    {
        const string text = "Nothing here. Then Europol stepped in.";

        var mention = Assert.Single(Extract(text).Mentions);

        Assert.Equal("Europol", text.Substring(mention.Span.Start, mention.Span.Length));
        Assert.Equal("Then Europol stepped in.", mention.Sentence.Slice(text));
    }
}

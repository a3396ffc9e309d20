using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 22: a body written without its country ("the General Authority for Border Protection", "the
/// federal Ministry of Justice") in a report that has no country of its own is the listed body of the one country the
/// report names (in any role) whose list holds that name; when two named countries list it, or none does, nothing is guessed.
/// </summary>
public sealed class NamedCountryBodyTests
{
    [Fact]
    public void ABareNameIsTheListedBodyOfTheOnlyNamedCountryListingIt()
    {
        var extraction = Extract("Customs officers and the General Authority for Border Protection stopped a lorry carrying eleven "
            + "falcons bound for Qatar; the driver, a citizen of Kazakhstan, was detained, and Mongolia's customs seized the birds.");

        Assert.Contains("agency:mongolia-border", Assert.Single(extraction.Events).ParticipantIds);
    }

    [Fact]
    public void AMinistryNamedWithoutItsCountryInATwoCountryReportIsTheOneThatListsIt()
    {
        var extraction = Extract("Police in Ethiopia and Djibouti detained 12 smugglers. The raids were carried out by the Ethiopian "
            + "Federal Police under the direction of the federal Ministry of Justice, and Djiboutian officers searched two boats.");

        Assert.Contains(extraction.Actors, a => a.Id == "agency:ethiopia-fpc");
    }

    [Fact]
    public void TwoNamedCountriesListingTheNameLeaveItUnresolved()
    {
        var extraction = Extract("The National Police questioned two men after officers in Peru and Colombia shared records of their flights.");

        Assert.DoesNotContain(extraction.Actors, a => a.Kind == ActorKind.Agency);
    }

    [Fact]
    public void ARouteCountryListingTheNameLeavesItUnresolvedToo()
    {
        var extraction = Extract("The Ministry of Internal Affairs seized 90 kilograms of heroin from two Azerbaijani drivers; "
            + "the drugs were to cross the territory of Georgia on their way to Europe.");

        Assert.DoesNotContain(extraction.Actors, a => a.Id == "agency:georgia-mia");
    }
}

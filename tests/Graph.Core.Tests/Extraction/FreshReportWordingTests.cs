using Graph.Core.Extraction;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 9: what reports written by an annotator who never read the rules showed the lists
/// and rules lacked — Canadian "Project" code names, an acronym two countries' bodies share, official
/// short names of countries, a demonym that names a border, bodies tied to a seat city the lists lacked,
/// a date after a court's seat, a second verb that names a team's members, and coordinating "the activity".
/// </summary>
public sealed class FreshReportWordingTests
{
    private const string Opening = "Europol and the Guardia Civil arrested nine people in a joint operation. ";

    [Theory]
    [InlineData("Project Lantern, a Vancouver Police Department investigation, ended with nine arrests in Canada.", null, "Project Lantern")]
    [InlineData("Le Service de police de la Ville de Montréal a conclu le projet Aurore par neuf arrestations.", "fr", "Projet Aurore")]
    public void ProjectIntroducesACodeNameAsOperationDoes(string text, string? language, string name) =>
        Assert.Equal(name, Assert.Single(ReportExtractor.Default.Extract(text, language).Events).Name);

    [Fact]
    public void ALowerCaseProjectNamesNoOperation() =>
        Assert.Null(SingleEvent(Opening + "The project funded training for customs officers.").Name);

    [Fact]
    public void CoordinatingTheInternationalActivityLeads() =>
        Assert.Contains("agency:interpol", SingleEvent("Police in Kenya and Uganda seized 300 kg of ivory. INTERPOL coordinated the international activity.").LeadIds);

    [Fact]
    public void AnAcronymTwoCountriesShareGoesToTheReportsOwnCountry()
    {
        var cooperation = SingleEvent("LIMA — The National Police of Peru (PNP) and the Bolivian Police arrested six people in Operation Garra. PNP officers searched two homes in Cusco.");

        Assert.Contains("agency:peru-pnp", cooperation.ParticipantIds);
        Assert.DoesNotContain("agency:philippines-pnp", cooperation.ParticipantIds);
    }

    [Fact]
    public void TheSharedAcronymKeepsItsFirstBodyWhenTheReportIsThatCountrys() =>
        Assert.Contains("agency:philippines-pnp", SingleEvent("MANILA — The PNP and the Royal Thai Police arrested twelve suspects in the Philippines and Thailand.").ParticipantIds);

    [Fact]
    public void LaoPdrIsLaos() =>
        Assert.Contains("country:LA", SingleEvent(Opening + "Police forces from Lao PDR and Thailand also took part.").ParticipantIds);

    [Fact]
    public void ADemonymBeforeBorderNamesAPlace() =>
        Assert.DoesNotContain("country:HU", SingleEvent(Opening + "The migrants were to be driven to the Hungarian border.").ParticipantIds);

    [Fact]
    public void ADemonymBeforeBorderGuardsStillTakesPart() =>
        Assert.Contains("country:HU", SingleEvent(Opening + "Hungarian border guards stopped the van.").ParticipantIds);

    [Theory]
    [InlineData("The High Public Prosecutor's Office in Olomouc directed the case.", "CZ")]
    [InlineData("The suspects were produced before the Colombo Magistrate's Court.", "LK")]
    public void ABodyIsTiedToTheCountryOfItsSeatCity(string sentence, string country) =>
        Assert.Contains(Extract(Opening + sentence).Actors, a => a.Kind == Graph.Core.Model.ActorKind.Agency && a.CountryCode == country);

    [Fact]
    public void ACourtsNameEndsBeforeTheDateOfTheHearing()
    {
        var extraction = Extract(Opening + "The accused will appear in the Ontario Superior Court of Justice in Brampton on Friday.");

        Assert.Contains(extraction.Actors, a => a.Name == "Ontario Superior Court of Justice");
        Assert.DoesNotContain(extraction.Actors, a => a.Name.Contains("Friday", StringComparison.Ordinal));
    }

    [Fact]
    public void ASecondVerbNamingTheTeamsMembersEndsTheLead()
    {
        var cooperation = SingleEvent("The team was set up at the initiative of Eurojust and brought together the Czech police and the Slovak police. Nine suspects were arrested.");

        Assert.Equal(["agency:eurojust"], cooperation.LeadIds);
    }

    [Fact]
    public void TheForumFisheriesAgencyIsARegionalBody() =>
        Assert.Contains("agency:ffa", SingleEvent("The Pacific Islands Forum Fisheries Agency (FFA) coordinated the operation. Patrol boats from Fiji and Tonga took part.").LeadIds);

    [Theory]
    [InlineData("La Policía Nacional y Europol han permitido detener a catorce personas en España y Francia.", 14)]
    [InlineData("A ação da Polícia Judiciária e da Europol permitiu deter onze suspeitos em Portugal e Espanha.", 11)]
    [InlineData("L'enquête de la police belge et de la police française a permis d'interpeller douze suspects.", 12)]
    public void AnArrestInfinitiveBeforeACountMakesItTheArrests(string text, int arrests) =>
        Assert.Equal(arrests, SingleEvent(text).Figures["arrests"]);

    [Fact]
    public void AnArrestInfinitiveAfterACountStartsAnotherClause() =>
        Assert.Equal(7, SingleEvent("A operação da Polícia Judiciária e da Guardia Civil permitiu resgatar 30 jovens e deter sete suspeitos.").Figures["arrests"]);

    [Theory]
    [InlineData("The Dutch and Belgian police arrested nine men, who were brought before the Belgian Federal Prosecutor's Office.", "agency:belgium-federal-prosecutor")]
    [InlineData("La Policía Nacional y la Guardia Civil detuvieron a nueve personas, que fueron puestas a disposición de la Fiscalía Anticorrupción.", "agency:spain-prosecutor")]
    public void TheBodyTheSuspectsAreHandedToTakesNoPart(string text, string body) =>
        Assert.DoesNotContain(body, SingleEvent(text).ParticipantIds);
}

using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Category 4 of issue 13, session 21: leads told by the structure of the sentence. A partner joined to the leads by a phrase
/// of joint conduct, a name spelled out the Romance way before its acronym, "the Centre" named again, a noun joined to the
/// leading countries by "of", a dated phrase between a conduct verb and its agent, a long sub-unit name holding "and", a body
/// acting under a director's aside that starts mid-phrase, and the Romance counterparts of "through its". Each rule has a
/// sentence it must leave alone.
/// </summary>
public sealed class Session21LeadTests
{
    [Theory]
    [InlineData("The operation was carried out by the Guardia Civil jointly with the Polícia Judiciária.", "agency:portugal-pj")]
    [InlineData("A operação foi levada a cabo pela Polícia Judiciária em conjunto com a Guardia Civil.", "agency:portugal-pj")]
    [InlineData("La operación fue realizada por la Guardia Civil conjuntamente con Europol.", "agency:europol")]
    [InlineData("L'opération a été réalisée par la Guardia Civil conjointement avec Europol.", "agency:europol")]
    public void APartnerJoinedByJointConductCoLeads(string text, string partner)
    {
        var leads = SingleEvent(text).LeadIds;

        Assert.Contains("agency:guardia-civil", leads);
        Assert.Contains(partner, leads);
    }

    [Theory]
    [InlineData("The operation was carried out by the Guardia Civil together with the Polícia Judiciária.")]
    [InlineData("La operación fue realizada por la Guardia Civil junto con Europol.")]
    [InlineData("La operación fue coordinada por la Guardia Civil en conjunto con Europol.")]
    public void APartnerJoinedByTogetherWithOrToACoordinatorStaysAHelper(string text) =>
        Assert.Equal(["agency:guardia-civil"], SingleEvent(text).LeadIds);

    [Fact]
    public void ARomanceNameSpelledOutBeforeItsAcronymLeadsThroughTheAcronym() =>
        Assert.Equal(["agency:afripol"], SingleEvent(
            "L'opération, coordonnée par le Mécanisme africain de coopération policière (AFRIPOL) avec l'appui d'INTERPOL, a visé des réseaux d'escroquerie.").LeadIds);

    [Fact]
    public void ALowerCaseDescriptionBeforeAnAcronymIsNoSpelledOutName() =>
        Assert.Empty(SingleEvent(
            "L'opération, coordonnée par les services de police des pays membres (AFRIPOL) avec l'appui d'INTERPOL, a visé des réseaux d'escroquerie.").LeadIds);

    [Fact]
    public void TheCentreNamedAgainAfterACueIsTheRegionalCentre() =>
        Assert.Equal(["agency:caricc"], SingleEvent(
            "The Central Asian Regional Information and Coordination Centre (CARICC) summed up the results of the operation, held from 10 November to 12 December under the coordination of the Centre.").LeadIds);

    [Fact]
    public void UnitsOfTheNamedCountriesLeadThroughEachCountrysAgency() =>
        Assert.Equal(["agency:europol", "agency:ghana-police", "agency:nigeria-efcc"], SingleEvent("""
            The operation was coordinated by Europol and carried out by the cybercrime units of Ghana and Nigeria.
            In Ghana, the Ghana Police Service arrested eleven people; in Nigeria, the Economic and Financial Crimes Commission arrested nineteen.
            """).LeadIds.Order());

    [Fact]
    public void UnitsOfCountriesThatOnlyHelpLeadNothing() =>
        Assert.Equal(["agency:europol"], SingleEvent("""
            The operation was led by Europol with the help of the cybercrime units of Ghana and Nigeria.
            In Ghana, the Ghana Police Service arrested eleven people; in Nigeria, the Economic and Financial Crimes Commission arrested nineteen.
            """).LeadIds);

    [Fact]
    public void APluralNounFindsItsAgencyThroughItsSingular() =>
        Assert.Contains("agency:madagascar-gendarmerie", SingleEvent("""
            L'opération Sokake a été conduite conjointement par les gendarmes malgaches et la police mauricienne.
            La Gendarmerie nationale a interpellé cinq personnes à Toliara et la douane malgache a saisi des valises.
            """).LeadIds);

    [Theory]
    [InlineData("The operation was carried out between 1 and 26 September 2025 by the Guardia Civil.")]
    [InlineData("The operation was carried out every year by the Guardia Civil.")]
    [InlineData("La operación fue realizada entre el 1 y el 26 de septiembre de 2025 por la Guardia Civil.")]
    public void ADatedPhraseBetweenAConductVerbAndItsAgentKeepsTheLead(string text) =>
        Assert.Equal(["agency:guardia-civil"], SingleEvent(text).LeadIds);

    [Fact]
    public void WhoGaveTheInformationAConductVerbRestedOnIsNoLead() =>
        Assert.Empty(SingleEvent(
            "L'opération a été réalisée sur la base d'informations précises fournies par la Direction générale de la surveillance du territoire (DGST).").LeadIds);

    [Fact]
    public void ALongSubUnitNameHoldingAndLeadsAsItsParent() =>
        Assert.Equal(["agency:costa-rica-oij"], SingleEvent(
            "La investigación fue coordinada por la Sección de Trata de Personas y Tráfico Ilícito de Migrantes del OIJ.").LeadIds);

    [Fact]
    public void ASubUnitThatOnlySupportedLeadsNothing() =>
        Assert.Equal(["agency:guardia-civil"], SingleEvent(
            "La investigación fue coordinada por la Guardia Civil y apoyada por la Sección de Trata de Personas y Tráfico Ilícito de Migrantes del OIJ.").LeadIds);

    [Fact]
    public void TheBodyActingUnderAProceduralGuidanceAsideLeadsWithItsDirector() =>
        Assert.Equal(["agency:ukraine-nabu", "agency:ukraine-sapo"], SingleEvent(
            "Detectives of the National Anti-Corruption Bureau of Ukraine (NABU), under the procedural guidance of prosecutors of the Specialized Anti-Corruption Prosecutor's Office (SAPO), have exposed a group of customs officials.").LeadIds.Order());

    [Fact]
    public void ProceduralGuidanceWithoutAnAsideLeadsOnlyTheDirector() =>
        Assert.Equal(["agency:ukraine-sapo"], SingleEvent(
            "The National Anti-Corruption Bureau of Ukraine exposed a group of customs officials under the procedural guidance of the Specialized Anti-Corruption Prosecutor's Office.").LeadIds);

    [Fact]
    public void ARomanceThroughItsAsideNamingAnotherBodyIsSteppedOver() =>
        Assert.Equal(["agency:colombia-fiscalia", "agency:colombia-police"], SingleEvent(
            "La operación fue dirigida por la Policía Nacional de Colombia, a través de su Dirección de Investigación Criminal e INTERPOL, y la Fiscalía General de la Nación.").LeadIds.Order());

    [Fact]
    public void AnAsideOfAnotherKindNamingABodyStillEndsTheList() =>
        Assert.Equal(["agency:colombia-police"], SingleEvent(
            "La operación fue dirigida por la Policía Nacional de Colombia, con su Dirección de Investigación Criminal e INTERPOL, y la Fiscalía General de la Nación.").LeadIds);
}

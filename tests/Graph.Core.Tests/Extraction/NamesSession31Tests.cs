using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 31 (issue 13): bodies named by their kind after a country's possessive or as an air force, shared names seated in
/// a city, a city's prosecution office in lower case, and the intelligence services, air forces and inspectorates the
/// gazetteer lacked. Each rule with what it must leave alone. The sentences are written for these tests.
/// </summary>
public sealed class NamesSession31Tests
{
    private static Actor? Agency(string text, string id) => Extract(text).Actors.FirstOrDefault(a => a.Id == id);

    [Theory]
    [InlineData("Guayaquil, 9 May 2026 — Ecuador's navy stopped a fishing boat carrying 900 kilos of cocaine near the Galápagos.", "agency:ecuador-navy")]
    [InlineData("Ecuador's air force tracked the light aircraft until it landed on a farm road.", "agency:ecuador-air-force")]
    [InlineData("Tips from Costa Rica's coast guard led to the boarding of a longliner off Cocos Island.", "agency:costa-rica-coast-guard")]
    public void ACountrysPossessiveBeforeALowerCaseKindNounNamesThatCountrysBody(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Fact]
    public void APeopleNounAfterThePossessiveKindLeavesTheCountry() =>
        Assert.DoesNotContain("agency:ecuador-navy", ActorIds("Two of Ecuador's navy officers were charged with selling fuel to the traffickers."));

    [Fact]
    public void ACapitalisedNameAfterThePossessiveIsNotAKindNoun() =>
        Assert.DoesNotContain("agency:ecuador-navy", ActorIds("Ecuador's Navy Day parade was cancelled after the seizure."));

    [Theory]
    [InlineData("The Ecuadorian air force flew two patrols over the border river.", "agency:ecuador-air-force")]
    [InlineData("Un avión de la fuerza aérea ecuatoriana siguió a la avioneta hasta la frontera.", "agency:ecuador-air-force")]
    [InlineData("Santo Domingo, 2 de junio de 2026. La Armada y la Fuerza Aérea persiguieron una lancha con droga frente a Barahona, en República Dominicana.", "agency:dominican-air-force")]
    public void AnAirForceIsAKindNounLikeTheNavy(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Fact]
    public void ASharedNameSeatedInAListedCityIsThatCitysCountrysBody()
    {
        var text = "Lima, 4 de mayo de 2026. La Policía Nacional del Perú detuvo a seis contrabandistas de combustible en Puno; " +
            "dos de ellos fueron puestos a disposición de la Fiscalía Departamental de La Paz, en Bolivia.";
        var body = Agency(text, "agency:bolivia-fiscalia");

        Assert.NotNull(body);
        Assert.Contains("Fiscalía Departamental de La Paz", body.Aliases);
        Assert.DoesNotContain("agency:peru-prosecutor", ActorIds(text));
    }

    [Fact]
    public void ASharedNameWithNoSeatStillTakesTheReportsCountry() =>
        Assert.Contains("agency:peru-prosecutor", ActorIds("Lima, 4 de mayo de 2026. La Policía Nacional del Perú detuvo a seis contrabandistas en Puno y la Fiscalía abrió una investigación."));

    [Fact]
    public void AListedCityBeforeALowerCaseProsecutorsOfficeNamesThatCitysOffice()
    {
        var extraction = Extract("The seized fins were handed to the Puntarenas prosecutor's office, which will decide on charges.");
        var office = Assert.Single(extraction.Actors, a => a.Kind == ActorKind.Agency);

        Assert.Equal("Puntarenas prosecutor's office", office.Name);
        Assert.Equal("CR", office.CountryCode);
    }

    [Theory]
    [InlineData("The prosecutor's office said the two men would be charged next week.")]
    [InlineData("Investigators in Quito told the prosecutor's office about the cargo.")]
    public void AProsecutorsOfficeWithNoCityRightBeforeItNamesNoBody(string text) =>
        Assert.DoesNotContain(Extract(text).Actors, a => a.Kind == ActorKind.Agency);

    [Theory]
    [InlineData("Baku, 3 March 2026 — The State Security Service detained three customs officers at the border crossing with Iran.", "agency:azerbaijan-dtx")]
    [InlineData("Georgia's State Security Service arrested two men who had tried to sell enriched uranium in Batumi.", "agency:georgia-ssg")]
    [InlineData("Officers of Kazakhstan's National Security Committee and the Kyrgyz police stopped the truck at the border.", "agency:kazakhstan-knb")]
    [InlineData("The Inter-Services Intelligence passed on the tip that led to the seizure in Karachi.", "agency:pakistan-isi")]
    [InlineData("Lima, 8 de abril de 2026. La Dirección Nacional de Inteligencia alertó a la policía peruana sobre el cargamento.", "agency:peru-dini")]
    [InlineData("Ciudad de México, 8 de abril de 2026. El Centro Nacional de Inteligencia de México y la Guardia Nacional localizaron el laboratorio.", "agency:mexico-cni")]
    [InlineData("Kinshasa, le 8 avril 2026 — L'Inspection générale des finances a saisi le parquet après un audit de la Direction générale des douanes et accises en République démocratique du Congo.", "agency:drc-igf")]
    public void NationalIntelligenceServicesAndInspectoratesAreListed(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Theory]
    [InlineData("Efectivos del Comando Estratégico Operacional de Lucha Contra el Contrabando decomisaron diésel en Desaguadero.", "agency:bolivia-ceo-lcc")]
    [InlineData("Funcionarios de la Aduana Nacional inventariaron la mercadería en Oruro.", "agency:bolivia-customs")]
    [InlineData("Inspectors of the Chief Inspectorate of Environmental Protection sampled the dumped waste near Wrocław.", "agency:poland-gios")]
    [InlineData("The Royal Malaysian Air Force spotted the boats before they reached the coast.", "agency:malaysia-air-force")]
    public void CustomsAntiSmugglingAndAirForceBodiesAreListed(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Theory]
    [InlineData("Entre os detidos estão dez cidadãos da Guiné-Conacri, que entraram pelo Senegal.", "GN")]
    [InlineData("Un pesquero con bandera de Guinea-Conakri fue retenido en Las Palmas.", "GN")]
    [InlineData("Le chalutier, immatriculé en Guinée-Conakry, a été arraisonné au large de Dakar.", "GN")]
    [InlineData("A droga seguia num veleiro de bandeira panamiana intercetado a sul do Fogo.", "PA")]
    [InlineData("Foi também detido um cidadão zimbabweano, gerente de um dos estabelecimentos.", "ZW")]
    [InlineData("La mercancía llegó en contenedores desde Kazajstán a Valencia.", "KZ")]
    public void CountryNamesAndAdjectivesTheGeneratedListsLackedAreRead(string text, string code) =>
        Assert.Contains(code, Countries(text));

    [Fact]
    public void GuineaBissauIsStillNotGuinea() =>
        Assert.DoesNotContain("GN", Countries("A Polícia Judiciária da Guiné-Bissau apreendeu cocaína num barco em Bissau."));

    [Theory]
    [InlineData("A patrol boat of the Maldives National Defence Force escorted the dhow to Malé.", "agency:maldives-mndf")]
    [InlineData("The Icelandic Coast Guard boarded the trawler north of Reykjavik.", "agency:iceland-coast-guard")]
    [InlineData("The Division of Marine Law Enforcement seized the longliner in Palau's waters.", "agency:palau-dmle")]
    [InlineData("Les enquêteurs du Service de police de la Ville de Laval ont mené trois perquisitions.", "agency:laval-police")]
    [InlineData("Peritos do Departamento de Polícia Técnica analisaram os telemóveis apreendidos em Salvador.", "agency:bahia-dpt")]
    public void CoastalForcesAndCityPoliceTheListLackedAreListed(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Fact]
    public void ASpecialisedProsecutorsOfficeInADominicanReportIsTheAttorneyGeneralsOffice() =>
        Assert.Contains("agency:dominican-pgr", ActorIds("Santo Domingo, 5 de mayo de 2026. La DNCD detuvo a dos hombres en Boca Chica y envió el caso a la Procuraduría Especializada Antinarcóticos de República Dominicana."));

    [Fact]
    public void ASpecialisedProsecutorsOfficeInAReportFromAnotherCountryIsNoDominicanBody() =>
        Assert.DoesNotContain("agency:dominican-pgr", ActorIds("Bogotá, 5 de mayo de 2026. La Policía Nacional de Colombia detuvo a dos hombres en Cartagena, Colombia; la Procuraduría Especializada abrió un proceso disciplinario."));
}

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

    [Fact]
    public void ABareKindNounInASpanishReportNamesTheReportsCountrysBody()
    {
        var agencies = Agencies("BUENOS AIRES, 4 de mayo de 2026 – La aduana decomisó dos toneladas de cocaína en el puerto de Rosario, con apoyo de la gendarmería y de la armada, informó el Ministerio de Seguridad.");

        Assert.Contains(agencies, a => a.Id == "agency:argentina-afip-dga");
        Assert.Contains(agencies, a => a.Id == "agency:argentina-navy");
    }

    [Fact]
    public void ABareKindNounInAPortugueseReportNamesTheReportsCountrysBody() =>
        Assert.Contains(
            Agencies("LUANDA, 4 de maio de 2026 – A Alfândega apreendeu duas toneladas de marfim no porto do Lobito, com o apoio da Polícia Fiscal e da marinha, informou o Ministério do Interior."),
            a => a.Id == "agency:angola-navy");

    [Fact]
    public void AnAnnouncerDroppedForWantOfACountryLeavesTheSentenceReadable() =>
        Assert.Empty(Agencies("La aduana decomisó dos toneladas de cocaína, con apoyo de la armada, informó el Ministerio de Seguridad."));

    [Fact]
    public void ABareKindNounInAFrenchReportNamesTheReportsCountrysBody()
    {
        var agencies = Agencies("DAKAR, 4 mai 2026 – La douane a saisi trois tonnes de médicaments contrefaits dans un entrepôt de Thiès. Les agents ont agi avec l'appui de la gendarmerie, qui a interpellé deux commerçants.");

        Assert.Contains(agencies, a => a.Id == "agency:senegal-customs");
        Assert.Contains(agencies, a => a.Id == "agency:senegal-gendarmerie");
    }

    [Fact]
    public void ABareKindNounNamesNoBodyWhenTheReportHasNoCountryOfItsOwn() =>
        Assert.Empty(Agencies("Trois tonnes de médicaments ont été saisies mardi. La douane a agi avec l'appui de la gendarmerie, en lien avec des enquêteurs du Sénégal et du Mali."));

    [Fact]
    public void AKindNounOfAnotherCountryIsNotTheReportsCountrysBody() =>
        Assert.DoesNotContain(
            Agencies("DAKAR, 4 mai 2026 – Deux passeurs ont été interpellés à Mbour ; les douanes de Gambie, alertées, ont saisi la pirogue à Banjul."),
            a => a.Id == "agency:senegal-customs");

    [Fact]
    public void ACapitalisedKindNounAloneNamesTheReportsCountrysBody() =>
        Assert.Contains(
            Agencies("BUENOS AIRES, 4 de mayo de 2026 – La Aduana decomisó dos toneladas de cocaína en el puerto de Rosario, informó el Ministerio de Seguridad."),
            a => a.Id == "agency:argentina-afip-dga");

    [Fact]
    public void ACapitalisedKindNounThatRunsOnIsNoBareKind() =>
        Assert.DoesNotContain(
            Agencies("BUENOS AIRES, 4 de mayo de 2026 – La Armada Imaginaria del Sur desfiló en el puerto de Rosario, informó el Ministerio de Seguridad."),
            a => a.Id == "agency:argentina-navy");

    [Fact]
    public void PoliceInACountryNameThatCountrysPolice() =>
        Assert.Contains(
            Agencies("Two months later, police in Montenegro stopped a van carrying eleven migrants near Bar."),
            a => a.Id == "agency:montenegro-police");

    [Fact]
    public void ThePoliceOfACountryNameThatCountrysPolice() =>
        Assert.Contains(
            Agencies("The driver was arrested by the police of North Macedonia at the Tabanovce crossing."),
            a => a.Id == "agency:north-macedonia-police");

    [Fact]
    public void AnotherCountrysPoliceInACountryAreNotItsPolice() =>
        Assert.DoesNotContain(
            Agencies("Greek police in Montenegro joined the search for the van."),
            a => a.Id == "agency:montenegro-police");

    [Fact]
    public void PoliceInTwoCountriesNameNeitherCountrysPolice() =>
        Assert.DoesNotContain(
            Agencies("Police in Montenegro and Albania stopped vans carrying migrants."),
            a => a.Id == "agency:montenegro-police");

    [Fact]
    public void JordansArmedForcesAreABodyOfTheirOwn() =>
        Assert.Contains(
            Agencies("Soldiers of the Jordan Armed Forces - Arab Army stopped two lorries near the Syrian border."),
            a => a.Id == "agency:jordan-armed-forces" && a.CountryCode == "JO");

    [Fact]
    public void ASlovenianDistrictCourtIsTiedToSloveniaByItsSeat() =>
        Assert.Contains(
            Agencies("The two drivers were brought before the District Court in Celje on Monday."),
            a => a.Name == "District Court" && a.CountryCode == "SI");

    [Fact]
    public void TheStateProsecutorsOfficeOfASlovenianReportIsSlovenias() =>
        Assert.Contains(
            Agencies("LJUBLJANA, 4 May 2026 – Slovenian police arrested three smugglers near Koper. The State Prosecutor's Office will bring the charges."),
            a => a.Id == "agency:slovenia-prosecution");

    [Fact]
    public void ThePublicSecurityMinistryOfASpanishReportIsItsCountrys()
    {
        Assert.Contains(
            Agencies("PANAMÁ, 4 de mayo de 2026 – Agentes de fronteras detuvieron a siete personas en Darién. El Ministerio de Seguridad Pública destacó el trabajo en la frontera."),
            a => a.Id == "agency:panama-minseg");
        Assert.Contains(
            Agencies("SAN JOSÉ, 4 de mayo de 2026 – Guardacostas detuvieron a cinco pescadores en Limón. El Ministerio de Seguridad Pública divulgó las cifras."),
            a => a.Id == "agency:costa-rica-msp");
    }
}

using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 30 (issue 13): countries read where the text names a place (a town spelt like a demonym, a river or channel
/// named after a country), and names another country's body also bears. Each rule with what it must leave alone. The
/// sentences are written for these tests.
/// </summary>
public sealed class NamesAndPlacesSession30Tests
{
    private static IEnumerable<string> Countries(string text) =>
        Extract(text).Actors.Where(a => a.Kind == ActorKind.Country).Select(a => a.CountryCode!);

    private static IEnumerable<string> Agencies(string text) =>
        Extract(text).Actors.Where(a => a.Kind == ActorKind.Agency).Select(a => a.Id);

    [Fact]
    public void ATownSpeltLikeALowerCaseDemonymAfterInIsNoNationality() =>
        Assert.DoesNotContain("ML", Countries("A Polícia Nacional de Timor-Leste apreendeu dois camiões de gasóleo em Maliana, perto da fronteira com a Indonésia."));

    [Fact]
    public void ALowerCaseDemonymStillNamesItsCountry() =>
        Assert.Contains("ML", Countries("A Polícia Judiciária deteve dois cidadãos malianos no aeroporto de Lisboa com cocaína na bagagem."));

    [Fact]
    public void AFrenchNationalityNounAfterACountStillNamesItsCountry() =>
        Assert.Contains("ML", Countries("Les douaniers ont interpellé trois Maliens et deux Guinéens à la frontière, selon le parquet de Dakar."));

    [Theory]
    [InlineData("A Polícia Nacional de Angola apreendeu combustível que atravessava o rio Congo em canoas.", "CG")]
    [InlineData("La Gendarmerie nationale a arrêté douze passeurs lors de contrôles dans le canal du Mozambique.", "MZ")]
    [InlineData("Rangers of the Kenya Wildlife Service seized two boats on the Congo River last week.", "CG")]
    public void ARiverOrChannelNamedAfterACountryIsNoCountry(string text, string code) =>
        Assert.DoesNotContain(code, Countries(text));

    [Fact]
    public void ACountryBesideAnotherNounIsStillTheCountry() =>
        Assert.Contains("MZ", Countries("La Gendarmerie nationale a arrêté douze passeurs avec l'appui de la police du Mozambique."));

    [Fact]
    public void AnEelsScientificNameIsNoCountry() =>
        Assert.DoesNotContain("AI", Countries("The Guardia Civil seized 300 kilograms of glass eels (Anguilla anguilla) bound for Hong Kong."));

    [Fact]
    public void AFundingDevelopmentAgencyBringsNoCountry() =>
        Assert.DoesNotContain("US", Countries("Rangers of the Kenya Wildlife Service seized ivory in Mombasa, in an operation funded by the United States Agency for International Development."));

    [Fact]
    public void ACustomsNameTwoCountriesShareIsTheOneOfTheCountryNamedAfterIt()
    {
        var text = "COTONOU, 2 juin 2026 – La Direction générale des douanes et droits indirects du Bénin a saisi 40 000 litres d'essence frelatée à la frontière.";

        Assert.Contains("agency:benin-customs", Agencies(text));
        Assert.DoesNotContain("FR", Countries(text));
    }

    [Fact]
    public void AnAcronymTwoCountriesShareIsTheOneOfTheCountryTakingPart() =>
        Assert.Contains(
            "agency:congo-dgst",
            Agencies("Des enquêteurs de la République du Congo ont démantelé un centre d'escroquerie à Pointe-Noire ; la DGST a mené les perquisitions à Brazzaville."));

    [Fact]
    public void TheAcronymStillNamesTheFirstCountrysBodyInItsOwnReport() =>
        Assert.Contains(
            "agency:morocco-dgst",
            Agencies("RABAT, 3 juin 2026 – Le Maroc a démantelé une cellule terroriste à Fès ; la DGST a mené les perquisitions."));

    [Fact]
    public void AStateSecretariatNamedWithoutItsStateNamesNoCountry() =>
        Assert.DoesNotContain("TL", Countries("A Polícia Civil de Santa Catarina prendeu três suspeitos em Joinville; a Secretaria de Estado da Segurança Pública elogiou a operação."));

    [Fact]
    public void AKindNamedBodyIsTheOneCountryItsSentenceNamesWhenTheReportHasNone() =>
        Assert.Contains(
            "agency:brazil-pf",
            Agencies("Police and customs of Germany, Belgium, Brazil, Argentina and Kenya took part in the operation against timber crime, INTERPOL said. "
                + "In Pará, Brazil's environmental agency IBAMA, working with the Federal Police, seized 300 logs of ipê."));

    [Fact]
    public void AKindNamedBodyBesideTwoCountriesThatListItStaysUnread()
    {
        var agencies = Agencies("Police and customs of Germany, Belgium, Brazil, Argentina and Kenya took part in the operation against timber crime, INTERPOL said. "
            + "Officers from Germany and Brazil met the Federal Police in Hamburg to trace 300 logs of ipê.");

        Assert.DoesNotContain("agency:brazil-pf", agencies);
        Assert.DoesNotContain("agency:bundespolizei", agencies);
    }

    [Fact]
    public void APossessiveCountryBeforeASharedNameOwnsIt() =>
        Assert.Contains(
            "agency:vietnam-police",
            Agencies("VIENTIANE, 3 March 2026 -- Lao police stopped a truck of methamphetamine in Bokeo province. Viet Nam's Ministry of Public Security arrested four couriers in Nghe An."));

    [Fact]
    public void ACountryBeforeASharedNameInAListDoesNotOwnIt() =>
        Assert.DoesNotContain(
            "agency:china-mps",
            Agencies("VIENTIANE, 3 March 2026 -- Officers from Laos and China met in Vientiane; Lao police and the Ministry of Public Security then arrested four couriers in Bokeo."));
}

using Graph.Core.Model;
using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 21: sub-national forces named by their place ("Gia Lai Provincial Police", "Police of Kien Giang Province",
/// "the Hangzhou Public Security Bureau", "Karaganda Regional Police Department") are tied to their country by the place even
/// when the report names several countries, and a unit named with one ("the Economic Crime Division of …") is that force.
/// </summary>
public sealed class ProvincialForceTests
{
    private const string Opening = "Regional raids\n\nOfficers from Germany, the Netherlands, Kazakhstan, Thailand and Vietnam took part in the checks. ";

    [Theory]
    [InlineData("The Gia Lai Provincial Police arrested two couriers on the highway.", "agency:gia-lai-provincial-police", "VN")]
    [InlineData("Police of Kien Giang Province detained the crew of a fishing boat.", "agency:police-of-kien-giang-province", "VN")]
    [InlineData("The Hangzhou Public Security Bureau froze the accounts of the call centre.", "agency:hangzhou-public-security-bureau", "CN")]
    [InlineData("The Mukdahan Provincial Police stopped a lorry near the bridge.", "agency:mukdahan-provincial-police", "TH")]
    [InlineData("The Karaganda Regional Police Department searched a warehouse.", "agency:karaganda-regional-police-department", "KZ")]
    [InlineData("Officers of the Hesse State Police searched six flats.", "agency:hesse-state-police", "DE")]
    public void AForceNamedByItsPlaceIsThatPlacesCountrys(string sentence, string id, string country)
    {
        var body = Assert.Single(Extract(Opening + sentence).Actors, a => a.Id == id);

        Assert.Equal(country, body.CountryCode);
    }

    [Fact]
    public void AUnitNamedWithItsForceIsThatForce()
    {
        var agencies = Extract(Opening + "The Economic Crime Division of Dong Nai Provincial Police traced the payments.").Actors
            .Where(a => a.Kind == ActorKind.Agency).ToList();

        var force = Assert.Single(agencies);
        Assert.Equal("agency:dong-nai-provincial-police", force.Id);
        Assert.Contains("Economic Crime Division of Dong Nai Provincial Police", force.Aliases);
    }

    [Fact]
    public void AUnitOfAForceThatNamesOnlyItsKindIsNotSplit() =>
        Assert.DoesNotContain(Extract(Opening + "The Anti-Drug Unit of the Federal Police tested the powder.").Actors,
            a => a.Name == "Federal Police");

    [Fact]
    public void ADirectorateForAKindOfPoliceIsOneBody()
    {
        var body = Assert.Single(Extract(Opening + "The Central Directorate for Immigration and Border Police coordinated the checks.").Actors,
            a => a.Kind == ActorKind.Agency);

        Assert.Equal("Central Directorate for Immigration and Border Police", body.Name);
    }

    [Fact]
    public void AUnitOfAPlacesHospitalIsNoForce() =>
        Assert.DoesNotContain(Extract(Opening + "The Finance Department of Gia Lai Provincial Hospital declined to comment.").Actors,
            a => a.Kind == ActorKind.Agency);
}

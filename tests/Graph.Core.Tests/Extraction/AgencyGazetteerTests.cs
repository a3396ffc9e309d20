using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Category 1 of issue 13: customs, financial intelligence, state police, navies and regional networks are known.</summary>
public sealed class AgencyGazetteerTests
{
    [Theory]
    [InlineData("Officers of the Kenya Revenue Authority seized ivory in Mombasa.", "agency:kenya-kra")]
    [InlineData("Senegal's CENTIF traced the transfers.", "agency:senegal-centif")]
    [InlineData("The Colombian Navy intercepted a semi-submersible.", "agency:colombia-navy")]
    [InlineData("The Lusaka Agreement Task Force shared intelligence.", "agency:lusaka-agreement-task-force")]
    [InlineData("Victoria Police arrested two men in Melbourne.", "agency:victoria-police")]
    [InlineData("The Zakat, Tax and Customs Authority found pills in a truck.", "agency:saudi-zatca")]
    [InlineData("Customs officers of SUNAT inspected the containers.", "agency:peru-sunat")]
    public void ListedAgenciesAreRecognised(string text, string id) =>
        Assert.Contains(id, ActorIds(text));

    [Fact]
    public void AListedNationalAgencyBringsItsCountryAlong() =>
        Assert.Contains("country:BR", SingleEvent("IBAMA inspectors seized gold dredges with the Polícia Federal.").ParticipantIds);

    [Fact]
    public void ARegionalNetworkBringsNoCountry()
    {
        var cooperation = SingleEvent("The Pacific Transnational Crime Network shared intelligence with the Fiji Police Force.");

        Assert.Contains("agency:ptcn", cooperation.ParticipantIds);
        Assert.Equal(["country:FJ"], cooperation.ParticipantIds.Where(id => id.StartsWith("country:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("OFAST", "Office anti-stupéfiants", "agency:ocrtis")]
    [InlineData("SVA", "Customs Surveillance Service", "agency:spain-customs")]
    [InlineData("ZKA", "Zollfahndungsdienst", "agency:zfd")]
    [InlineData("Cambodian National Police", "General Commissariat of National Police", "agency:cambodia-police")]
    public void TwoNamesOfOneBodyAreOneAgency(string first, string second, string id)
    {
        var ids = ActorIds($"The {first} and Europol met. Later the {second} searched a house.");

        Assert.Contains(id, ids);
        Assert.Single(ids, a => a.StartsWith("agency:", StringComparison.Ordinal) && a != "agency:europol");
    }
}

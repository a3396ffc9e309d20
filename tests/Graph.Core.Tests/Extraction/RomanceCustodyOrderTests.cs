using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 26 (issue 13): a body whose own verb has a custody measure for its object orders or asks for custody after the
/// operation and takes no part by that mention; a body that only carries out custody warrants during the operation, and a
/// court or prosecutor named as directing the operation, keep their part. No Portuguese case is asked here: a Portuguese
/// court or prosecutor in such a sentence already takes no part without the rule (the court and request readings), so a
/// case would pass whether the rule worked or not.
/// </summary>
public sealed class RomanceCustodyOrderTests
{
    [Theory]
    [InlineData("La Policía de Investigaciones de Chile detuvo a ocho personas en Alto Hospicio. El Juzgado de Garantía de Iquique decretó la prisión preventiva para seis de ellos.", "agency:juzgado-de-garantia-de-iquique")]
    [InlineData("La Gendarmerie nationale a interpellé six personnes à Lyon. Le parquet de Lyon a requis leur placement en détention provisoire.", "agency:lyon-prosecutor")]
    public void ABodyThatOrdersCustodyTakesNoPart(string text, string orderer) =>
        Assert.DoesNotContain(orderer, SingleEvent(text).ParticipantIds);

    [Fact]
    public void ABodyThatCarriesOutCustodyWarrantsStillTakesPart() =>
        Assert.Contains("agency:portugal-prosecutor", SingleEvent(
            "A Polícia Judiciária deteve quatro suspeitos em Faro, numa operação em que o Ministério Público cumpriu os mandados de prisão preventiva.").ParticipantIds);

    [Fact]
    public void AProsecutorThatDirectedTheOperationStillLeadsIt()
    {
        var found = SingleEvent(
            "La Gendarmerie nationale a interpellé six personnes à Lyon lors d’une opération dirigée par le parquet de Lyon. Le parquet de Lyon a requis leur placement en détention provisoire.");
        Assert.Contains("agency:lyon-prosecutor", found.LeadIds);
        Assert.Contains("agency:lyon-prosecutor", found.ParticipantIds);
    }
}

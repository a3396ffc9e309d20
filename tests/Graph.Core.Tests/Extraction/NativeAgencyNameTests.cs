using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>Issue 17, second pass: native and cross-language names of agencies are the same actor as the English name.</summary>
public sealed class NativeAgencyNameTests
{
    [Theory]
    [InlineData("La Agencia Nacional contra el Crimen británica colaboró con la Guardia Civil.", "agency:nca")]
    [InlineData("A Agência Nacional do Crime colaborou com a Polícia Judiciária.", "agency:nca")]
    [InlineData("La Police fédérale brésilienne a coopéré avec la Gendarmerie nationale.", "agency:brazil-pf")]
    [InlineData("L'Office central de lutte contre la criminalité liée aux technologies de l'information et de la communication a aidé Europol.", "agency:police-nationale")]
    [InlineData("La Administración para el Control de Drogas apoyó a la Policía Nacional.", "agency:dea")]
    [InlineData("Le Ministère public de la Confédération a ouvert une procédure avec fedpol.", "agency:swiss-oag")]
    public void ANativeOrTranslatedNameIsTheSameActor(string text, string agency) =>
        Assert.Contains(agency, ActorIds(text));

    [Theory]
    [InlineData("A Polícia Civil do Rio Grande do Sul prendeu onze suspeitos com a Polícia Federal.", "agency:rio-grande-do-sul-civil-police", "country:BR")]
    [InlineData("La police cantonale vaudoise a interpellé quatre personnes avec la GRC.", "agency:vaud-police", "country:CH")]
    [InlineData("La Garde nationale tunisienne a arrêté des passeurs avec la Sûreté nationale algérienne.", "agency:algeria-dgsn", "country:DZ")]
    [InlineData("La Gendarmerie royale marocaine et la Guardia Civil ont saisi quatre tonnes de résine.", "agency:morocco-gendarmerie", "country:MA")]
    public void ARegionalOrNativeBodyBringsItsCountry(string text, string agency, string country)
    {
        var cooperation = SingleEvent(text);

        Assert.Contains(agency, cooperation.ParticipantIds);
        Assert.Contains(country, cooperation.ParticipantIds);
    }
}

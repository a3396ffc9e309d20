using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 31: a body named only as the issuer of a wanted-person notice, or as the channel of a request made in the same
/// clause, takes no part by that mention, in all four languages; help that went through the same channel keeps its part.
/// Every sentence is written for the test.
/// </summary>
public sealed class ChannelAndNoticeSession31Tests
{
    [Theory]
    [InlineData("The Kenya Police Service arrested six poachers near Tsavo. A seventh man escaped to Uganda, and an INTERPOL red notice will be sought for him.")]
    [InlineData("The Kenya Police Service arrested six poachers near Tsavo. Two of them had been wanted by Uganda under INTERPOL Red Notices since 2023.")]
    [InlineData("The Kenya Police Service arrested six poachers near Tsavo. The Kenya Police Service later asked the Ugandan police, through INTERPOL, to trace the buyer.")]
    public void AnEnglishNoticeIssuerOrRequestChannelTakesNoPart(string text)
    {
        var participants = SingleEvent(text).ParticipantIds;
        Assert.DoesNotContain("agency:interpol", participants);
        Assert.Contains("agency:kenya-police", participants);
    }

    [Theory]
    [InlineData("The Kenya Police Service arrested six poachers near Tsavo. Through INTERPOL, detectives traced the buyer to a warehouse in Kampala.")]
    [InlineData("The Kenya Police Service arrested six poachers near Tsavo. Detectives passed the phone numbers on through INTERPOL, and a buyer was arrested in Kampala.")]
    public void HelpThatWentThroughAChannelKeepsItsPart(string text) =>
        Assert.Contains("agency:interpol", SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes. El octavo sospechoso huyó y la fiscalía pidió su notificación roja de Interpol.")]
    [InlineData("La Policía Nacional del Perú detuvo a siete personas en Tumbes. La fiscalía solicitó a la policía ecuatoriana, a través de Interpol, la captura del cabecilla.")]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos. O oitavo suspeito teve o nome incluído na difusão vermelha da Interpol.")]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos. A Polícia Federal pediu colaboração às autoridades bolivianas através da Interpol, mas ainda não obteve resposta.")]
    [InlineData("La Police nationale a interpellé sept personnes à Lyon. Le huitième suspect fait l'objet d'une notice rouge d'Interpol.")]
    [InlineData("La Police nationale a interpellé sept personnes à Lyon. Le parquet a demandé aux autorités marocaines, par l'intermédiaire d'Interpol, de localiser le chef du réseau.")]
    public void ARomanceNoticeIssuerOrRequestChannelTakesNoPart(string text) =>
        Assert.DoesNotContain("agency:interpol", SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("A Polícia Federal prendeu sete pessoas em Santos. A pedido das autoridades brasileiras, através da Interpol, a polícia boliviana prendeu o chefe da rede.")]
    [InlineData("La Police nationale a interpellé sept personnes à Lyon. Les renseignements ont été transmis par l'intermédiaire d'Interpol et le chef du réseau a été arrêté à Casablanca.")]
    public void RomanceHelpThatWentThroughAChannelKeepsItsPart(string text) =>
        Assert.Contains("agency:interpol", SingleEvent(text).ParticipantIds);
}

using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 22: a sentence that denies the bodies it names a part in this operation ("did not take part", "no forma parte de
/// esta operación", "mas não participou na operação", "qui ne fait pas partie de cette opération") gives them none, in all
/// four languages; the same words without the denial still make a participant. Every sentence is written for the test.
/// </summary>
public sealed class DeniedPartTests
{
    [Theory]
    [InlineData("San Salvador, 4 March 2026 — The National Civil Police of El Salvador seized 40 rifles in Operation Trigger. The ATF received the tracing requests but did not take part in the field work.", "agency:atf")]
    [InlineData("Lima, 4 de marzo de 2026. La Policía Nacional del Perú desarticuló una red en la Operación Mina Roja. La Policía Federal Argentina mantiene otra causa contra el mismo grupo, que no forma parte de esta operación.", "agency:argentina-pfa")]
    [InlineData("Manaus, 4 de março de 2026 — A Polícia Federal prendeu onze garimpeiros na Operação Igarapé. A Polícia Rodoviária Federal recebeu os presos, mas não participou na operação.", "agency:brazil-prf")]
    [InlineData("Lyon, le 4 mars 2026 – La Police nationale a démantelé un atelier lors de l'opération Sceau. La Gendarmerie nationale, qui ne fait pas partie de cette opération, enquête sur un autre atelier.", "agency:gendarmerie-nationale")]
    public void ABodyDeniedAPartTakesNone(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("San Salvador, 4 March 2026 — The National Civil Police of El Salvador seized 40 rifles in Operation Trigger. The ATF took part in the tracing of the rifles.", "agency:atf")]
    [InlineData("Lima, 4 de marzo de 2026. La Policía Nacional del Perú desarticuló una red en la Operación Mina Roja. La Policía Federal Argentina forma parte de esta operación y detuvo a tres personas en Salta.", "agency:argentina-pfa")]
    public void ABodyThatTookPartStillDoes(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);
}

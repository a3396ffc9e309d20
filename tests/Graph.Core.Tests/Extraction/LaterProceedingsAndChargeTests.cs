using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 22: two categories the session-21 held-out reports (retired into dev) showed. A body the case, the suspects
/// or the seized goods are sent or handed over to, or one that will open the case only after the operation, receives it and takes no
/// part by that mention, in all four languages. A body in charge of the investigation, or to which it was entrusted,
/// leads in English as "a cargo de" and "confiée à" already lead in Spanish and French. Every sentence is written for the test.
/// </summary>
public sealed class LaterProceedingsAndChargeTests
{
    [Theory]
    [InlineData("London, 4 March 2026 — The National Crime Agency dismantled a forgery ring in Operation Seal. The two suspects have been referred to the Crown Prosecution Service.", "agency:cps")]
    [InlineData("Kuala Lumpur, 4 March 2026 — The Royal Malaysia Police arrested nine money mules in Operation Ledger. The police will bring its cases to the Attorney General's Chambers of Malaysia.", "agency:malaysia-agc")]
    [InlineData("San Salvador, 4 March 2026 — The National Civil Police of El Salvador seized 40 rifles in Operation Trigger. The rifles were sent to the Bureau of Alcohol, Tobacco, Firearms and Explosives for tracing.", "agency:atf")]
    [InlineData("Madrid, 4 de marzo de 2026. La Policía Nacional desarticuló una red de fraude en la Operación Sello. Los teléfonos fueron enviados a la Guardia Civil para su análisis.", "agency:guardia-civil")]
    [InlineData("Lisboa, 4 de março de 2026 — A Polícia de Segurança Pública desmantelou uma rede na Operação Selo. Os telemóveis foram enviados à Polícia Judiciária para perícia.", "agency:portugal-pj")]
    [InlineData("Lyon, le 4 mars 2026 – La Police nationale a démantelé un atelier lors de l'opération Sceau. Les téléphones ont été envoyés à la Gendarmerie nationale pour expertise.", "agency:gendarmerie-nationale")]
    public void ABodyTheCaseIsSentToTakesNoPart(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Dakar, 4 March 2026 — The Senegalese Navy intercepted a trawler carrying cocaine in Operation Blue Wake. The crew were handed over to the Gendarmerie nationale for questioning.", "agency:senegal-gendarmerie")]
    [InlineData("Lima, 4 de marzo de 2026. La Marina de Guerra del Perú interceptó una lancha en la Operación Estela Azul. Los detenidos fueron entregados a la Policía Nacional del Perú.", "agency:peru-pnp")]
    [InlineData("Luanda, 4 de março de 2026 — A Marinha de Guerra Angolana intercetou uma traineira na Operação Esteira Azul. Os detidos foram entregues à Polícia Nacional.", "agency:angola-police")]
    [InlineData("Dakar, le 4 mars 2026 – La Marine nationale a intercepté un chalutier lors de l'opération Sillage Bleu. L'équipage a été remis à la Gendarmerie nationale pour audition.", "agency:senegal-gendarmerie")]
    public void ABodyTheSuspectsAreHandedOverToTakesNoPart(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Fact]
    public void ABodyThatHandsSomethingOverAndArrestsStillTakesPart() =>
        Assert.Contains("agency:peru-pnp", SingleEvent("Lima, 4 de marzo de 2026. La Marina de Guerra del Perú entregó a la Policía Nacional del Perú tres lanchas en la Operación Estela Azul, y la Policía Nacional del Perú detuvo a sus tripulantes.").ParticipantIds);

    [Theory]
    [InlineData("Quito, 4 de marzo de 2026. La Policía Nacional desarticuló una red de contrabando en la Operación Muelle. La Fiscalía General del Estado abrirá la instrucción fiscal.", "agency:ecuador-prosecutor")]
    [InlineData("Manaus, 4 de março de 2026 — A Polícia Federal prendeu onze garimpeiros na Operação Igarapé. O Ministério Público Federal abrirá inquérito contra os financiadores.", "agency:brazil-mpf")]
    [InlineData("Québec, le 4 mars 2026 – La Sûreté du Québec a arrêté six fraudeurs lors du projet Héron. Le Directeur des poursuites criminelles et pénales ouvrira le dossier la semaine prochaine.", "agency:quebec-dpcp")]
    public void ABodyThatWillOpenTheCaseAfterTheOperationTakesNoPart(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("London, 4 March 2026 — The National Crime Agency dismantled a forgery ring in Operation Seal. The Crown Prosecution Service authorised charges on Thursday.", "agency:cps")]
    [InlineData("Quito, 4 de marzo de 2026. La Policía Nacional desarticuló una red de contrabando en la Operación Muelle. La Fiscalía General del Estado autorizó la imputación de los detenidos.", "agency:ecuador-prosecutor")]
    [InlineData("Manaus, 4 de março de 2026 — A Polícia Federal prendeu onze garimpeiros na Operação Igarapé. O Ministério Público Federal autorizou a denúncia contra os presos.", "agency:brazil-mpf")]
    public void AProsecutorThatAuthorisesTheChargesTakesNoPart(string text, string agency) =>
        Assert.DoesNotContain(agency, SingleEvent(text).ParticipantIds);

    [Fact]
    public void AProsecutorThatDismantledTheRingWithThePoliceStillTakesPart() =>
        Assert.Contains("agency:cps", SingleEvent("London, 4 March 2026 — The National Crime Agency and the Crown Prosecution Service dismantled a forgery ring in Operation Seal.").ParticipantIds);

    [Theory]
    [InlineData("London, 4 March 2026 — The National Crime Agency dismantled a forgery ring in Operation Seal. Border Force sent officers to Dover and searched two lorries.", "agency:uk-border-force")]
    [InlineData("Quito, 4 de marzo de 2026. La Policía Nacional y la Fiscalía General del Estado abrieron la investigación y desarticularon una red de contrabando en la Operación Muelle.", "agency:ecuador-prosecutor")]
    public void ABodyThatSendsOrOpensItselfStillTakesPart(string text, string agency) =>
        Assert.Contains(agency, SingleEvent(text).ParticipantIds);

    [Theory]
    [InlineData("Oslo, 4 March 2026 — Økokrim has been in charge of the investigation into a fish plant, and Norwegian Customs searched its offices.", "agency:norway-okokrim")]
    [InlineData("London, 4 March 2026 — The investigation was entrusted to the National Crime Agency. Border Force officers searched two lorries in Dover.", "agency:nca")]
    public void ABodyInChargeOfTheInvestigationLeads(string text, string agency) =>
        Assert.Equal([agency], SingleEvent(text).LeadIds);

    [Fact]
    public void ABodyInChargeOfOnlyTheSearchesTakesPartWithoutLeading()
    {
        var operation = SingleEvent("London, 4 March 2026 — The National Crime Agency led Operation Seal. Border Force was in charge of the searches in Dover.");
        Assert.Equal(["agency:nca"], operation.LeadIds);
        Assert.Contains("agency:uk-border-force", operation.ParticipantIds);
    }
}

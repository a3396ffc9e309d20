using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 37 (issue 13): the body whose own operation the release tells leads it without "led by": the operation owned by the
/// noun of the body's kind ("a gendarmerie operation"), by a pronoun standing for the sentence's subject ("its operation", "an
/// inquiry it ran", "as its own", "su operación"), by the agency joined to the bare operation noun ("an investigation by X",
/// "una operación de la Guardia Civil"), or done by the subject of a deed the opening frames by the operation ("X arrested …
/// in an operation …"). Each gives a lead only to an event no other cue gives one.
/// </summary>
public sealed class Session37LeadTests
{
    [Theory]
    [InlineData("DAKAR, 2 May 2025 — Eleven smugglers were held near Saint-Louis, the National Gendarmerie of Senegal said on Friday. A four-day gendarmerie operation, called \"Dune Gate\", covered the river crossings.", "agency:senegal-gendarmerie")]
    [InlineData("NIAMEY, 2 May 2025 — Eleven smugglers were held near Agadez, the National Gendarmerie of Niger said. The gendarmerie's investigation, which began in January, traced the trucks to Libya.", "agency:niger-gendarmerie")]
    [InlineData("VALPARAÍSO, 2 May 2025 — A navy operation off Easter Island ended with the seizure of a trawler fishing without a licence. A corvette of the Chilean Navy escorted the trawler to port.", "agency:chile-navy")]
    public void TheBodyNamedByItsKindAsTheOperationsOwnerLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("NOUAKCHOTT, 2 May 2025 — The National Gendarmerie of Mauritania told reporters on Sunday that its Operation Dune Gate had broken up a ring that forged visas.", "agency:mauritania-gendarmerie")]
    [InlineData("NOUAKCHOTT, 2 May 2025 — The National Gendarmerie of Mauritania said that an investigation it ran with the Mauritanian Coast Guard had broken up a ring that forged visas.", "agency:mauritania-gendarmerie")]
    [InlineData("NOUAKCHOTT, 2 May 2025 — A ring that forged visas has been broken up. On Sunday, the National Gendarmerie of Mauritania described Operation Dune Gate as its own.", "agency:mauritania-gendarmerie")]
    [InlineData("Quito, 2 de mayo de 2025. La Armada del Ecuador informó que su operación \"Marea Baja\" terminó con once detenidos en Esmeraldas.", "agency:ecuador-navy")]
    public void TheSubjectAPronounOwningTheOperationStandsForLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("LIMA, 2 May 2025 — An operation by the Peruvian Navy, named \"Sand Veil\", broke up a smuggling ring, officials said.", "agency:peru-navy")]
    [InlineData("Cádiz, 2 de mayo de 2025. Un operativo de la Guardia Civil, llamado \"Marea Baja\", terminó con once detenidos y dos lanchas incautadas.", "agency:guardia-civil")]
    [InlineData("Faro, 2 de maio de 2025. Uma investigação da GNR, denominada \"Maré Baixa\", terminou com onze detidos e duas lanchas apreendidas.", "agency:portugal-gnr")]
    public void TheAgencyJoinedToTheBareOperationNounLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("NOUAKCHOTT, 2 May 2025 — The Mauritanian Coast Guard intercepted three pirogues carrying 140 migrants in an operation named Dune Gate, with help from the navy of Senegal.", "agency:mauritania-coast-guard")]
    [InlineData("NOUAKCHOTT, 2 May 2025 — During Operation Dune Gate, the Mauritanian Coast Guard seized three pirogues and arrested their skippers.", "agency:mauritania-coast-guard")]
    [InlineData("NOUAKCHOTT, 2 May 2025 — In Operation Dune Gate, the Mauritanian Coast Guard seized three pirogues and their skippers, with help from the Senegalese Navy.", "agency:mauritania-coast-guard")]
    public void TheOpeningDoerOfADeedFramedByTheOperationLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    // A body that already leads keeps the lead alone: a side's own investigation told by "its" is a part of the work.
    [InlineData("SANTIAGO, 2 May 2025 — Operation Dune Gate was led by the Chilean Navy. The Mauritanian Coast Guard said its investigation into the buyers would go on.", "agency:chile-navy")]
    public void AnOwnerByPronounLeavesAnEventThatHasALeadAlone(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("NOUAKCHOTT, 2 May 2025 — Eleven smugglers were held in Operation Dune Gate, in which Mauritanian police and the Mauritanian Coast Guard took part. The coast guard, which had run its own investigation into the boats, shared records.")]
    [InlineData("NOUAKCHOTT, 2 May 2025 — Eleven smugglers were held in Operation Dune Gate by Mauritanian police, and the Mauritanian Coast Guard seized three pirogues.")]
    [InlineData("NOUAKCHOTT, 2 May 2025 — Eleven smugglers were held in Operation Dune Gate, the Mauritanian Coast Guard and the National Gendarmerie of Mauritania said. A separate gendarmerie operation is planned.")]
    [InlineData("NOUAKCHOTT, 2 May 2025 — The Mauritanian Coast Guard seized three pirogues off Nouadhibou. Eleven smugglers were later held in Operation Dune Gate, in which Mauritanian police also took part.")]
    [InlineData("NOUAKCHOTT, 2 May 2025 — The Mauritanian Coast Guard and the Senegalese Navy seized three pirogues in Operation Dune Gate off Nouadhibou.")]
    public void NoOwnerIsReadWhereTheTextGivesNone(string text) =>
        Assert.Empty(SingleEvent(text).LeadIds);

    [Fact]
    public void AFrontedPhraseOfCommandReachesAnOperationNamedInQuotationMarks() =>
        Assert.Equal(["agency:guardia-civil"], SingleEvent("Cádiz, 2 de mayo de 2025. Al frente de la \"Operación Marea Baja\" estuvo la Guardia Civil, que desplegó a 90 agentes en la costa.").LeadIds);
}

using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Issue 13, session 19: translated releases name a body by an English gloss the gazetteer does not hold, then its own name
/// in brackets ("the Attorney General's Office (Fiscalía General de la Nación)"). After a lead phrase the bracketed name is the
/// agent, however long the gloss before it (up to a unit's name).
/// </summary>
public sealed class GlossedNameLeadTests
{
    [Theory]
    [InlineData("The seizure was made under the direction of the Nation's Chief Prosecutor's Office (Fiscalía General de la Nación), with support from the DEA.", "agency:colombia-fiscalia")]
    [InlineData("The operation was coordinated by the Economic and Financial Guard (Guardia di Finanza) and supported by Europol.", "agency:guardia-di-finanza")]
    [InlineData("The investigation was led by the Criminal Police Directorate (Polícia Judiciária), which arrested three men in Faro.", "agency:portugal-pj")]
    public void TheBracketedNameAfterAGlossLeads(string text, string lead) =>
        Assert.Contains(lead, SingleEvent(text).LeadIds);

    [Fact]
    public void ALowerCaseWordBeforeTheBracketIsNoGloss() =>
        Assert.DoesNotContain("agency:guardia-di-finanza",
            SingleEvent("The operation was led by Europol and by officers acting on a tip from informants (Guardia di Finanza agents helped).").LeadIds);
}

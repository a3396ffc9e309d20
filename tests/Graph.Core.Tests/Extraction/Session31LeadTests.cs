using static Graph.Core.Tests.Extraction.ExtractionAssertions;

namespace Graph.Core.Tests.Extraction;

/// <summary>
/// Session 31 (issue 13): command told by a phrase that opens the sentence with its subject after it ("Al frente del operativo
/// estuvo …", "À la tête de l'opération, X …"), and command told by its noun ("la conducción correspondió a", "teve a liderança
/// da", "le pilotage a été assuré par").
/// </summary>
public sealed class Session31LeadTests
{
    [Theory]
    [InlineData("Cinco personas fueron detenidas en la Operación Roble. Al frente de la operación estuvo la Guardia Civil, que contó con el apoyo de la Policía Nacional.", "agency:guardia-civil")]
    [InlineData("Cinco pessoas foram presas na Operação Carvalho. À frente da Operação Carvalho esteve a Polícia Federal, que contou com o apoio da Receita Federal.", "agency:brazil-pf")]
    [InlineData("Cinq personnes ont été interpellées lors de l'opération Chêne. À la tête de l'opération, baptisée « Chêne », la Gendarmerie nationale a travaillé avec la Police nationale.", "agency:gendarmerie-nationale")]
    [InlineData("Five people were arrested in Operation Oak. At the head of the operation was the National Crime Agency, supported by Europol.", "agency:nca")]
    [InlineData("Five people were arrested in Operation Oak. Leading the investigation, the National Crime Agency worked with Europol for a year.", "agency:nca")]
    public void TheBodyAfterAFrontedPhraseOfCommandLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Cinco personas fueron detenidas en la Operación Roble, en la que participaron la Guardia Civil y la Policía Nacional. Al frente de la comandancia estuvo durante años la Guardia Civil.")]
    [InlineData("Cinq personnes ont été interpellées lors de l'opération Chêne, à laquelle ont participé la Gendarmerie nationale et la Police nationale. À la tête du réseau, la Gendarmerie nationale a identifié un ancien douanier.")]
    public void AFrontedPhraseOfCommandOverSomethingElseThanTheOperationLeadsNothing(string text) =>
        Assert.Empty(SingleEvent(text).LeadIds);

    [Theory]
    [InlineData("Cinco personas fueron detenidas en la Operación Roble. Del lado español, la conducción correspondió a la Guardia Civil, que trabajó junto con la Policía Nacional.", "agency:guardia-civil")]
    [InlineData("Cinco pessoas foram presas na Operação Carvalho, que teve a liderança da Polícia Federal, com o apoio da Receita Federal.", "agency:brazil-pf")]
    [InlineData("Cinco pessoas foram presas na Operação Carvalho. A condução coube à Polícia Federal, com o apoio da Receita Federal.", "agency:brazil-pf")]
    [InlineData("Cinq personnes ont été interpellées lors de l'opération Chêne, dont le pilotage a été assuré par la Gendarmerie nationale avec le concours de la Police nationale.", "agency:gendarmerie-nationale")]
    public void TheBodyCommandFallsToByItsNounLeads(string text, string body) =>
        Assert.Equal([body], SingleEvent(text).LeadIds);

    [Fact]
    public void TheNounOfAPartOfTheWorkLeadsNothing() =>
        Assert.Empty(SingleEvent("Cinco personas fueron detenidas en la Operación Roble. La ejecución de los registros correspondió a la Guardia Civil, junto con la Policía Nacional.").LeadIds);

    [Theory]
    [InlineData("Cinco pessoas foram presas na Operação Carvalho, coordenada do lado brasileiro pela Polícia Federal, através da Superintendência em Santos, e do lado português pela Polícia Judiciária.", "agency:brazil-pf", "agency:portugal-pj")]
    [InlineData("Cinq personnes ont été interpellées lors de l'opération Chêne, pilotée côté français par la police judiciaire (PJ) de Lille, sous la direction d'un juge, et côté belge par la Police fédérale.", "agency:police-nationale", "agency:belgian-federal-police")]
    public void ASecondAgentPhraseAfterAnAsideOnTheFirstAgentLeadsToo(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }.Order(), SingleEvent(text).LeadIds.Order());

    [Fact]
    public void APluralOperationWordInsideABodysNameIsNoOperation() =>
        Assert.Equal(
            ["Operação Carvalho"],
            Extract("Cinco pessoas foram presas na Operação Carvalho. A operação foi conduzida pela Polícia Federal, com participação do Laboratório de Operações Cibernéticas (Ciberlab) do Ministério da Justiça.").Events.Select(e => e.Name));

    [Theory]
    [InlineData("Le Parquet fédéral belge a obtenu cinq mandats d'arrêt dans une enquête qu'il dirige depuis 2024 avec l'appui de la Police fédérale.")]
    [InlineData("Le Parquet fédéral belge a ordonné cinq perquisitions dans le cadre d'une procédure pénale qu'il conduit depuis 2024 avec l'appui de la Police fédérale.")]
    public void TheBodyOpeningTheSentenceLeadsTheInquiryAPronounTakesItUpIn(string text) =>
        Assert.Equal(["agency:belgium-federal-prosecutor"], SingleEvent(text).LeadIds);
}

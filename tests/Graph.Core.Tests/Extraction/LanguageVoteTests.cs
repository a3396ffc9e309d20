using Graph.Core.Extraction;
using Graph.Core.Extraction.Knowledge;

namespace Graph.Core.Tests.Extraction;

public sealed class LanguageVoteTests
{
    private static readonly LanguageVote Vote = ReportLanguage.NewVote(ExtractionKnowledge.Default);

    [Theory]
    [InlineData("Los agentes de la Guardia Civil han detenido a los sospechosos y han intervenido las armas del grupo.", "es")]
    [InlineData("Os agentes da Polícia Federal prenderam os suspeitos e apreenderam as armas do grupo com mandados.", "pt")]
    [InlineData("Les enquêteurs de la douane ont interpellé les suspects et saisi des armes dans les locaux du groupe.", "fr")]
    [InlineData("The officers of the Spanish police arrested the suspects and seized the weapons of the group.", "en")]
    public void AClearMajorityOfOneLanguagesWordsDecidesTheLanguage(string text, string language) =>
        Assert.Equal(language, Vote.Winner(text));

    [Theory]
    [InlineData("Europol Interpol Frontex 2024")]
    [InlineData("The suspects et les armes")]
    public void AnEmptyOrCloseVoteIsLeftToTheDetector(string text) =>
        Assert.Null(Vote.Winner(text));

    [Fact]
    public void AReportDecidedByTheDetectorStillGetsALanguage() =>
        Assert.Equal("es", ReportLanguage.Detect("Detenidos seis narcotraficantes en Cádiz."));
}

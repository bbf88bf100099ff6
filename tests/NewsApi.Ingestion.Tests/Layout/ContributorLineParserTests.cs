using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Tests.Layout;

public sealed class ContributorLineParserTests
{
    [Fact]
    public void ReutersCreditLineGivesEachNameWithItsRole()
    {
        Assert.True(ContributorLineParser.TryParse(
            "Reporting by Mette Skovgaard; additional reporting by Lars Holm in Oslo; Editing by Jane Whitfield", out var contributors));

        Assert.Equal(
            [new ContributorDraft("Mette Skovgaard", "reporting"), new ContributorDraft("Lars Holm", "reporting"), new ContributorDraft("Jane Whitfield", "editing")],
            contributors);
    }

    [Fact]
    public void ACreditInCapitalsDropsThePlaceInCapitals()
    {
        Assert.True(ContributorLineParser.TryParse("ADDITIONAL REPORTING BY MAEVE KILBRIDE-OKAFOR IN PERTH.", out var contributors));

        Assert.Equal(["Maeve Kilbride-Okafor"], contributors.Select(c => c.Name));
    }

    [Fact]
    public void SeveralNamesAndRolesInOneLine()
    {
        Assert.True(ContributorLineParser.TryParse(
            "(Reporting by Ann Lee in Santiago and Bo Kim in Lima; Writing by Cy Park; Fact-checking by Di Moss; Graphics by Ed Wu)", out var contributors));

        Assert.Equal(["Ann Lee", "Bo Kim", "Cy Park", "Di Moss", "Ed Wu"], contributors.Select(c => c.Name));
        Assert.Equal(["reporting", "reporting", "writing", "fact-checking", "graphics"], contributors.Select(c => c.Role));
    }

    [Theory]
    [InlineData("Ann Lee and Bo Kim contributed to this report.", new[] { "Ann Lee", "Bo Kim" })]
    [InlineData("Ann Lee contributed reporting from Paris.", new[] { "Ann Lee" })]
    [InlineData("Associated Press writer Ann Lee contributed from Lagos, Nigeria.", new[] { "Ann Lee" })]
    [InlineData("--With assistance from Hwee Ling Goh.", new[] { "Hwee Ling Goh" })]
    [InlineData("Associated Press writer Lucía Beltrán in Madrid contributed to this report.", new[] { "Lucía Beltrán" })]
    public void ContributedFormIsReporting(string line, string[] names)
    {
        Assert.True(ContributorLineParser.TryParse(line, out var contributors));

        Assert.Equal(names, contributors.Select(c => c.Name));
        Assert.All(contributors, c => Assert.Equal("reporting", c.Role));
    }

    [Fact]
    public void TwoCreditsInTwoSentencesAreReadApart()
    {
        Assert.True(ContributorLineParser.TryParse("Written by Orla Brennan-Ng. Kofi Asante-Mends contributed reporting.", out var contributors));

        Assert.Equal(
            [new ContributorDraft("Orla Brennan-Ng", "writing"), new ContributorDraft("Kofi Asante-Mends", "reporting")],
            contributors);
    }

    [Theory]
    [InlineData("The report was written by economists at the central bank.")]
    [InlineData("Investors contributed to the fund's losses last year, analysts said.")]
    public void OrdinarySentencesAreNotCreditLines(string line)
    {
        Assert.False(ContributorLineParser.TryParse(line, out _));
    }
}

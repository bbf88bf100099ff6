namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A "Jr." suffix as written, a nickname cut from an unlisted given name, translated terms and languages; every name is invented.</summary>
public sealed class SuffixNicknameAndTermTests
{
    [Fact]
    public void AJuniorSuffixKeepsItsFullStop()
    {
        var draft = NewsDocumentParser.Parse("""
            Council passes budget

            Mayor Teodulfo Balagtasin Jr. welcomed the approval and said he would sign the ordinance within the week.
            """);

        Assert.Contains(draft.People, p => p.Name == "Teodulfo Balagtasin Jr.");
    }

    [Fact]
    public void ANicknameCutFromAnUnlistedGivenNameLeavesTheNameWhole()
    {
        var draft = NewsDocumentParser.Parse("""
            Council passes budget

            Vice Mayor Florentino "Tino" Macaraegon, who presided over the session, overruled a motion to defer the vote.
            """);

        Assert.Contains(draft.People, p => p.Name == "Florentino Macaraegon");
        Assert.DoesNotContain(draft.People, p => p.Name == "Florentino");
    }

    [Fact]
    public void CapitalsAfterAQuotedTermInLowerCaseAbbreviateNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Outbreak declared

            Three children have died, prompting local authorities in Cianjur to declare an “extraordinary event” (KPLB) on Sunday.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "KPLB");
    }

    [Fact]
    public void ALanguageNamedBahasaIsNoPlace()
    {
        var draft = NewsDocumentParser.Parse("""
            Outbreak declared

            Three children have died and 44 other people are being treated in Cianjur, West Java, officials said on Sunday.

            This story is also available in Bahasa Indonesia.
            """);

        Assert.DoesNotContain(draft.Places, p => p.StartsWith("Bahasa", StringComparison.Ordinal));
    }
}

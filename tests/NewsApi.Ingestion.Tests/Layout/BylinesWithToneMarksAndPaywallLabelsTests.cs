using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A writer's name with a tone mark that has no precomposed letter, and a paywall's label above the headline; every name is invented.</summary>
public sealed class BylinesWithToneMarksAndPaywallLabelsTests
{
    [Theory]
    [InlineData("By K\u1EB9\u0301h\u00ECnd\u00E9 \u1ECC\u0300s\u1ECD\u0301b\u00E0", "K\u1EB9\u0301h\u00ECnd\u00E9 \u1ECC\u0300s\u1ECD\u0301b\u00E0")]
    [InlineData("By K\u1EB8\u0301H\u00CCND\u00C9 \u1ECC\u0300S\u1ECC\u0301B\u00C0", "K\u1EB9\u0301h\u00ECnd\u00E9 \u1ECC\u0300s\u1ECD\u0301b\u00E0")]
    public void AWritersNameWithAToneMarkOverADottedVowelIsTheByline(string bylineLine, string writer)
    {
        var page = "Assembly suspends lawmaker over unbuilt jetties\n\nCommittee says three jetties paid for in 2025 were never built\n\n"
            + $"{bylineLine}\nDecember 6, 2026 7:42 pm\n\n"
            + "The state assembly on Saturday suspended a lawmaker for three months, after a committee found that money for projects in his constituency was paid out but nothing was built.\n\n"
            + "He denied wrongdoing.\n";

        var draft = NewsDocumentParser.Parse(page);

        Assert.Equal([writer], draft.Byline);
    }

    [Fact]
    public void APaywallLabelAboveTheHeadlineIsNoWriter()
    {
        var page = "THE HARBOURGATE EVENING POST\nSat, Jun 6, 2026\nNews  Business  Sport  Opinion\nBusiness > Banking\nSUBSCRIBER ONLY\n\n"
            + "Regulator fines Marlgate Mutual over loan sales\n\nWatchdog finds lender sold cover to 900 customers who could never claim\n\n"
            + "Tiernagh Nic Ghearailt\nBanking Correspondent\nSat Jun 6 2026 - 06:00\n\n"
            + "The regulator has fined Marlgate Mutual after finding that it sold payment protection to hundreds of customers who could never claim on it, according to a decision published on Friday.\n\n"
            + "The lender said it had repaid every customer with interest.\n\n"
            + "\u00A9 2026 The Harbourgate Evening Post DAC\n";

        var draft = NewsDocumentParser.Parse(page);

        Assert.Equal(["Tiernagh Nic Ghearailt"], draft.Byline);
    }

    [Theory]
    [InlineData("SUBSCRIBER ONLY")]
    [InlineData("Premium Exclusive")]
    public void APaywallLabelIsNoName(string line)
    {
        Assert.False(BylineParser.TryParseNameLine(line, out _));
    }
}

using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A social network's post copied with its counters, buttons and comments under it; every name is invented.</summary>
public sealed class SocialPostThreadTests
{
    private const string PostText = """
        Harbour Residents' Association
        March 3, 2025 ·

        Today the Harbour Residents' Association handed a petition with 1,800 signatures to the town council, asking it to keep the ferry running through the winter.

        Our chair, Wilhelmina Oduya-Strand, told the councillors that older residents on the island depend on the crossing for their hospital visits.

        The council will vote on the timetable at its meeting on March 20, and we will be there. Thank you to everyone who signed!

        """;

    [Fact]
    public void ThreeCommentsUnderTheirButtonsAreNoPartOfThePost()
    {
        var draft = NewsDocumentParser.Parse(PostText + """
            👍❤️ 214
            37 comments   12 shares
            Like   Comment   Share

            Most relevant

            Torvald Ampiah-Lund
            Signed it on Saturday, the winter crossing is all we have.
            Like · Reply · 2d

            Ingeborg Mensah-Vik
            Will the council publish the vote online?
            Like · Reply · 2d

            Harbour Residents' Association
            Ingeborg Mensah-Vik yes, the minutes are published a week later.
            Like · Reply · 1d
            """);

        Assert.Equal(3, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("Like", StringComparison.Ordinal) || paragraph.Contains("comments", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.People, p => p.Name is "Torvald Ampiah-Lund" or "Ingeborg Mensah-Vik");
        Assert.Contains(draft.People, p => p.Name == "Wilhelmina Oduya-Strand");
    }

    [Fact]
    public void TwoCommentsWithTheirButtonsAreAThreadToo()
    {
        var draft = NewsDocumentParser.Parse(PostText + """
            Torvald Ampiah-Lund
            Signed it on Saturday, the winter crossing is all we have.
            2d  Like  Reply

            Ingeborg Mensah-Vik
            Will the council publish the vote online?
            1d  Like  Reply  4
            """);

        Assert.Equal(3, draft.Body.Count);
        Assert.DoesNotContain(draft.People, p => p.Name is "Torvald Ampiah-Lund" or "Ingeborg Mensah-Vik");
    }

    [Theory]
    [InlineData("Like · Reply · 2d")]
    [InlineData("2d  Like  Reply  12")]
    [InlineData("Reply · Like (14)")]
    [InlineData("Like   Comment   Repost   Send")]
    public void AButtonRowIsAnActionLine(string line) => Assert.True(CommentThread.IsActionLine(line));

    [Theory]
    [InlineData("Like a river, the reply came slowly.")]
    [InlineData("Share")]
    [InlineData("Comment 12")]
    public void ASentenceOrAShareButtonAloneIsNot(string line) => Assert.False(CommentThread.IsActionLine(line));
}

using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A blog's thread signed "NAME said," over each comment; every name is invented.</summary>
public sealed class CommenterSignatureTests
{
    private static readonly string[] Post =
    [
        "When I left my job at forty, I called it retirement, and the word caused more trouble than the decision itself did.",
        "People heard that I had stopped working, when what I had stopped was working for money I did not need any more.",
        "So this year I changed the name of the blog, and the questions changed with it, which is what I had hoped for.",
    ];

    [Fact]
    public void CommentsSignedNameSaidEndTheArticle()
    {
        List<string> lines =
        [
            .. Post,
            "Halvard said,",
            "I have been reading for a year and I think the old name was fine, to be honest with you.",
            "fjordrunner said,",
            "The word matters less than what you do with the time, and you seem to be doing plenty with it.",
            "Ingeborg K said,",
            "Good post. I had the same trouble when I left teaching and everyone asked what I did all day.",
        ];

        Assert.Equal(Post.Length - 1, CommentThread.ArticleEnd(lines, 0, lines.Count - 1));
    }

    [Fact]
    public void QuotationsIntroducedBySaysStayInTheStory()
    {
        List<string> lines =
        [
            .. Post,
            "The letter from the tax office says:",
            "Income from savings is taxed whether or not the saver is retired, and the return must be filed by April.",
            "The reply from the pension fund says:",
            "Withdrawals before sixty are taxed at the full rate, with no allowance for the years already saved.",
            "And the bank's own leaflet says:",
            "Savers who retire early should keep a year of spending in cash, whatever the markets are doing.",
        ];

        Assert.Equal(lines.Count - 1, CommentThread.ArticleEnd(lines, 0, lines.Count - 1));
    }

    [Fact]
    public void CommentsSignedOverTheirDateOnTheNextLineEndTheArticle()
    {
        List<string> lines =
        [
            .. Post,
            "Orsolya Szentmarjay says:",
            "March 3, 2011 at 9:14 am",
            "I have been reading for a year and I think the old name was fine, to be honest with you.",
            "tidewaterknit says:",
            "March 3, 2011 at 11:02 am",
            "The word matters less than what you do with the time, and you seem to be doing plenty with it.",
            "Fennimore Quadeling says:",
            "March 4, 2011 at 7:45 pm",
            "Good post. I had the same trouble when I left teaching and everyone asked what I did all day.",
        ];

        Assert.Equal(Post.Length - 1, CommentThread.ArticleEnd(lines, 0, lines.Count - 1));
    }

    [Fact]
    public void ABlogsPostsEachSignedOverTheNextPostsDateStayTogether()
    {
        List<string> lines =
        [
            .. Post,
            "// posted by Orsolya @ 3/4/2011 10:15:32 AM |",
            "Thursday, March 3, 2011",
            "The allotment again",
            "The beans came up in a week this spring, which is the fastest I have seen them since we took the plot over.",
            "// posted by Orsolya @ 3/3/2011 04:57:20 PM |",
            "Wednesday, March 2, 2011",
            "A letter from the council",
            "The council wrote to every holder on the site to say that the water will be off for most of next month.",
            "// posted by Orsolya @ 3/2/2011 12:18:04 PM |",
            "Tuesday, March 1, 2011",
            "Seeds",
            "I ordered far too many seeds again this year, and most of them will end up in my neighbour's plot.",
        ];

        Assert.Equal(lines.Count - 1, CommentThread.ArticleEnd(lines, 0, lines.Count - 1));
    }
}

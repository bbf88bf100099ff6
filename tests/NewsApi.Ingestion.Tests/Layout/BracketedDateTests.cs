using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Dates in brackets after a quotation's speaker or a listed title; every name, firm and place is invented.</summary>
public sealed class BracketedDateTests
{
    private static readonly string[] Lead =
    [
        "The market for harbour cranes grew by a fifth last year, driven by ports that are rebuilding their quays for larger ships.",
        "Three makers now sell nine in ten of the cranes ordered, and each of them told investors that demand would hold up.",
        "Most of the new orders come from ports on the northern coast, where the quays are being lengthened this decade.",
    ];

    [Fact]
    public void QuotationsCitedWithTheirDateInBracketsAreNoCommentThread()
    {
        List<string> lines =
        [
            .. Lead,
            "Key quote",
            "“Orders for our largest cranes have never been stronger, and the pipeline for next year is already full.”",
            "Ada Quill, chief executive of Harbourline (during the firm’s third-quarter call on October 14, 2024)",
            "Harbourline’s lead rests on its electric hoists, which cut a port’s power bill by about a third over a crane’s life.",
            "Key quote",
            "“We expect the ports of the north to order more in the coming two years than in the last five together.”",
            "Tomas Verrel, head of sales at Quaymaster (speaking at the Lindhaven port fair on March 4, 2025)",
            "Quaymaster sells mostly to smaller ports, where its cheaper cranes are easier to fit onto old quays.",
            "Key quote",
            "“Our order book for hoists is the longest it has been in ten years, and we are hiring to keep up with it.”",
            "Mira Okonde, founder of Liftwell (in a letter to shareholders on February 6, 2025)",
            "Liftwell, the youngest of the three, builds only the hoists and buys its steel frames from a yard in Brennick.",
        ];

        Assert.Equal(lines.Count - 1, CommentThread.ArticleEnd(lines, 0, lines.Count - 1));
    }

    [Fact]
    public void StampsInTheOpenWithABracketedEditStillEndTheArticle()
    {
        List<string> lines =
        [
            .. Lead,
            "3 Comments",
            "Jo Brennan on October 15, 2024 (edited October 16, 2024)",
            "The electric hoists really do save money; our port switched two years ago and the bill fell as promised.",
            "Sam Loy on October 15, 2024 (edited October 17, 2024)",
            "Old quays are the real problem here, not the cranes. Half of them cannot take the weight of the new ones.",
            "Dee Marrow on October 16, 2024 (edited October 18, 2024)",
            "Quaymaster fitted two at our harbour last spring and both have worked without a single stoppage so far.",
        ];

        Assert.Equal(Lead.Length - 1, CommentThread.ArticleEnd(lines, 0, lines.Count - 1));
    }
}

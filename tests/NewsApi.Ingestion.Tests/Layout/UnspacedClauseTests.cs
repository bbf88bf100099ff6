using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A blog in Chinese or Thai may set its pauses with spaces and close no line with a stop: each of its lines is a clause, and
/// the article is the run of such clauses, not the menus around it. All text made up here.
/// </summary>
public sealed class UnspacedClauseTests
{
    private static readonly string[] Labels = ["首页", "部落格", "旅遊", "美食", "相簿", "留言"];

    // A travel post written a clause to a line, the pauses spaces, no "。" anywhere.
    private static readonly string[] Clauses =
    [
        "清晨的港口還籠罩在薄霧之中 渡輪靠岸時汽笛聲在山谷間迴盪",
        "碼頭邊的老攤販早已擺好熱騰騰的豆漿和飯糰 等待第一班旅客上岸",
        "沿著海岸步道慢慢走到燈塔 海風帶著淡淡的鹹味吹過臉頰",
        "燈塔旁的小咖啡館是當地人推薦的好去處 窗外就是一整片湛藍的海",
        "午後雲層漸漸散去 陽光灑在防波堤上讓整個港灣亮了起來",
        "傍晚搭上回程的渡輪 看著夕陽沉入海平面心裡滿是不捨",
        "下次一定要再來這個安靜的小港 多住幾天好好感受這裡的步調",
    ];

    private static List<string> Page(IEnumerable<string> article, IEnumerable<string> after) =>
    [
        .. Enumerable.Range(0, 40).Select(i => Labels[i % Labels.Length]),
        "海港小旅行 渡輪與燈塔的一日遊",
        .. article,
        .. after,
        .. Enumerable.Range(0, 20).Select(i => Labels[i % Labels.Length]),
    ];

    // The clauses stand under the 40 menu labels and the post's title.
    private const int FirstClause = 41;

    [Fact]
    public void ClausesSetOffBySpacesAreTheArticleRun()
    {
        var (first, last) = MainTextRegion.ArticleRun(Page(Clauses, []));

        Assert.Equal((FirstClause, FirstClause + Clauses.Length - 1), (first, last));
    }

    [Fact]
    public void ListedHeadlinesWithTheirStampsDoNotExtendTheRun()
    {
        // Other stories under the post, each headline ending in its source and time, as a portal lists them.
        string[] related =
        [
            "港口渡輪票價明年調漲 通勤族直呼吃不消 海港日報 3/9 18:01",
            "燈塔咖啡館週末限定甜點 排隊人潮不斷 生活新聞 3/9 15:47",
            "北岸新碼頭動工 預計兩年後完工啟用 地方快訊 3/8",
            "夏季限定夜間渡輪航班 開放線上訂位 旅遊頻道 3/7",
        ];

        var (first, last) = MainTextRegion.ArticleRun(Page(Clauses, related));

        Assert.Equal((FirstClause, FirstClause + Clauses.Length - 1), (first, last));
    }

    [Fact]
    public void HeadlinesWithCommasAndNoSpaceAreNoClauses()
    {
        string[] headlines = ["港務局、舊渡輪碼頭將封閉修繕並改用北岸臨時碼頭", "燈塔咖啡館、週末限定甜點引來大批排隊人潮"];

        Assert.All(headlines, line => Assert.False(UnspacedClauses.IsPausedClause(line)));
        Assert.True(UnspacedClauses.IsPausedClause(Clauses[0]));
    }
}

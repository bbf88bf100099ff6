namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A results table under a sentence that introduces it, after the story on a rendered page; every name is invented.</summary>
public sealed class TableUnderIntroductionTests
{
    private static readonly string Page = string.Join("\n", [
        .. Enumerable.Range(1, 20).Select(n => $"Section {n}"),
        "Jepchirchir breaks meeting record in Varnsund",
        "By Liisa Tammerk",
        "Published 4 June 2025",
        "Wanjiru Jepchirchir took two seconds off the meeting record in the women's 1500m at the Varnsund Games on Tuesday, pulling clear on the final bend to win in 3:56.12.",
        "The 24-year-old said she had come to the meeting to run fast, not to run tactically, and that the warm evening had helped her legs.",
        "Her training partner, who finished fourth, said the pace had been high from the gun and that nobody had wanted to lead.",
        "The men's 100m final went to Oluchi Nwankwo-Bello in 10.04 seconds into a slight headwind, while the local hope ran a personal best behind him.",
        "Meeting director Tarmo Kuuskmäe said ticket sales were the highest since the event moved to the new stadium in 2016.",
        "Leading results from the meeting, with MR marking a meeting record and NR a national record:",
        "Women's 1500m: 1 Wanjiru Jepchirchir (Kenya) 3:56.12 MR; 2 Almaz Gebreyes (Ethiopia) 3:58.40; 3 Zofia Brzezicka (Poland) 3:59.71 NR",
        "Women's javelin: 1 Kadri Õunmaa (Estonia) 64.88m; 2 Annika Roßwein (Germany) 64.12m; 3 Haruka Tsujikawa (Japan) 61.47m",
        "Men's 100m: 1 Oluchi Nwankwo-Bello (Nigeria) 10.04; 2 Marlon Prycebrook (Jamaica) 10.09; 3 Duarte Ferraz Leal (Portugal) 10.15",
        "Men's pole vault: 1 Sindre Aaslund (Norway) 5.82m; 2 Piotr Zawadka (Poland) 5.72m; 3 Jesús Carrascal (Spain) 5.62m",
        .. Enumerable.Range(1, 20).Select(n => $"Footer link {n}"),
    ]);

    [Fact]
    public void TheTableAndTheSentenceThatIntroducesItStayInTheBody()
    {
        var draft = NewsDocumentParser.Parse(Page);

        Assert.Contains(draft.Body, p => p.StartsWith("Leading results from the meeting", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.StartsWith("Men's pole vault:", StringComparison.Ordinal));
        Assert.Contains(draft.People, p => p.Name == "Marlon Prycebrook");
        Assert.DoesNotContain(draft.Body, p => p.StartsWith("Footer link", StringComparison.Ordinal));
    }
}

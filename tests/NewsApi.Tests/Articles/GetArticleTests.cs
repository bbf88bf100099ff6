using System.Net;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Articles;

public sealed class GetArticleTests
{
    private static ArticleDraft FullDraft() => Draft(
        "Envoy meets ministers in Valletta",
        new DateTimeOffset(2023, 6, 1, 14, 5, 0, TimeSpan.Zero),
        tags: ["diplomacy"],
        places: ["Valletta"],
        people: [
            Person("Ilse Marrow", "special envoy", "Office of Maritime Affairs", [PersonRole.Quoted, PersonRole.Mentioned]),
            Person("Jon Petrak", roles: [PersonRole.Byline]),
            Person("Rita Sol", roles: [PersonRole.Photographer]),
        ],
        organizations: [Organization("Office of Maritime Affairs", "ministry")],
        quotes: [new QuoteDraft("We will keep talking until the ports are open", "Ilse Marrow", false)],
        images: [new ImageDraft("The envoy arrives at the ministry", "Rita Sol")],
        related: ["Ports stay shut for a third week"],
        byline: ["Jon Petrak"],
        body: ["The envoy met ministers on Thursday.", "Talks went on late into the night.", "A new round is planned."]);

    [Fact]
    public async Task GetArticleBySlugReturnsTheWholeArticle()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var draft = FullDraft();
        var stored = await factory.StoreAsync(draft);

        var article = await (await client.GetAsync($"/api/articles/{stored.Slug}")).ReadJsonAsync();

        Assert.Equal(stored.ArticleId, article.Int("id"));
        Assert.Equal(stored.Slug, article.Str("slug"));
        Assert.Equal("Envoy meets ministers in Valletta", article.Str("headline"));
        Assert.Equal("2023-06-01T14:05:00Z", article.Str("publishedAt"));
        Assert.Equal(["The envoy met ministers on Thursday.", "Talks went on late into the night.", "A new round is planned."], article["body"].Strings());
        // The lead is body[0], given once: lists carry it as `lead` because they have no body.
        Assert.Null(article["lead"]);
        Assert.Equal(["Ports stay shut for a third week"], article["related"].Strings("headline"));
        Assert.Equal("The envoy arrives at the ministry", article["images"]![0]!.Str("caption"));
        Assert.Equal(["Jon Petrak"], article["byline"].Strings("name"));
        Assert.Equal(["jon-petrak"], article["byline"].Strings("slug"));
        Assert.Equal(draft.WordCount, article.Int("wordCount"));
        var provenance = article["provenance"];
        Assert.Equal(draft.ContentHash, provenance.Str("contentHash"));
        Assert.Equal(NewsDocumentParser.Version, provenance.Str("parserVersion"));
        Assert.Equal(draft.SourceName, provenance.Str("sourceDocumentName"));
        Assert.EndsWith("Z", provenance.Str("createdAt"), StringComparison.Ordinal);
        Assert.EndsWith("Z", provenance.Str("updatedAt"), StringComparison.Ordinal);
        Assert.All(new[] { "contentHash", "parserVersion", "sourceDocumentName", "createdAt", "updatedAt" }, field => Assert.Null(article[field]));

        var quote = article["quotes"]![0]!;
        Assert.Equal("We will keep talking until the ports are open", quote.Str("text"));
        Assert.False(quote["partial"]!.GetValue<bool>());
        Assert.Equal("Ilse Marrow", quote["speaker"]!.Str("name"));
        Assert.Equal("ilse-marrow", quote["speaker"]!.Str("slug"));

        var envoy = article["people"]!.AsArray().Single(p => p!.Str("name") == "Ilse Marrow")!;
        Assert.Equal("special envoy", envoy.Str("title"));
        Assert.Equal("office-of-maritime-affairs", envoy["affiliation"].Str("slug"));
        Assert.Equal("Office of Maritime Affairs", envoy["affiliation"].Str("name"));
        Assert.Contains("quoted", envoy["roles"].Strings());
        var photographer = article["people"]!.AsArray().Single(p => p!.Str("name") == "Rita Sol")!;
        Assert.Equal(["photographer"], photographer["roles"].Strings());
        Assert.Contains(article["contributors"]!.AsArray(), c => c!.Str("name") == "Rita Sol" && c.Str("role") == "photographer");

        Assert.Equal("ministry", article["organizations"]!.AsArray().Single()!.Str("kind"));
        var tags = article["tags"]!.AsArray();
        Assert.Contains(tags, t => t!.Str("slug") == "diplomacy" && t.Str("kind") == "topic");
        Assert.Contains(tags, t => t!.Str("slug") == "valletta" && t.Str("kind") == "place");
    }

    [Fact]
    public async Task GetArticleByIdReturnsTheSameArticleAsBySlug()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await factory.StoreAsync(Draft("Numbers and names"));

        var byId = await (await client.GetAsync($"/api/articles/{stored.ArticleId}")).ReadJsonAsync();
        var bySlug = await (await client.GetAsync($"/api/articles/{stored.Slug}")).ReadJsonAsync();

        Assert.Equal(bySlug.ToJsonString(), byId.ToJsonString());
    }

    [Fact]
    public async Task GetArticleWithoutDateWritesPublishedAtAsNull()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await factory.StoreAsync(Draft("Undated note", noDate: true));

        var article = await (await client.GetAsync($"/api/articles/{stored.Slug}")).ReadJsonAsync();

        Assert.True(article.AsObject().ContainsKey("publishedAt"));
        Assert.Null(article["publishedAt"]);
    }

    [Theory]
    [InlineData("no-such-article")]
    [InlineData("987654")]
    [InlineData("99999999999999")]
    public async Task GetUnknownArticleIsNotFoundProblem(string key)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync($"/api/articles/{key}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(key, problem.Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad_Slug")]
    [InlineData("UPPER")]
    [InlineData("semi;colon")]
    public async Task GetArticleWithMalformedSlugIsValidationProblem(string key)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync($"/api/articles/{Uri.EscapeDataString(key)}");

        await response.ReadValidationProblemAsync("idOrSlug");
    }

    [Fact]
    public async Task GetArticleWithTooLongSlugIsValidationProblem()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/articles/" + new string('a', 161));

        await response.ReadValidationProblemAsync("idOrSlug");
    }

    [Fact]
    public async Task UnknownRouteIsNotFoundProblem()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/nothing-here");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }
}

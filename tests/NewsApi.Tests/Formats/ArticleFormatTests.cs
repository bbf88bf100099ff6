using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Formats;

public sealed class ArticleFormatTests
{
    private static ArticleDraft FullDraft() => Draft(
        "Harbour pilots strike over night shifts in Corvenna",
        new DateTimeOffset(2023, 9, 4, 7, 15, 0, TimeSpan.Zero),
        tags: ["labour", "shipping"],
        people: [
            Person("Mara Oystrand", "union secretary", "Harbour Pilots Union", [PersonRole.Quoted, PersonRole.Mentioned]),
            Person("Tobin Kell", roles: [PersonRole.Byline]),
            Person("Ada Wrenfield", roles: [PersonRole.Photographer]),
        ],
        organizations: [Organization("Harbour Pilots Union", "union")],
        quotes: [new QuoteDraft("No pilot should work three nights in a row", "Mara Oystrand", false)],
        images: [new ImageDraft("Pilots gather at the harbour gate", "Ada Wrenfield")],
        byline: ["Tobin Kell"],
        body: ["Harbour pilots walked out at dawn.", "Ships queued outside the breakwater."]);

    private static async Task<(NewsApiFactory Factory, HttpClient Client, string Slug)> StoredArticleAsync()
    {
        var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await factory.StoreAsync(FullDraft());
        return (factory, client, stored.Slug);
    }

    private static Task<HttpResponseMessage> GetWithAcceptAsync(HttpClient client, string url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task JsonLdIsASchemaOrgNewsArticle()
    {
        var (factory, client, slug) = await StoredArticleAsync();
        using var _ = factory;

        var response = await GetWithAcceptAsync(client, $"/api/articles/{slug}", "application/ld+json");
        var article = await response.ReadJsonAsync();

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://schema.org", article.Str("@context"));
        Assert.Equal("NewsArticle", article.Str("@type"));
        Assert.Equal("Harbour pilots strike over night shifts in Corvenna", article.Str("headline"));
        Assert.Equal("2023-09-04T07:15:00Z", article.Str("datePublished"));
        Assert.EndsWith("Z", article.Str("dateModified"), StringComparison.Ordinal);
        Assert.EndsWith($"/api/articles/{slug}", article.Str("@id"), StringComparison.Ordinal);

        var author = Assert.Single(article["author"]!.AsArray())!;
        Assert.Equal("Person", author.Str("@type"));
        Assert.Equal("Tobin Kell", author.Str("name"));
        Assert.Equal(["labour", "shipping"], article["keywords"].Strings());

        var mentions = article["mentions"]!.AsArray().Select(m => (Type: m!.Str("@type"), Name: m.Str("name"))).ToList();
        Assert.Contains(("Person", "Mara Oystrand"), mentions);
        Assert.Contains(("Organization", "Harbour Pilots Union"), mentions);
        Assert.DoesNotContain(("Person", "Tobin Kell"), mentions);

        var image = Assert.Single(article["image"]!.AsArray())!;
        Assert.Equal("ImageObject", image.Str("@type"));
        Assert.Equal("Pilots gather at the harbour gate", image.Str("caption"));
        Assert.Equal("Ada Wrenfield", image.Str("creditText"));
        Assert.Equal("Harbour pilots walked out at dawn.\n\nShips queued outside the breakwater.", article.Str("articleBody"));
    }

    [Fact]
    public async Task NinjsValidatesAgainstTheOfficialSchema()
    {
        var (factory, client, slug) = await StoredArticleAsync();
        using var _ = factory;

        var response = await GetWithAcceptAsync(client, $"/api/articles/{slug}", "application/ninjs+json");
        var item = await response.ReadJsonAsync();

        Assert.Equal("application/ninjs+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("", NinjsSchema.Errors(item));
        Assert.EndsWith($"/api/articles/{slug}", item.Str("uri"), StringComparison.Ordinal);
        Assert.Equal("text", item.Str("type"));
        Assert.Equal("en", item.Str("language"));
        Assert.Equal("2023-09-04T07:15:00Z", item.Str("firstCreated"));
        Assert.EndsWith("Z", item.Str("versionCreated"), StringComparison.Ordinal);
        Assert.Equal("Harbour pilots strike over night shifts in Corvenna", item["headlines"]![0]!.Str("value"));
        Assert.StartsWith("Harbour pilots walked out at dawn.", item["bodies"]![0]!.Str("value"), StringComparison.Ordinal);
        Assert.Equal("Tobin Kell", item.Str("by"));
        Assert.Contains("Mara Oystrand", item["people"]!.AsArray().Select(p => p!.Str("name")));
        Assert.Equal("Harbour Pilots Union", Assert.Single(item["organisations"]!.AsArray())!.Str("name"));
        Assert.Equal(["labour", "shipping"], item["subjects"]!.AsArray().Select(s => s!.Str("name")).ToArray());
        var picture = Assert.Single(item["associations"]!.AsArray())!;
        Assert.Equal("picture", picture.Str("type"));
        Assert.Equal("Ada Wrenfield", picture.Str("by"));
        Assert.Equal("Pilots gather at the harbour gate", picture["descriptions"]![0]!.Str("value"));
    }

    [Fact]
    public void TheSchemaCheckRejectsAnInvalidNinjsItem()
    {
        // Guards the validator itself: a missing uri and an unknown type must be reported, or the test above proves nothing.
        var invalid = new JsonObject { ["type"] = "novel", ["headline"] = "not a ninjs property" };

        Assert.NotEqual("", NinjsSchema.Errors(invalid));
    }

    [Theory]
    [InlineData("jsonld", "application/ld+json")]
    [InlineData("ninjs", "application/ninjs+json")]
    [InlineData("json", "application/json")]
    public async Task FormatParameterChoosesTheRepresentationOverAccept(string format, string mediaType)
    {
        var (factory, client, slug) = await StoredArticleAsync();
        using var _ = factory;

        var response = await GetWithAcceptAsync(client, $"/api/articles/{slug}?format={format}", "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("*/*", "application/json")]
    [InlineData("application/ld+json;q=0.5, application/json", "application/json")]
    [InlineData("application/json;q=0.2, application/ninjs+json", "application/ninjs+json")]
    [InlineData("application/*, application/ld+json", "application/ld+json")]
    public async Task AcceptQualitiesPickTheRepresentation(string accept, string mediaType)
    {
        var (factory, client, slug) = await StoredArticleAsync();
        using var _ = factory;

        var response = await GetWithAcceptAsync(client, $"/api/articles/{slug}", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/csv")]
    [InlineData("application/json;q=0, application/ld+json;q=0, application/ninjs+json;q=0")]
    public async Task UnsupportedAcceptIsNotAcceptableWithTheSupportedTypes(string accept)
    {
        var (factory, client, slug) = await StoredArticleAsync();
        using var _ = factory;

        var problem = await (await GetWithAcceptAsync(client, $"/api/articles/{slug}", accept)).ReadProblemAsync(HttpStatusCode.NotAcceptable);

        Assert.Equal(["application/json", "application/ld+json", "application/ninjs+json"], problem["supportedTypes"].Strings());
    }

    [Fact]
    public async Task UnknownFormatParameterIsABadRequest()
    {
        var (factory, client, slug) = await StoredArticleAsync();
        using var _ = factory;

        await (await client.GetAsync($"/api/articles/{slug}?format=rss")).ReadValidationProblemAsync("format");
    }

    [Fact]
    public async Task EachRepresentationHasItsOwnETagAndVariesByAccept()
    {
        var (factory, client, slug) = await StoredArticleAsync();
        using var _ = factory;

        var json = await GetWithAcceptAsync(client, $"/api/articles/{slug}", "application/json");
        var jsonLd = await GetWithAcceptAsync(client, $"/api/articles/{slug}", "application/ld+json");
        var ninjs = await GetWithAcceptAsync(client, $"/api/articles/{slug}", "application/ninjs+json");
        var etags = new[] { json, jsonLd, ninjs }.Select(r => r.Headers.ETag?.Tag).ToList();

        Assert.All(etags, Assert.NotNull);
        Assert.Equal(3, etags.Distinct().Count());
        Assert.All(new[] { json, jsonLd, ninjs }, r => Assert.Contains("Accept", r.Headers.Vary));

        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{slug}");
        conditional.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
        conditional.Headers.IfNoneMatch.Add(jsonLd.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);

        var otherRepresentation = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{slug}");
        otherRepresentation.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ninjs+json"));
        otherRepresentation.Headers.IfNoneMatch.Add(jsonLd.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(otherRepresentation)).StatusCode);
    }
}

using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Articles.Writes.ArticleWrites;

namespace NewsApi.Tests.Articles.Writes;

public sealed class IngestArticleTests(WritesFactory factory) : IClassFixture<WritesFactory>
{
    private static string Document(string headline) =>
        $"{headline}\n\n5 February 2025\n\nVIENNA (Reuters) - Transport ministers from two countries agreed on Monday to build a new rail link, officials said.\n\n"
        + "The line is due to open in 2030 and will cut the journey between the capitals to two hours.\n";

    private static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    [Fact]
    public async Task IngestTwiceStoresOneArticle()
    {
        var client = await factory.CreateReadyClientAsync();
        var document = Document("Rail link agreed between capitals");

        using var first = await client.SendAsync(Write(HttpMethod.Post, "/api/articles/ingest?sourceName=rail-link.txt", Text(document)));
        var created = await first.ReadJsonAsync(HttpStatusCode.Created);
        using var second = await client.SendAsync(Write(HttpMethod.Post, "/api/articles/ingest", Text(document)));
        var again = await second.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal($"http://localhost/api/articles/{created.Str("slug")}", first.Headers.Location!.OriginalString);
        Assert.Equal("Rail link agreed between capitals", created.Str("headline"));
        Assert.Equal("rail-link.txt", created["provenance"].Str("sourceDocumentName"));
        Assert.Equal(created.Int("id"), again.Int("id"));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        var (_, etag) = await client.GetArticleAsync(created.Str("slug"));
        Assert.Equal(etag, first.Headers.ETag!.Tag);
        Assert.Equal(1, await factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().Articles.CountAsync(a => a.ContentHash == created["provenance"].Str("contentHash"))));
    }

    [Fact]
    public async Task TheSourceNameMayComeAsAHeader()
    {
        var client = await factory.CreateReadyClientAsync();
        using var request = Write(HttpMethod.Post, "/api/articles/ingest", Text(Document("Header named document story")));
        request.Headers.Add("X-Source-Name", "from-header.txt");

        using var response = await client.SendAsync(request);

        Assert.Equal("from-header.txt", (await response.ReadJsonAsync(HttpStatusCode.Created))["provenance"].Str("sourceDocumentName"));
    }

    [Fact]
    public async Task ADocumentWithoutAnArticleIsUnprocessable()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles/ingest", Text("Share\nTweet\nCookies\n")));

        await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task AnEmptyDocumentIsABadRequest()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles/ingest", Text("  \n ")));

        await response.ReadValidationProblemAsync("body");
    }

    [Theory]
    [InlineData("line%0Abreak.txt")]
    [InlineData("bad%01name.txt")]
    public async Task AMalformedSourceNameIsABadRequest(string sourceName)
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, $"/api/articles/ingest?sourceName={sourceName}", Text(Document("Badly named story"))));

        await response.ReadValidationProblemAsync("sourceName");
    }

    [Fact]
    public async Task ASourceNameOver260CharactersIsABadRequest()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, $"/api/articles/ingest?sourceName={new string('n', 261)}", Text(Document("Long named story"))));

        await response.ReadValidationProblemAsync("sourceName");
    }

    [Fact]
    public async Task ADocumentOverOneMegabyteIsTooLarge()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles/ingest", Text(Document("Big story") + new string('x', 1024 * 1024))));

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task IngestWithoutKeyIsUnauthorizedAndStoresNothing()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles/ingest", Text(Document("Keyless ingest story")), key: null));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(await factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().Articles.AnyAsync(a => a.Headline == "Keyless ingest story")));
    }

    [Fact]
    public async Task IngestWithAWrongKeyIsUnauthorized()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles/ingest", Text(Document("Wrong key ingest story")), key: TestApiKeys.Unknown));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task IngestAsJsonIsUnsupported()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles/ingest", Json("{\"text\": \"x\"}")));

        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}

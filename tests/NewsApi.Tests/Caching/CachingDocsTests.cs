using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Caching;

public sealed class CachingDocsTests
{
    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/{idOrSlug}")]
    [InlineData("/api/tags")]
    public async Task SwaggerDocumentsETagCacheControlAndNotModifiedOnReads(string path)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();
        var responses = document["paths"]![path]!["get"]!["responses"]!;

        Assert.NotNull(responses["304"]);
        Assert.NotNull(responses["200"]!["headers"]!["ETag"]);
        Assert.Contains("max-age", responses["200"]!["headers"]!["Cache-Control"]!.Str("description"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwaggerDocumentsTheCursorParameter()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();
        var parameters = document["paths"]!["/api/articles"]!["get"]!["parameters"]!.AsArray();

        var cursor = parameters.Single(p => p!.Str("name") == "cursor")!;
        Assert.Equal(512, cursor["schema"]!.Int("maxLength"));
        Assert.DoesNotContain(parameters, p => p!.Str("name") == "page" && p!["required"]?.GetValue<bool>() == true);
    }
}

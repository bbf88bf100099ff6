using System.Net;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Articles;

public sealed class PreviewArticleTests
{
    private static string SeedDocument() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_e86dd55c11529930.txt"));

    [Fact]
    public async Task PreviewParsesTheSeedDocument()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.PostAsync("/api/articles/preview", JsonAssertions.PlainText(SeedDocument()));
        var draft = await response.ReadJsonAsync();

        Assert.True(draft["headlineDerived"]!.GetValue<bool>());
        Assert.False(string.IsNullOrWhiteSpace(draft.Str("headline")));
        Assert.Equal("2021-01-16T00:44:00Z", draft.Str("publishedAt"));
        Assert.Equal(
            "Earlier this week, a senior Chinese military officer visited Damascus to discuss closer ties between Syria and China.",
            draft.Str("lead"));
        Assert.NotEmpty(draft["body"]!.AsArray());
        foreach (var field in new[] { "standfirst", "section", "source", "dateline", "byline", "contributors", "tags", "images", "related", "people", "organizations", "places", "quotes" })
        {
            Assert.True(draft.AsObject().ContainsKey(field), $"the preview lacks '{field}'");
        }
    }

    [Fact]
    public async Task PreviewStoresNothing()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        await (await client.PostAsync("/api/articles/preview", JsonAssertions.PlainText(SeedDocument()))).ReadJsonAsync();
        var list = await (await client.GetAsync("/api/articles")).ReadJsonAsync();

        Assert.Equal(0, list.Int("totalItems"));
    }

    [Fact]
    public async Task PreviewAcceptsPlainTextWithCharset()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        using var content = new StringContent("12 March 2022\n\nHeadline about the harbour\n\nThe harbour reopened on Monday after the storm.\n", System.Text.Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/api/articles/preview", content);

        Assert.Equal("utf-8", content.Headers.ContentType!.CharSet);
        var draft = await response.ReadJsonAsync();
        Assert.Contains("harbour reopened", draft.Str("lead"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Just one line without a date")]
    [InlineData("12 March 2022")]
    [InlineData("\u00a9 REUTERS / Somebody")]
    [InlineData("\u0000\u0001\u0002 binary \uFFFD noise")]
    [InlineData("\"\"\"\n\n\u201C\n(\n[\n")]
    public async Task PreviewOfOddDocumentsNeverFailsWithServerError(string document)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.PostAsync("/api/articles/preview", JsonAssertions.PlainText(document));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public async Task PreviewOfEmptyBodyIsValidationProblem(string body)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.PostAsync("/api/articles/preview", JsonAssertions.PlainText(body));

        await response.ReadValidationProblemAsync("body");
    }

    [Fact]
    public async Task PreviewAboveOneMegabyteIsPayloadTooLargeProblem()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var body = new string('a', 1024 * 1024 + 1);

        using var response = await client.PostAsync("/api/articles/preview", JsonAssertions.PlainText(body));

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PreviewAboveOneMegabyteWithoutContentLengthIsPayloadTooLargeProblem()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var bytes = new byte[1024 * 1024 + 10];
        Array.Fill(bytes, (byte)'a');
        using var content = new StreamContent(new UnseekableStream(new MemoryStream(bytes)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");

        using var response = await client.PostAsync("/api/articles/preview", content);

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/xml")]
    public async Task PreviewOfAnotherContentTypeIsUnsupportedMediaTypeProblem(string mediaType)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.PostAsync("/api/articles/preview", JsonAssertions.PlainText("{\"text\":\"hello\"}", mediaType));

        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    /// <summary>Hides the length so that the request goes out chunked, without Content-Length.</summary>
    private sealed class UnseekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}

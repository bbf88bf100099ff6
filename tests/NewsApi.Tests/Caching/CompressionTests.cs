using System.IO.Compression;
using System.Net;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Caching;

public sealed class CompressionTests
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task JsonIsCompressedOnRequestAndDecompressesToTheSameBody(string encoding)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        for (var i = 0; i < 5; i++)
        {
            await factory.StoreAsync(Draft($"Lock gates replaced on the northern canal, part {i}", tags: ["canals", "repairs"]));
        }
        var plain = await (await client.GetAsync("/api/articles")).Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(compressed.Length < plain.Length, $"{compressed.Length} compressed bytes vs {plain.Length} plain");
        Assert.Equal(plain, Decompress(compressed, encoding));
    }

    [Fact]
    public async Task ProblemsAreCompressedToo()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles?pageSize=0&page=0&from=2024-02-01&to=2024-01-01");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonAssertions.ProblemContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        var text = System.Text.Encoding.UTF8.GetString(Decompress(await response.Content.ReadAsByteArrayAsync(), "gzip"));
        Assert.Contains("\"pageSize\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAcceptEncodingTheBodyIsPlain()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/articles");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(0, (await response.ReadJsonAsync()).Int("totalItems"));
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.People.Writes;

/// <summary>
/// One empty app for a test class; each test writes rows with names of its own (<see cref="Unique"/>), so that tests sharing
/// the database never see each other's writes.
/// </summary>
public sealed class EntityWriteFixture : IAsyncLifetime
{
    public NewsApiFactory Factory { get; } = TestArticles.EmptyFactory();

    public Task InitializeAsync() => Factory.WaitUntilReadyAsync();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A client without a key; add one with <see cref="TestApiKeys.WithApiKey"/>.</summary>
    public HttpClient Anonymous() => Factory.CreateClient();

    public HttpClient Editor() => Factory.CreateClient().WithApiKey(TestApiKeys.Editor);

    public HttpClient Admin() => Factory.CreateClient().WithApiKey(TestApiKeys.Admin);

    /// <summary>A name no other test uses: <paramref name="stem"/> followed by a word of random letters.</summary>
    public static string Unique(string stem) =>
        stem + " " + new string([.. Enumerable.Range(0, 8).Select(i => (char)((i == 0 ? 'A' : 'a') + Random.Shared.Next(26)))]);
}

/// <summary>Requests of the write protocol: JSON bodies, merge patches and If-Match.</summary>
public static class WriteRequests
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(json) });

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, string json, string? ifMatch) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(json) }, ifMatch));

    public static Task<HttpResponseMessage> MergePatchAsync(this HttpClient client, string url, string json, string? ifMatch, string mediaType = "application/merge-patch+json") =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Patch, url) { Content = Json(json, mediaType) }, ifMatch));

    public static Task<HttpResponseMessage> DeleteAsync(this HttpClient client, string url, string? ifMatch) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Delete, url), ifMatch));

    /// <summary>GETs <paramref name="url"/> (200 expected) and returns its ETag and body.</summary>
    public static async Task<(string ETag, JsonNode Body)> GetWithETagAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.ReadJsonAsync();
        var etag = response.Headers.ETag ?? throw new Xunit.Sdk.XunitException($"GET {url} gave no ETag.");
        Assert.False(etag.IsWeak);
        return (etag.Tag, body);
    }

    /// <summary>POSTs a JSON body that must be created (201) and returns the new resource.</summary>
    public static async Task<JsonNode> CreateAsync(this HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        return await response.ReadJsonAsync(System.Net.HttpStatusCode.Created);
    }

    private static StringContent Json(string json, string mediaType = "application/json") =>
        new(json, Encoding.UTF8, new MediaTypeHeaderValue(mediaType));

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, string? ifMatch)
    {
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return request;
    }
}

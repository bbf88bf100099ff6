using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Articles.Writes;

/// <summary>One empty database per test class; every test makes its own articles under unique headlines.</summary>
public sealed class WritesFactory : NewsApiFactory
{
    public WritesFactory() => SeedingEnabled = false;
}

/// <summary>Request bodies and calls shared by the article write tests.</summary>
public static class ArticleWrites
{
    public const string MergePatchType = "application/merge-patch+json";

    /// <summary>A valid create body; <paramref name="change"/> edits it before it is sent.</summary>
    public static JsonObject NewArticle(string headline, Action<JsonObject>? change = null)
    {
        var body = new JsonObject
        {
            ["headline"] = headline,
            ["standfirst"] = "A standfirst that sums it up.",
            ["section"] = "World",
            ["body"] = new JsonArray($"{headline}: the first paragraph, which is the lead.", "A second paragraph with more detail."),
            ["publishedAt"] = "2025-02-03T10:00:00Z",
            ["source"] = "Agency",
            ["dateline"] = "VIENNA",
            ["tags"] = new JsonArray("rail-transport"),
            ["images"] = new JsonArray(new JsonObject { ["caption"] = "A train at the station", ["credit"] = "Staff photographer" }),
            ["related"] = new JsonArray("An older story on the same line"),
        };
        change?.Invoke(body);
        return body;
    }

    public static StringContent Json(JsonNode body, string mediaType = "application/json") =>
        new(body.ToJsonString(), Encoding.UTF8, mediaType);

    public static StringContent Json(string body, string mediaType = "application/json") =>
        new(body, Encoding.UTF8, mediaType);

    /// <summary>Creates an article as the editor and returns it with its ETag.</summary>
    public static async Task<(JsonNode Article, string ETag)> CreateAsync(this HttpClient client, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = Json(body) };
        request.Headers.Add("X-Api-Key", TestApiKeys.Editor);
        using var response = await client.SendAsync(request);
        var article = await response.ReadJsonAsync(HttpStatusCode.Created);
        return (article, response.Headers.ETag!.Tag);
    }

    public static async Task<(JsonNode Article, string ETag)> GetArticleAsync(this HttpClient client, string slug)
    {
        using var response = await client.GetAsync($"/api/articles/{slug}");
        var article = await response.ReadJsonAsync();
        return (article, response.Headers.ETag!.Tag);
    }

    /// <summary>A request with the key and If-Match (when given) set on the message, so that concurrent sends share no headers.</summary>
    public static HttpRequestMessage Write(HttpMethod method, string url, HttpContent? content = null, string? key = TestApiKeys.Editor, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }
        return request;
    }

    /// <summary>Two people and an organization stored through the upsert, so that an edit can refer to their slugs.</summary>
    public static async Task<(string Person, string OtherPerson, string Organization)> StorePeopleAsync(this NewsApiFactory factory, string unique)
    {
        var stored = await factory.StoreAsync(Draft(
            $"Background story {unique}",
            people: [Person($"Anna Kowal{unique}"), Person($"Piet Verhoe{unique}")],
            organizations: [Organization($"Board of Rail Works {unique}", "agency")]));
        var client = factory.CreateClient();
        var article = await (await client.GetAsync($"/api/articles/{stored.Slug}")).ReadJsonAsync();
        var people = article["people"]!.AsArray().Select(p => p!.Str("slug")).Order(StringComparer.Ordinal).ToList();
        return (people[0], people[1], article["organizations"]![0]!.Str("slug"));
    }
}

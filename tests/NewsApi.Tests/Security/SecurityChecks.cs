using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Infrastructure.Auth;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Security;

/// <summary>One write operation as the app's own OpenAPI document lists it.</summary>
public sealed record WriteOperation(string Method, string Path, string? ContentType, bool Secured)
{
    public const string MissingKey = "no-such-resource-4f2a";

    public string Name => $"{Method.ToUpperInvariant()} {Path}";

    /// <summary>The path with every parameter filled in: a slug that names nothing, so that a write the auth let through could not touch data.</summary>
    public string Url(string value = MissingKey) => Regex.Replace(Path, "\\{[^}]+\\}", value);

    /// <summary>A request with the smallest body of the documented type: auth must be decided before the body is read.</summary>
    public HttpRequestMessage Request(string? key = null, string value = MissingKey)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method.ToUpperInvariant()), Url(value));
        if (ContentType is not null)
        {
            var body = ContentType.Contains("json", StringComparison.Ordinal) ? "{}" : "x";
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(ContentType));
        }
        if (key is not null)
        {
            request.Headers.Add(ApiKeyOptions.HeaderName, key);
        }
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"any\""));
        return request;
    }
}

/// <summary>Helpers shared by the OWASP API Security Top 10 tests.</summary>
public static partial class SecurityChecks
{
    private static readonly string[] WriteMethods = ["post", "put", "patch", "delete"];

    /// <summary>Every POST, PUT, PATCH and DELETE in /swagger/v1/swagger.json, so that a new write is covered without editing a test.</summary>
    public static async Task<IReadOnlyList<WriteOperation>> WriteOperationsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/swagger/v1/swagger.json");
        var document = await response.ReadJsonAsync();
        var operations = new List<WriteOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (!WriteMethods.Contains(method))
                {
                    continue;
                }
                var contentType = operation!["requestBody"]?["content"]?.AsObject().Select(c => c.Key).FirstOrDefault();
                var secured = operation["security"] is JsonArray { Count: > 0 };
                operations.Add(new WriteOperation(method, path, contentType, secured));
            }
        }
        return operations;
    }

    /// <summary>"DELETE /api/tags/{idOrSlug}" for every endpoint whose [Authorize] names the admin policy, read from the app's routing.</summary>
    public static IReadOnlySet<string> AdminOnlyOperations(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ApiKeyPolicies.Admin))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{e.RoutePattern.RawText}"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Asserts that an error answer tells the client what went wrong and nothing about how the server is built: no stack
    /// frames, exception or framework type names, file paths, SQL or database names. <paramref name="echoed"/> is the
    /// client's own input, which a validation message may quote back; it is taken out before looking.
    /// </summary>
    public static async Task AssertNoInternalDetailAsync(HttpResponseMessage response, string what, string? echoed = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        foreach (var text in new[] { Decoded(body), headers })
        {
            var examined = string.IsNullOrEmpty(echoed) ? text : text.Replace(echoed, "<input>", StringComparison.Ordinal);
            Assert.False(examined.Contains("   at ", StringComparison.Ordinal), $"{what}: a stack frame in {text}");
            var leak = InternalDetail().Match(examined);
            Assert.False(leak.Success, $"{what}: '{leak.Value}' in {text}");
        }
        Assert.False(response.Headers.Contains("Server"), $"{what}: a Server header");
        Assert.False(response.Headers.Contains("X-Powered-By"), $"{what}: an X-Powered-By header");
    }

    /// <summary>An RFC 9457 problem with the status, no-store, nosniff and no internal detail.</summary>
    public static async Task AssertSafeProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string what, string? echoed = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal(JsonAssertions.ProblemContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{what}: Cache-Control is '{response.Headers.CacheControl}'");
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        await AssertNoInternalDetailAsync(response, what, echoed);
    }

    /// <summary>The keys and string values of a JSON body, unescaped, so that an escaped quote or \u0027 hides nothing; other bodies as they are.</summary>
    private static string Decoded(string body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return body;
        }
        var parts = new List<string>();
        Collect(root);
        return string.Join("\n", parts);

        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        parts.Add(key);
                        Collect(value);
                    }
                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Collect(item);
                    }
                    break;
                case JsonValue value:
                    parts.Add(value.ToString());
                    break;
            }
        }
    }

    [GeneratedRegex(
        @"\b(?:System|Microsoft|NewsApi)\.[A-Z]|\b[A-Z]\w*Exception\b|\.cs:line|\w\.cs\b|(?:^|[\s""'(])(?:/home/|/tmp/|/usr/|/app/|/work/|/root/)|[A-Za-z]:\\|\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+INTO\b|(?i:\bsqlite|\bnpgsql\b|\bpostgres|\bentityframework|\bDbUpdate|\bkestrel\b)")]
    private static partial Regex InternalDetail();
}

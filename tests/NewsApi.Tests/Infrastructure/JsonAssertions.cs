using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsApi.Tests.Infrastructure;

public static class JsonAssertions
{
    public const string ProblemContentType = "application/problem+json";

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("The body is JSON null.");
    }

    /// <summary>Asserts an RFC 9457 problem with the status and a traceId, and returns it.</summary>
    public static async Task<JsonNode> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.ReadJsonAsync(expected);
        Assert.Equal(ProblemContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(problem["traceId"]?.GetValue<string>()));
        Assert.DoesNotContain("   at ", problem.ToJsonString(), StringComparison.Ordinal);
        return problem;
    }

    /// <summary>Asserts a 400 validation problem whose errors name <paramref name="field"/>.</summary>
    public static async Task<JsonNode> ReadValidationProblemAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"No errors in {problem.ToJsonString()}");
        Assert.True(
            errors.Any(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal)),
            $"Expected an error for '{field}' in {errors.ToJsonString()}");
        return problem;
    }

    public static IReadOnlyList<string> Strings(this JsonNode? array, string? property = null) =>
        array!.AsArray().Select(item => (property is null ? item : item![property])!.GetValue<string>()).ToList();

    public static IReadOnlyList<string> Headlines(this JsonNode page) => page["items"].Strings("headline");

    public static int Int(this JsonNode? node, string property) => node![property]!.GetValue<int>();

    public static string Str(this JsonNode? node, string property) => node![property]!.GetValue<string>();

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    public static StringContent PlainText(string text, string mediaType = "text/plain") =>
        new(text, System.Text.Encoding.UTF8, new MediaTypeHeaderValue(mediaType));

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}

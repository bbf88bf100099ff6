using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Net.Http.Headers;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Fuzzing;

/// <summary>What came back for one request: the response, or the exception that stood for a dropped connection or a hang.</summary>
public sealed record FuzzExchange(
    int Status,
    string? MediaType,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    Exception? Failure,
    TimeSpan Elapsed)
{
    /// <summary>Refused by the HTTP server itself before the app saw the request, so the app's oracles do not apply.</summary>
    public bool ServerRejected { get; init; }

    public string Describe(int maxBodyBytes)
    {
        if (Failure is not null)
        {
            return $"no response: {Failure.GetType().Name}: {Failure.Message}";
        }
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"HTTP {Status} ({MediaType ?? "no content type"}), {Body.Length} bytes\n");
        foreach (var (name, value) in Headers)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {name}: {value}\n");
        }
        return text.Append("  ").Append(FuzzRequest.Preview(Body, maxBodyBytes)).ToString();
    }
}

/// <summary>
/// Sends generated requests byte for byte, resolving If-Match from a fresh GET when the request asks for the current ETag.
/// In memory it sets the raw path and query on the test server's HttpContext (no client would let them through unchanged);
/// over Kestrel it sends them with canonicalization off, so %2e, %2f and invalid UTF-8 reach the server as generated.
/// </summary>
public sealed class FuzzSession(HttpClient client, TestServer? server)
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    // The smallest body limit the API has (JSON, 256 KB): only a body over it may be cut off while it is being sent.
    private const int OversizedBody = 256 * 1024;

    public async Task<FuzzExchange> SendAsync(FuzzRequest request)
    {
        var headers = new List<KeyValuePair<string, string>>();
        switch (request.Caller)
        {
            case Caller.Editor:
                headers.Add(new("X-Api-Key", TestApiKeys.Editor));
                break;
            case Caller.Admin:
                headers.Add(new("X-Api-Key", TestApiKeys.Admin));
                break;
            case Caller.UnknownKey:
                headers.Add(new("X-Api-Key", TestApiKeys.Unknown));
                break;
        }
        if (await IfMatchAsync(request) is { } ifMatch)
        {
            headers.Add(new("If-Match", ifMatch));
        }
        headers.AddRange(request.Headers);
        return await SendRawAsync(request.Method, request.Path, request.Query, headers, request.ContentType, request.Body);
    }

    private async Task<FuzzExchange> SendRawAsync(
        string method, string path, string query, IReadOnlyList<KeyValuePair<string, string>> headers, string? contentType, byte[]? body)
    {
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(HangLimit);
        try
        {
            return server is null
                ? await OverSocketsAsync(method, path, query, headers, contentType, body, clock, timeout.Token)
                : await InMemoryAsync(server, method, path, query, headers, contentType, body, clock, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or InvalidOperationException)
        {
            return new FuzzExchange(0, null, new Dictionary<string, string>(), [], e, clock.Elapsed);
        }
    }

    private static async Task<FuzzExchange> InMemoryAsync(
        TestServer server, string method, string path, string query, IReadOnlyList<KeyValuePair<string, string>> headers,
        string? contentType, byte[]? body, Stopwatch clock, CancellationToken ct)
    {
        if (path.Contains("%00", StringComparison.Ordinal))
        {
            // Kestrel answers a NUL in the path with its own 400 before the app runs; the test server cannot carry one at all.
            return new FuzzExchange(400, null, new Dictionary<string, string>(), [], null, clock.Elapsed) { ServerRejected = true };
        }
        var context = await server.SendAsync(context =>
        {
            var request = context.Request;
            request.Method = method;
            request.Scheme = "http";
            request.Host = new HostString("localhost");
            // As Kestrel does: percent-decoded, except %2F and sequences that are not UTF-8, which stay encoded.
            request.Path = PathString.FromUriComponent(path);
            request.QueryString = query.Length == 0 ? QueryString.Empty : new QueryString("?" + query);
            foreach (var (name, value) in headers)
            {
                request.Headers.Append(name, value);
            }
            if (body is not null)
            {
                request.Body = new MemoryStream(body);
                request.ContentLength = body.Length;
                if (contentType is not null)
                {
                    request.ContentType = contentType;
                }
            }
        }, ct);
        using var buffer = new MemoryStream();
        await context.Response.Body.CopyToAsync(buffer, ct);
        var responseHeaders = context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var mediaType = MediaTypeHeaderValue.TryParse(context.Response.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        return new FuzzExchange(context.Response.StatusCode, mediaType, responseHeaders, buffer.ToArray(), null, clock.Elapsed);
    }

    private async Task<FuzzExchange> OverSocketsAsync(
        string method, string path, string query, IReadOnlyList<KeyValuePair<string, string>> headers,
        string? contentType, byte[]? body, Stopwatch clock, CancellationToken ct)
    {
        var pathAndQuery = query.Length == 0 ? path : path + "?" + query;
        var uri = new Uri(client.BaseAddress + pathAndQuery.TrimStart('/'), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var message = new HttpRequestMessage(new HttpMethod(method), uri);
        foreach (var (name, value) in headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        if (body is not null)
        {
            message.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, ct);
        }
        catch (HttpRequestException e) when (body is { Length: > OversizedBody } && e.InnerException is IOException)
        {
            // The API answers an oversized body's 413 at once and closes ("Connection: close") instead of reading it all;
            // a client still uploading then sees its send fail before it reads that answer. Refused, not dropped.
            return new FuzzExchange(413, null, new Dictionary<string, string>(), [], null, clock.Elapsed) { ServerRejected = true };
        }
        using var _ = response;
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        var responseHeaders = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var status = (int)response.StatusCode;
        return new FuzzExchange(status, response.Content.Headers.ContentType?.MediaType, responseHeaders, bytes, null, clock.Elapsed)
        {
            // Kestrel's own refusals (a NUL in the path, a request line or headers over its limits) come before the app, bodiless.
            ServerRejected = status is 400 or 413 or 414 or 431 && bytes.Length == 0 && response.Content.Headers.ContentType is null,
        };
    }

    private async Task<string?> IfMatchAsync(FuzzRequest request)
    {
        switch (request.IfMatch)
        {
            case IfMatchMode.None:
                return null;
            case IfMatchMode.Any:
                return "*";
            case IfMatchMode.Stale:
                return "\"c3RhbGUtZXRhZy1mcm9tLWxhc3Qtd2Vlaw\"";
            case IfMatchMode.Garbage:
                return "W/\"weak\", garbage, \"";
        }
        // Current: read the resource at the same path, as a client about to edit it would.
        var current = await SendRawAsync("GET", request.Path, "", [], null, null);
        return current.Headers.TryGetValue("ETag", out var etag) ? etag : "\"no-etag-for-this-path\"";
    }
}

/// <summary>The request and response a failed oracle saw, in the message CsCheck prints beside the seed that replays it.</summary>
public sealed class FuzzFailureException(FuzzRequest request, FuzzExchange exchange, IReadOnlyList<string> violations, IReadOnlyList<string> serverErrors)
    : Exception(
        "Oracle violated: " + string.Join("; ", violations) + "\nRequest:\n" + request.Describe(400) + "\nResponse:\n" + exchange.Describe(600)
            + (serverErrors.Count == 0 ? "" : "\nLogged by the app:\n" + string.Join("\n", serverErrors)),
        exchange.Failure)
{
    public IReadOnlyList<string> Violations { get; } = violations;
}

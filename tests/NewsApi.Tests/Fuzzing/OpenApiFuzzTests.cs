using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsApi.Tests.Fuzzing;

/// <summary>
/// Requests generated from the app's own OpenAPI document, sent to every operation: 2xx, 304 or a 4xx problem every time,
/// 401/403 for writes without the right key, and stored state that changes only through writes the API accepted.
/// NEWSAPI_FUZZ_REQUESTS sets the total (default 2,000; scripts/fuzz-api.sh runs more), NEWSAPI_FUZZ_SEED (or CsCheck_Seed)
/// replays the seed a failure printed, NEWSAPI_FUZZ_REPORT names a file to append the figures to, and NEWSAPI_FUZZ_KESTREL=1
/// sends them over real sockets to Kestrel instead of the in-memory test server.
/// </summary>
public sealed class OpenApiFuzzTests(ITestOutputHelper output)
{
    private const int DefaultRequests = 2_000;

    // Reads and refused writes get the larger share: they reach every operation without the state drifting away from the seeds.
    private const double ReadOnlyShare = 0.6;

    [Fact]
    public async Task ReadsAndRefusedWritesAnswerWellAndChangeNothingStored()
    {
        var requests = (int)Math.Round(TotalRequests() * ReadOnlyShare);
        await FuzzAsync(allowWrites: false, requests, "Reads and refused writes");
    }

    [Fact]
    public async Task WritesChangeStoredStateOnlyWhenAccepted()
    {
        var requests = TotalRequests() - (int)Math.Round(TotalRequests() * ReadOnlyShare);
        await FuzzAsync(allowWrites: true, requests, "Writes with keys");
    }

    private async Task FuzzAsync(bool allowWrites, int requests, string title)
    {
        using var baseFactory = new NewsApiFactory();
        var serverErrors = new ServerErrorLog();
        using var factory = baseFactory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(serverErrors)));
        var overKestrel = Environment.GetEnvironmentVariable("NEWSAPI_FUZZ_KESTREL") == "1";
        using var client = overKestrel ? KestrelClient(factory) : factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await baseFactory.WaitUntilReadyAsync(client);

        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();
        var operations = OpenApiOperations.Parse(document.AsObject());
        Assert.Contains(operations.All, o => o.Secured);
        Assert.Contains(operations.All, o => !o.IsWrite);
        var generator = new RequestGenerator(operations, await FuzzVocabulary.LoadAsync(factory.Services));
        var session = new FuzzSession(client, overKestrel ? null : factory.Server);
        var statistics = new FuzzStatistics();
        var survey = Environment.GetEnvironmentVariable("NEWSAPI_FUZZ_SURVEY") == "1";
        var surveyed = new SortedDictionary<string, string>(StringComparer.Ordinal);

        var initial = await StoredState.CaptureAsync(factory.Services);
        var known = initial;
        var fingerprint = await StoredState.FingerprintAsync(factory.Services);
        var clock = Stopwatch.StartNew();
        serverErrors.Drain();
        await generator.Requests(allowWrites).SampleAsync(
            async request =>
            {
                var exchange = await session.SendAsync(request);
                statistics.Record(request, exchange);
                var violations = ResponseOracle.Check(request, exchange).ToList();
                var accepted = !request.MustNotWrite && exchange.Status is >= 200 and < 300;
                if (request.Method != "GET" && allowWrites)
                {
                    // Every request that might write is followed by a full capture: unchanged unless the API accepted it.
                    var after = await StoredState.CaptureAsync(factory.Services);
                    if (!accepted && !after.SameAs(known))
                    {
                        violations.Add($"stored state changed though no write was accepted: {after.DifferencesFrom(known)}");
                    }
                    known = after;
                }
                else if (request.Method != "GET")
                {
                    // Nothing here may write, so row counts and the change feed must stand still; the full capture at the end checks every byte.
                    var now = await StoredState.FingerprintAsync(factory.Services);
                    if (now != fingerprint)
                    {
                        violations.Add($"stored state changed though no write was accepted: {fingerprint} -> {now}");
                        fingerprint = now;
                    }
                }
                if (violations.Count > 0)
                {
                    var failure = new FuzzFailureException(request, exchange, violations, serverErrors.Drain());
                    if (!survey)
                    {
                        throw failure;
                    }
                    // Survey mode lists one example of each kind of violation instead of stopping at the first.
                    foreach (var violation in violations)
                    {
                        surveyed.TryAdd(Kind(violation), failure.Message);
                    }
                }
                serverErrors.Drain();
            },
            seed: Environment.GetEnvironmentVariable("NEWSAPI_FUZZ_SEED") is { Length: > 0 } seed ? seed : null,
            iter: requests,
            threads: 1,
            print: request => request.Describe(400));
        var elapsed = clock.Elapsed;

        var final = await StoredState.CaptureAsync(factory.Services);
        var summary = statistics.Summary($"{title}: {requests} requests{(overKestrel ? " over Kestrel" : "")}")
            + string.Create(CultureInfo.InvariantCulture, $"\n{elapsed.TotalSeconds:F0} s in all, oracles and state captures included. Stored state before: {initial}; after: {final}.\n");
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("NEWSAPI_FUZZ_REPORT") is { Length: > 0 } report)
        {
            await File.AppendAllTextAsync(report, summary + "\n");
        }

        Assert.True(surveyed.Count == 0, $"{surveyed.Count} kinds of violation:\n\n" + string.Join("\n\n", surveyed.Select(v => $"== {v.Key}\n{v.Value}")));
        Assert.Equal(requests, statistics.Requests);
        if (requests >= operations.All.Count * 10)
        {
            Assert.Empty(operations.All.Select(o => o.OperationId).Except(statistics.Operations));
        }
        if (!allowWrites)
        {
            Assert.True(final.SameAs(initial), $"Stored state changed during reads and refused writes: {final.DifferencesFrom(initial)}");
            Assert.Equal(0, statistics.AcceptedWrites);
        }
    }

    /// <summary>Starts the app on Kestrel at a free loopback port and returns a plain socket client for it.</summary>
    private static HttpClient KestrelClient(WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            // Header values with non-ASCII characters go out as raw UTF-8 bytes instead of being refused by the client.
            RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8,
        }) { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/") };
    }

    // Numbers vary within one kind of violation (statuses, sizes); the words name it.
    private static string Kind(string violation) => new(violation.Where(c => !char.IsDigit(c)).Take(80).ToArray());

    private static int TotalRequests() =>
        int.TryParse(Environment.GetEnvironmentVariable("NEWSAPI_FUZZ_REQUESTS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultRequests;
}

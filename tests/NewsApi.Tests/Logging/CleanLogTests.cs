using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using NewsApi.Tests.Infrastructure;
using NewsApi.Tests.People.Writes;

namespace NewsApi.Tests.Logging;

/// <summary>
/// A start and a round of ordinary requests, as the README's examples make them, log nothing at Warning or above: a warning
/// in the log should mean something is wrong, so the expected ones (503 while seeding, body limits, EF query shapes) are gone.
/// </summary>
public sealed class CleanLogTests
{
    private sealed record Entry(string Category, LogLevel Level, EventId Event, string Message);

    private sealed class RecordingProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Recorder(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception)));
        }
    }

    [Fact]
    public async Task StartupSeedingAndOrdinaryRequestsLogNoWarningOrError()
    {
        var recorder = new RecordingProvider();
        using var factory = new NewsApiFactory();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(recorder)));
        var client = app.CreateClient();

        // Probed the way an orchestrator does while the app seeds: each early answer is a 503.
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync("/health/ready")).StatusCode;
            Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
            await Task.Delay(20);
        }
        while (status != HttpStatusCode.OK);

        foreach (var path in new[] { "/api/articles", "/api/articles/1", "/api/articles?q=%22military%20cooperation%22&facets=tags,people,years", "/api/people?q=kashin",
                     "/api/people/vasily-kashin/quotes", "/api/quotes", "/api/search?q=kash", "/feeds/articles.atom", "/feeds/tags/syria.atom", "/api/articles/1/related", "/api/changes" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
        var editor = app.CreateClient().WithApiKey(TestApiKeys.Editor);
        (await editor.PostJsonAsync("/api/tags", """{"name":"Harbour works"}""")).EnsureSuccessStatusCode();
        (await editor.PostJsonAsync("/api/articles", """{"headline":"Ministers agree on a rail link","body":["Transport ministers agreed on Monday."],"tags":["harbour-works"]}""")).EnsureSuccessStatusCode();
        var (etag, _) = await editor.GetWithETagAsync("/api/articles/ministers-agree-on-a-rail-link");
        (await editor.MergePatchAsync("/api/articles/ministers-agree-on-a-rail-link", """{"section":"Europe"}""", etag)).EnsureSuccessStatusCode();
        (await editor.PostAsync("/api/articles/ingest?sourceName=note.txt", JsonAssertions.PlainText(
            "Harbour cranes stand idle\n\nOSLO, March 3 (Reuters) - Cranes at the harbour stood idle on Tuesday as dock workers stopped work over pay."))).EnsureSuccessStatusCode();

        var noisy = recorder.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Level} {e.Category}[{e.Event.Id}]: {e.Message}").ToList();
        Assert.True(noisy.Count == 0, string.Join(Environment.NewLine, noisy));
        Assert.Contains(recorder.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith("Seeding finished", StringComparison.Ordinal));
    }
}

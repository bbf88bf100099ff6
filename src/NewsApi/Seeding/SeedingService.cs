using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using NewsApi.Ingest;

namespace NewsApi.Seeding;

public sealed record SeedingSummary(int Read, int Created, int Updated, int Unchanged, int Failed, TimeSpan Elapsed);

/// <summary>Loads the seed documents through the parser and the one upsert path, then flips readiness.</summary>
internal sealed class SeedingService(
    ISeedDocumentSource source,
    BatchIngestPipeline pipeline,
    ReadinessState readiness,
    SeedingLock seedingLock,
    IOptions<SeedingOptions> options,
    ILogger<SeedingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The migrator took the lock; other instances wait until this one has seeded.
        try
        {
            await SeedUnderLockAsync(stoppingToken);
        }
        finally
        {
            await seedingLock.ReleaseAsync();
        }
    }

    private async Task SeedUnderLockAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Seeding is disabled");
            readiness.MarkSeedingCompleted();
            return;
        }

        // Let the host finish starting; seeding runs behind the readiness check.
        await Task.Yield();
        var summary = await SeedAsync(stoppingToken);
        logger.LogInformation(
            "Seeding finished: {Read} read, {Created} created, {Updated} updated, {Unchanged} unchanged, {Failed} failed in {ElapsedMs} ms",
            summary.Read, summary.Created, summary.Updated, summary.Unchanged, summary.Failed, (long)summary.Elapsed.TotalMilliseconds);
        readiness.MarkSeedingCompleted(summary);
    }

    /// <summary>
    /// Through the batch pipeline, as the batch ingest endpoint: documents parsed ahead on the thread pool, stored in batches
    /// of whatever was parsed while the previous batch was written, in their order.
    /// </summary>
    private async Task<SeedingSummary> SeedAsync(CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        int read = 0, created = 0, updated = 0, unchanged = 0, failed = 0;
        await foreach (var document in pipeline.RunAsync(DocumentsAsync(ct), ct))
        {
            read++;
            switch (document.Result?.Outcome)
            {
                case UpsertOutcome.Created: created++; break;
                case UpsertOutcome.Updated: updated++; break;
                case UpsertOutcome.Unchanged: unchanged++; break;
                default:
                    failed++;
                    // 500s were logged with their exception where they happened.
                    if (document.Problem is { Status: < StatusCodes.Status500InternalServerError } problem)
                    {
                        logger.LogWarning("Skipped seed document {DocumentName}: {Reason}", document.SourceName, problem.Detail);
                    }
                    break;
            }
        }
        return new SeedingSummary(read, created, updated, unchanged, failed, stopwatch.Elapsed);
    }

    private async IAsyncEnumerable<IncomingDocument> DocumentsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var index = 0;
        await foreach (var document in source.ReadAsync(ct))
        {
            yield return new IncomingDocument(index++, document.Name, document.Document);
        }
    }
}

using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using NewsApi.Ingest;
using NewsApi.Ingestion;

namespace NewsApi.Seeding;

public sealed record SeedingSummary(int Read, int Created, int Updated, int Unchanged, int Failed, TimeSpan Elapsed);

/// <summary>Loads the seed documents through the parser and the one upsert path, then flips readiness.</summary>
internal sealed class SeedingService(
    ISeedDocumentSource source,
    IServiceScopeFactory scopes,
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

    // Documents parsed ahead of the one writer: enough to keep the other cores busy, few enough to bound the memory held.
    private static readonly int ParseAhead = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>
    /// Parsing is CPU work independent per document while storing is one writer at a time, so documents are parsed ahead on
    /// the thread pool and stored in their order as each parse completes: the store no longer waits for the parser.
    /// </summary>
    private async Task<SeedingSummary> SeedAsync(CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        int read = 0, created = 0, updated = 0, unchanged = 0, failed = 0;
        var parsed = Channel.CreateBounded<Task<ArticleDraft?>>(new BoundedChannelOptions(ParseAhead) { SingleReader = true, SingleWriter = true });
        var reader = Task.Run(() => ParseAheadAsync(parsed.Writer, ct), ct);
        await foreach (var parsing in parsed.Reader.ReadAllAsync(ct))
        {
            read++;
            var draft = await parsing;
            var outcome = draft is null ? null : await StoreAsync(draft, ct);
            switch (outcome)
            {
                case UpsertOutcome.Created: created++; break;
                case UpsertOutcome.Updated: updated++; break;
                case UpsertOutcome.Unchanged: unchanged++; break;
                default: failed++; break;
            }
        }
        await reader;
        return new SeedingSummary(read, created, updated, unchanged, failed, stopwatch.Elapsed);
    }

    private async Task ParseAheadAsync(ChannelWriter<Task<ArticleDraft?>> parsed, CancellationToken ct)
    {
        try
        {
            await foreach (var document in source.ReadAsync(ct))
            {
                await parsed.WriteAsync(Task.Run(() => Parse(document), ct), ct);
            }
            parsed.Complete();
        }
        catch (Exception exception)
        {
            // Ends the store loop with the same exception, as when reading and storing were one loop.
            parsed.Complete(exception);
            throw;
        }
    }

    /// <summary>Null when the document was skipped; one bad document never stops the others.</summary>
    private ArticleDraft? Parse(SeedDocument document)
    {
        ArticleDraft draft;
        try
        {
            draft = document.Document.Parse(document.Name);
        }
        catch (Exception exception) when (exception is EmptyDocumentException or NoArticleException)
        {
            logger.LogWarning("Skipped seed document {DocumentName}: {Reason}", document.Name, exception.Message);
            return null;
        }
#pragma warning disable CA1031 // a parser bug on one document must not keep the others out
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Skipped seed document {DocumentName}: the parser failed", document.Name);
            return null;
        }

        var problem = ArticleUpsertService.FindUnusableReason(draft);
        if (problem is not null)
        {
            logger.LogWarning("Skipped seed document {DocumentName}: {Reason}", document.Name, problem);
            return null;
        }
        return draft;
    }

    /// <summary>Null when the document could not be stored; one bad document never stops the others.</summary>
    private async Task<UpsertOutcome?> StoreAsync(ArticleDraft draft, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var upsert = scope.ServiceProvider.GetRequiredService<ArticleUpsertService>();
            var result = await upsert.UpsertAsync(draft, ct);
            logger.LogDebug("Seed document {DocumentName}: {Outcome} article {ArticleSlug}", draft.SourceName, result.Outcome, result.Slug);
            return result.Outcome;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Skipped seed document {DocumentName}: it could not be stored", draft.SourceName);
            return null;
        }
    }
}

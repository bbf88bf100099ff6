using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NewsApi.Ingestion;

namespace NewsApi.Ingest;

/// <summary>One document of a batch: its position, source name and text, or why it was refused before parsing (a malformed line).</summary>
public sealed record IncomingDocument(int Index, string? SourceName, RawDocument? Document, IngestProblem? Refused = null);

/// <summary>Why a document was not stored, with the status a single ingest would have answered.</summary>
public sealed record IngestProblem(int Status, string Title, string Detail);

/// <summary>What became of one document: the upsert's result, or the problem.</summary>
public sealed record IngestedDocument(int Index, string? SourceName, UpsertResult? Result, IngestProblem? Problem)
{
    /// <summary>The status a single ingest of this document answers: 201 created, 200 updated or unchanged, else the problem's.</summary>
    public int Status => Result is null ? Problem!.Status : Result.Outcome == UpsertOutcome.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
}

/// <summary>
/// Many documents into the database at the rate the one writer allows: documents are parsed on the thread pool, several
/// ahead of the writer (parsing is CPU work independent per document), and stored in batches through
/// <see cref="ArticleUpsertService.UpsertBatchAsync"/>, each batch whatever has been parsed while the previous one was written.
/// Results come back in the documents' order, a batch at a time, so a caller can report progress. Seeding and the batch
/// ingest endpoint both run through here; a document's answer is the one single ingest would give.
/// </summary>
public sealed class BatchIngestPipeline(IServiceScopeFactory scopes, ILogger<BatchIngestPipeline> logger)
{
    /// <summary>Most documents written in one transaction: large enough that a commit and the per-batch lookups are cheap per document, small enough to hold little memory.</summary>
    public const int MaxBatchSize = 256;

    // Documents parsed ahead of the writer: room for the next whole batch while one is written.
    private const int ParseAhead = MaxBatchSize * 2;

    public async IAsyncEnumerable<IngestedDocument> RunAsync(IAsyncEnumerable<IncomingDocument> documents, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var parsed = Channel.CreateBounded<Task<ParsedDocument>>(new BoundedChannelOptions(ParseAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ParseAheadAsync(documents, parsed.Writer, stop.Token), CancellationToken.None);
        try
        {
            var batch = new List<ParsedDocument>(MaxBatchSize);
            while (await parsed.Reader.WaitToReadAsync(ct))
            {
                // The next document, waiting for its parse, then every one after it whose parse is already done.
                batch.Clear();
                while (batch.Count < MaxBatchSize && parsed.Reader.TryPeek(out var next) && (batch.Count == 0 || next.IsCompleted))
                {
                    parsed.Reader.TryRead(out _);
                    batch.Add(await next);
                }
                foreach (var result in await StoreAsync(batch, ct))
                {
                    yield return result;
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
                // Stopped because the consumer stopped.
            }
        }
    }

    private async Task ParseAheadAsync(IAsyncEnumerable<IncomingDocument> documents, ChannelWriter<Task<ParsedDocument>> parsed, CancellationToken ct)
    {
        try
        {
            await foreach (var document in documents.WithCancellation(ct))
            {
                await parsed.WriteAsync(document.Document is null ? Task.FromResult(new ParsedDocument(document, null, document.Refused)) : Task.Run(() => Parse(document), ct), ct);
            }
            parsed.Complete();
        }
        catch (Exception exception)
        {
            // Ends the store loop with the same exception.
            parsed.Complete(exception);
            throw;
        }
    }

    /// <summary>The draft, or the problem single ingest would answer for this document.</summary>
    private ParsedDocument Parse(IncomingDocument document)
    {
        ArticleDraft draft;
        try
        {
            draft = document.Document!.Parse(document.SourceName);
        }
        catch (EmptyDocumentException)
        {
            return new ParsedDocument(document, null, new IngestProblem(StatusCodes.Status400BadRequest, "The document is empty.", "The document is empty or holds only whitespace."));
        }
        catch (NoArticleException noArticle)
        {
            return new ParsedDocument(document, null, new IngestProblem(StatusCodes.Status422UnprocessableEntity, "The page holds no article.",
                $"{noArticle.Message} Send the article page itself, with its text in the markup rather than filled in by scripts."));
        }
#pragma warning disable CA1031 // a parser bug on one document must not keep the others out
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "The parser failed on document {SourceDocumentName}", document.SourceName);
            return new ParsedDocument(document, null, new IngestProblem(StatusCodes.Status500InternalServerError, "The parser failed.", "The parser failed on this document; the error is in the server's log."));
        }
        if (ArticleUpsertService.FindUnusableReason(draft) is { } reason)
        {
            return new ParsedDocument(document, null, new IngestProblem(StatusCodes.Status422UnprocessableEntity, "The document holds no article.", $"Nothing was stored: {reason}."));
        }
        return new ParsedDocument(document, draft, null);
    }

    private async Task<List<IngestedDocument>> StoreAsync(List<ParsedDocument> batch, CancellationToken ct)
    {
        var drafts = batch.Where(p => p.Draft is not null).Select(p => p.Draft!).ToList();
        IReadOnlyList<UpsertResult?> stored = [];
        if (drafts.Count > 0)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                stored = await scope.ServiceProvider.GetRequiredService<ArticleUpsertService>().UpsertBatchAsync(drafts, ct);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "A batch of {DocumentCount} documents could not be stored", drafts.Count);
                stored = [.. drafts.Select(_ => (UpsertResult?)null)];
            }
        }

        var results = new List<IngestedDocument>(batch.Count);
        var next = 0;
        foreach (var (document, draft, problem) in batch)
        {
            if (draft is null)
            {
                results.Add(new IngestedDocument(document.Index, document.SourceName, null, problem));
                continue;
            }
            var result = stored[next++];
            results.Add(new IngestedDocument(document.Index, document.SourceName, result, result is null
                ? new IngestProblem(StatusCodes.Status500InternalServerError, "The document could not be stored.", "Storing it failed; the error is in the server's log. Send it again.")
                : null));
        }
        return results;
    }

    private sealed record ParsedDocument(IncomingDocument Document, ArticleDraft? Draft, IngestProblem? Problem);
}

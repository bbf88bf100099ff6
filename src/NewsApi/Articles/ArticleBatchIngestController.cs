using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.OpenApi;
using NewsApi.Infrastructure.Auth;
using NewsApi.Ingest;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Articles;

/// <summary>Many raw documents in one request, through the same parser and upsert as single ingest and seeding.</summary>
[ApiController]
[Route("api/articles")]
public sealed class ArticleBatchIngestController(BatchIngestPipeline pipeline) : ControllerBase
{
    public const string NdjsonMediaType = "application/x-ndjson";

    /// <summary>Most documents one batch request may hold.</summary>
    public const int MaxDocuments = 10_000;

    /// <summary>Largest batch body: 64 MB.</summary>
    public const int MaxBatchBytes = 64 * 1024 * 1024;

    private static readonly JsonSerializerOptions LineJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // As every JSON write here: a property the line may not set ("id", "slug") refuses it rather than being ignored.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Parses and stores many documents, one status per document, streamed as they are stored.</summary>
    /// <remarks>
    /// The body is NDJSON (`application/x-ndjson`): one JSON object per line, `{"sourceName": "...", "text": "...", "contentType": "text/plain"}`,
    /// where `text` is the raw document (at most 1 MB), `sourceName` is optional as in single ingest and `contentType` is
    /// `text/plain` (the default) or `text/html`. At most 10,000 documents and 64 MB per request; blank lines are skipped.
    ///
    /// Each document is answered exactly as `POST /api/articles/ingest` would answer it, with the same idempotence: the same
    /// content hash is `200` with the stored article, a known source name with new content rewrites that article (`200`), a new
    /// document is `201`. The answer is `200` and NDJSON too: one line per document, in the order sent, written as each batch
    /// of documents is committed, so a long batch shows its progress. When the first line cannot be read the whole request is
    /// refused with a problem and nothing is stored; after it, a line that cannot be read, or a document the parser finds
    /// no article in, gets its own `400`/`413`/`415`/`422` line and does not stop the others; documents whose line says
    /// `201` or `200` are stored, whatever happens to later ones.
    ///
    ///     curl -X POST http://localhost:5000/api/articles/ingest/batch -H "X-Api-Key: $KEY" \
    ///          -H "Content-Type: application/x-ndjson" --data-binary @documents.ndjson
    ///
    /// answers, for example:
    ///
    ///     {"index":0,"sourceName":"rail.txt","status":201,"outcome":"created","id":41,"slug":"ministers-agree-on-a-new-rail-link"}
    ///     {"index":1,"sourceName":"menu.html","status":422,"title":"The page holds no article.","detail":"..."}
    /// </remarks>
    /// <param name="ct">Cancelled when the client goes away; what was committed stays.</param>
    /// <response code="200">NDJSON, one <see cref="BatchIngestStatus"/> per document.</response>
    /// <response code="400">The body holds no document, or its first line is not one (nothing is stored).</response>
    /// <response code="401">No API key, or an unknown one.</response>
    /// <response code="403">The key's role may not ingest.</response>
    /// <response code="413">The body is larger than 64 MB.</response>
    /// <response code="415">The body is not application/x-ndjson.</response>
    [HttpPost("ingest/batch")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Infrastructure.Limits.BodySizeLimit(MaxBatchBytes)]
    [Consumes(NdjsonMediaType)]
    [BatchIngestBody]
    [ProducesResponseType<BatchIngestStatus>(StatusCodes.Status200OK, NdjsonMediaType)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ProblemResults.ContentType)]
    public async Task<IActionResult> IngestBatch(CancellationToken ct)
    {
        // The server's own cap is the single document's; this endpoint declares, and so is allowed, more.
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBatchBytes;
        }
        var lines = new BatchLineReader(Request.Body);
        var first = await lines.NextAsync(ct);
        if (first is not { } firstLine)
        {
            ModelState.AddModelError("body", "The batch holds no documents: send one JSON object per line.");
            return ValidationProblem();
        }
        if (!firstLine.IsUtf8)
        {
            ModelState.AddModelError("body", "The first line is not valid UTF-8: a batch is UTF-8 JSON, one object per line.");
            return ValidationProblem();
        }
        // Nothing has been answered yet, so a first line that is no document refuses the whole request with a problem
        // (and nothing is stored); from the second line on, the stream has begun and each refusal is that line's status.
        if (UnreadableMember(firstLine.Text) is { } member)
        {
            ModelState.AddModelError(member, $"A batch line has no property '{member}': send \"sourceName\", \"text\" and \"contentType\" only.");
            return ValidationProblem();
        }
        var firstDocument = Read(0, firstLine.Text);
        if (firstDocument.Refused is { } refused)
        {
            return Problem(statusCode: refused.Status, title: refused.Title, detail: refused.Detail);
        }

        Response.StatusCode = StatusCodes.Status200OK;
        Response.ContentType = NdjsonMediaType;
        Response.Headers.CacheControl = "no-store";
        var written = 0;
        try
        {
            await foreach (var document in pipeline.RunAsync(DocumentsAsync(firstDocument, lines, ct), ct))
            {
                await WriteLineAsync(BatchIngestStatus.From(document), ct);
                written = document.Index + 1;
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A chunked body over the cap: the documents before it are answered and stored, the rest never read.
            await WriteLineAsync(new BatchIngestStatus(written, null, StatusCodes.Status413PayloadTooLarge, null, null, null,
                "The batch is too large.", $"A batch is at most {MaxBatchBytes} bytes; nothing from this line on was read."), ct);
        }
        return new EmptyResult();
    }

    private async Task WriteLineAsync(BatchIngestStatus status, CancellationToken ct)
    {
        await JsonSerializer.SerializeAsync(Response.Body, status, LineJson, ct);
        await Response.Body.WriteAsync("\n"u8.ToArray(), ct);
        await Response.Body.FlushAsync(ct);
    }

    private static async IAsyncEnumerable<IncomingDocument> DocumentsAsync(IncomingDocument first, BatchLineReader lines, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return first;
        var index = 1;
        for (var line = await lines.NextAsync(ct); line is not null; line = await lines.NextAsync(ct))
        {
            if (index == MaxDocuments)
            {
                yield return new IncomingDocument(index, null, null, new IngestProblem(StatusCodes.Status413PayloadTooLarge, "The batch holds too many documents.",
                    $"A batch holds at most {MaxDocuments} documents; nothing from this line on was read."));
                yield break;
            }
            yield return line.Value.IsUtf8
                ? Read(index++, line.Value.Text)
                : Refused(index++, null, StatusCodes.Status400BadRequest, "The line is not valid UTF-8.", "A batch is UTF-8 JSON, one object per line.");
        }
    }

    /// <summary>The property a line sets that no document has ("id", "slug"); null when the line has none or is not JSON at all.</summary>
    private static string? UnreadableMember(string line)
    {
        try
        {
            JsonSerializer.Deserialize<BatchDocument>(line, LineJson);
            return null;
        }
        catch (JsonException error) when (error.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal)
            && error.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return path[2..];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>One line as a document, or the problem single ingest would answer for it.</summary>
    private static IncomingDocument Read(int index, string line)
    {
        BatchDocument? sent;
        try
        {
            sent = JsonSerializer.Deserialize<BatchDocument>(line, LineJson);
        }
        catch (JsonException)
        {
            sent = null;
        }
        if (sent is null)
        {
            return Refused(index, null, StatusCodes.Status400BadRequest, "The line is not a document.", "Each line is a JSON object with a \"text\" and optionally a \"sourceName\" and a \"contentType\".");
        }
        var sourceName = sent.SourceName;
        var validation = IngestSourceValidator.Instance.Validate(new IngestSource(sourceName));
        if (!validation.IsValid)
        {
            return Refused(index, null, StatusCodes.Status400BadRequest, "The source name is malformed.", string.Join(" ", validation.Errors.Select(e => e.ErrorMessage)));
        }
        sourceName = sourceName?.Trim();
        if (sent.ContentType is not null && !sent.ContentType.Equals(RawDocument.TextMediaType, StringComparison.OrdinalIgnoreCase)
            && !sent.ContentType.Equals(RawDocument.HtmlMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return Refused(index, sourceName, StatusCodes.Status415UnsupportedMediaType, "The document's content type is not supported.", "A document is text/plain or text/html.");
        }
        if (string.IsNullOrWhiteSpace(sent.Text))
        {
            return Refused(index, sourceName, StatusCodes.Status400BadRequest, "The document is empty.", "The document is empty or holds only whitespace.");
        }
        if (Encoding.UTF8.GetByteCount(sent.Text) > ArticlesController.MaxDocumentBytes)
        {
            return Refused(index, sourceName, StatusCodes.Status413PayloadTooLarge, "The document is too large.", $"A document is at most {ArticlesController.MaxDocumentBytes} bytes.");
        }
        return new IncomingDocument(index, sourceName, new RawDocument(sent.Text.TrimStart('\uFEFF'), RawDocument.KindOf(sent.ContentType)));
    }

    private static IncomingDocument Refused(int index, string? sourceName, int status, string title, string detail) =>
        new(index, sourceName, null, new IngestProblem(status, title, detail));

    /// <summary>One line of the body: its text, and whether its bytes were UTF-8 (single ingest refuses a body that is not).</summary>
    private readonly record struct BatchLine(string Text, bool IsUtf8);

    /// <summary>Non-blank lines of the body, read as they arrive and checked for UTF-8 line by line.</summary>
    /// <remarks>
    /// A StreamReader would replace bad bytes with U+FFFD and store a document single ingest refuses, and cannot tell that
    /// replacement from a U+FFFD the sender wrote; so lines are cut at '\n' as bytes and each is checked before decoding.
    /// </remarks>
    private sealed class BatchLineReader(Stream body)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private readonly ArrayBufferWriter<byte> _line = new();
        private int _start;
        private int _end;
        private bool _atStart = true;
        private bool _ended;

        public async Task<BatchLine?> NextAsync(CancellationToken ct)
        {
            while (await NextRawLineAsync(ct) is { } bytes)
            {
                var content = bytes;
                if (_atStart)
                {
                    _atStart = false;
                    if (content.AsSpan().StartsWith("\uFEFF"u8))
                    {
                        content = content[3..];
                    }
                }
                if (!System.Text.Unicode.Utf8.IsValid(content))
                {
                    return new BatchLine("", IsUtf8: false);
                }
                // Checked above, so decoding replaces nothing.
                var text = Encoding.UTF8.GetString(content);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    return new BatchLine(text, IsUtf8: true);
                }
            }
            return null;
        }

        private async Task<byte[]?> NextRawLineAsync(CancellationToken ct)
        {
            _line.Clear();
            while (true)
            {
                var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    _line.Write(_buffer.AsSpan(_start, newline));
                    _start += newline + 1;
                    return TrimCarriageReturn(_line.WrittenSpan);
                }
                _line.Write(_buffer.AsSpan(_start, _end - _start));
                _start = _end = 0;
                if (_ended)
                {
                    return _line.WrittenCount > 0 ? TrimCarriageReturn(_line.WrittenSpan) : null;
                }
                var read = await body.ReadAsync(_buffer, ct);
                if (read == 0)
                {
                    _ended = true;
                }
                _end = read;
            }
        }

        private static byte[] TrimCarriageReturn(ReadOnlySpan<byte> line) =>
            (line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line).ToArray();
    }
}

/// <summary>One line of a batch ingest request.</summary>
/// <param name="SourceName">File name of the raw document, at most 260 characters; optional.</param>
/// <param name="Text">The raw document, at most 1 MB.</param>
/// <param name="ContentType">`text/plain` (the default) or `text/html`.</param>
public sealed record BatchDocument(string? SourceName, string? Text, string? ContentType);

/// <summary>What became of one document of a batch: the status single ingest would have answered, with the article or the problem.</summary>
/// <param name="Index">The document's position in the request, from 0 (blank lines not counted).</param>
/// <param name="SourceName">The source name it was sent with.</param>
/// <param name="Status">201 created; 200 unchanged (same content hash) or updated (same source name, new content); 400, 413, 415 or 422 refused; 500 not stored (send it again).</param>
/// <param name="Outcome">`created`, `updated` or `unchanged`; absent when nothing was stored.</param>
/// <param name="Id">The article's id, when stored.</param>
/// <param name="Slug">The article's slug, when stored.</param>
/// <param name="Title">Why it was refused, in a few words.</param>
/// <param name="Detail">Why it was refused.</param>
public sealed record BatchIngestStatus(int Index, string? SourceName, int Status, string? Outcome, int? Id, string? Slug, string? Title, string? Detail)
{
    public static BatchIngestStatus From(IngestedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new BatchIngestStatus(document.Index, document.SourceName, document.Status,
            document.Result?.Outcome.ToString().ToLowerInvariant(), document.Result?.ArticleId, document.Result?.Slug,
            document.Problem?.Title, document.Problem?.Detail);
    }
}

/// <summary>Marks the batch ingest action, whose NDJSON body Swagger cannot infer, so that its filter documents it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BatchIngestBodyAttribute : Attribute;

internal sealed class BatchIngestOperationFilter : IOperationFilter
{
    private const string Example =
        """
        {"sourceName":"rail-link-2026-01-05.txt","text":"VIENNA, Jan 5 (Reuters) - Transport ministers agreed on Monday to build a new rail link between the two capitals.\n\nWork is due to start next year.\n"}
        {"sourceName":"rail-link.html","contentType":"text/html","text":"<html><body><article><h1>Ministers agree on a new rail link</h1><p>VIENNA, Jan 5 - Transport ministers agreed on Monday to build a new rail link.</p></article></body></html>"}
        """;

    private const string AnswerExample =
        """
        {"index":0,"sourceName":"rail-link-2026-01-05.txt","status":201,"outcome":"created","id":41,"slug":"vienna-jan-5-reuters-transport-ministers-agreed"}
        {"index":1,"sourceName":"rail-link.html","status":201,"outcome":"created","id":42,"slug":"ministers-agree-on-a-new-rail-link"}
        """;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.MethodInfo.IsDefined(typeof(BatchIngestBodyAttribute), false))
        {
            return;
        }
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "NDJSON: one document per line, as a JSON object with `text` (the raw document, at most 1 MB), optionally `sourceName` and `contentType` (text/plain or text/html). At most 10,000 documents and 64 MB.",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                [ArticleBatchIngestController.NdjsonMediaType] = new OpenApiMediaType
                {
                    Schema = context.SchemaGenerator.GenerateSchema(typeof(BatchDocument), context.SchemaRepository),
                    Example = FirstLine(Example),
                },
            },
        };
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue(ArticleBatchIngestController.NdjsonMediaType, out var answer) == true
            && answer is OpenApiMediaType media)
        {
            media.Example = FirstLine(AnswerExample);
        }
    }

    // An OpenAPI example is one value of the schema, which is one line's object; the description shows several lines.
    private static System.Text.Json.Nodes.JsonNode? FirstLine(string ndjson) =>
        System.Text.Json.Nodes.JsonNode.Parse(ndjson[..ndjson.IndexOf('\n', StringComparison.Ordinal)]);
}

using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using NewsApi.Infrastructure.Auth;
using NewsApi.Infrastructure.Caching;
using NewsApi.Ingest;
using NewsApi.Ingestion;

namespace NewsApi.Articles;

/// <summary>Ingest, create, replace, patch and delete articles; every write goes through <see cref="ArticleUpsertService"/>.</summary>
[ApiController]
[Route("api/articles")]
[JsonBodyErrors]
public sealed class ArticleWritesController(NewsDbContext db, ArticleUpsertService upserts, TimeProvider time) : ControllerBase
{
    /// <summary>Largest JSON body a write accepts: 256 KB.</summary>
    public const int MaxJsonBytes = 256 * 1024;

    public const string SourceNameHeader = "X-Source-Name";

    /// <summary>Parses a raw document and stores it through the same upsert as seeding.</summary>
    /// <remarks>
    /// Send the document as `text/plain` or as an HTML page, `text/html` (charset as for preview), at most 1 MB; the page's
    /// canonical URL and its images' URLs are stored with the article. The source document name (`?sourceName=` or the `X-Source-Name`
    /// header) is optional: a later document with the same name replaces that article in place. A document whose content
    /// hash is already stored is not stored again: the answer is 200 with the existing article, so ingesting twice is safe.
    ///
    ///     curl -X POST http://localhost:5000/api/articles/ingest?sourceName=rail.txt \
    ///          -H "X-Api-Key: $KEY" -H "Content-Type: text/plain" --data-binary @rail.txt
    ///     curl -X POST http://localhost:5000/api/articles/ingest?sourceName=rail.html \
    ///          -H "X-Api-Key: $KEY" -H "Content-Type: text/html" --data-binary @rail.html
    /// </remarks>
    /// <param name="sourceName" example="rail-link-2026-01-05.txt">File name of the raw document, at most 260 characters.</param>
    /// <param name="sourceNameHeader">The same, as a header; the query wins when both are sent.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="201">A new article; `Location` names it and `ETag` is its current version.</response>
    /// <response code="200">The document was stored before (same content hash), or it is a new version of a known source document: the article as stored now.</response>
    /// <response code="400">The body is empty or the source name is malformed.</response>
    /// <response code="401">No API key, or an unknown one.</response>
    /// <response code="403">The key's role may not ingest.</response>
    /// <response code="413">The body is larger than 1 MB.</response>
    /// <response code="415">The body is neither text/plain nor text/html.</response>
    /// <response code="422">The parser found no article in the document (no headline or no body; an HTML page of scripts or navigation only).</response>
    [HttpPost("ingest")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes(RawDocument.TextMediaType, RawDocument.HtmlMediaType)]
    [RawDocumentBody(
        "VIENNA, Jan 5 (Reuters) - Transport ministers agreed on Monday to build a new rail link between the two capitals.\n\nWork is due to start next year.\n",
        RawDocumentBodyAttribute.HtmlExample)]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, ProblemResults.ContentType)]
    public async Task<ActionResult<ArticleResponse>> Ingest(
        [FromQuery, MaxLength(Article.SourceDocumentNameMaxLength)] string? sourceName,
        [FromHeader(Name = SourceNameHeader)] string? sourceNameHeader,
        CancellationToken ct)
    {
        var source = new IngestSource(sourceName ?? sourceNameHeader);
        if (!await this.TryValidateAsync(IngestSourceValidator.Instance, source, ct))
        {
            return ValidationProblem();
        }
        var document = await DocumentBody.ReadAsync(Request, ArticlesController.MaxDocumentBytes, ct);
        if (document is null)
        {
            return ProblemResults.Create(this, StatusCodes.Status413PayloadTooLarge, "The document is too large.",
                $"A document is at most {ArticlesController.MaxDocumentBytes} bytes.");
        }
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            ModelState.AddModelError("body", "The document is empty or holds only whitespace.");
            return ValidationProblem();
        }

        ArticleDraft draft;
        try
        {
            draft = document.Parse(source.SourceName?.Trim());
        }
        catch (NoArticleException noArticle)
        {
            return DocumentBody.NoArticleProblem(this, noArticle);
        }
        if (ArticleUpsertService.FindUnusableReason(draft) is { } reason)
        {
            return ProblemResults.Create(this, StatusCodes.Status422UnprocessableEntity, "The document holds no article.",
                $"Nothing was stored: {reason}.");
        }
        var result = await upserts.UpsertAsync(draft, ct);
        var article = await ReadAsync(result.ArticleId, ct);
        if (article is null)
        {
            // Deleted between the upsert and this read.
            return this.NotFoundProblem("Article", result.Slug);
        }
        Response.Headers.ETag = this.Compute(article);
        return result.Outcome == UpsertOutcome.Created
            ? CreatedAtAction(nameof(ArticlesController.Get), "Articles", new { idOrSlug = article.Slug }, article)
            : Ok(article);
    }

    /// <summary>Creates an article from JSON.</summary>
    /// <remarks>
    /// People and organizations are named by slug and must exist; an unknown one is a 400 naming its field (`people[1]`).
    /// Unknown tag slugs create topic tags. The slug is made from the headline and never changes. `id`, `slug`, `createdAt`,
    /// `contentHash` and any other property not in the schema are a 400.
    ///
    ///     curl -X POST http://localhost:5000/api/articles -H "X-Api-Key: $KEY" -H "Content-Type: application/json" \
    ///          -d '{"headline":"Ministers agree on a new rail link","body":["Transport ministers agreed on Monday..."],"tags":["rail-transport"]}'
    /// </remarks>
    /// <response code="201">Created; `Location` names the article and `ETag` is its version.</response>
    /// <response code="400">A field is missing, too long, malformed or not allowed, or a slug names no person or organization; `errors` names the field.</response>
    /// <response code="401">No API key, or an unknown one.</response>
    /// <response code="403">The key's role may not create.</response>
    /// <response code="409">Another article already has this headline and body.</response>
    /// <response code="413">The body is larger than 256 KB.</response>
    /// <response code="415">The body is not JSON.</response>
    [HttpPost]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Infrastructure.Limits.BodySizeLimit(MaxJsonBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ProblemResults.ContentType)]
    public async Task<ActionResult<ArticleResponse>> Create([FromBody] ArticleWriteRequest request, CancellationToken ct)
    {
        if (!await this.TryValidateAsync(new ArticleWriteRequestValidator(time), request, ct))
        {
            return ValidationProblem();
        }
        UpsertResult result;
        try
        {
            // Written now unless the writer says otherwise, so that a new article sorts among the newest instead of last.
            result = await upserts.CreateAsync(request.ToEdit() with { PublishedAt = request.PublishedAt ?? time.GetUtcNow() }, ct);
        }
        catch (UnknownReferenceException unknown)
        {
            return UnknownReferences(unknown);
        }
        catch (DuplicateContentException duplicate)
        {
            Response.Headers.Location = Url.Action(nameof(ArticlesController.Get), "Articles", new { idOrSlug = duplicate.ExistingSlug }, Request.Scheme);
            return ProblemResults.Create(this, StatusCodes.Status409Conflict, "An article with this content exists.",
                $"The article '{duplicate.ExistingSlug}' has the same headline and body; edit it with PUT or PATCH instead.");
        }
        var article = await ReadAsync(result.ArticleId, ct);
        if (article is null)
        {
            return this.NotFoundProblem("Article", result.Slug);
        }
        Response.Headers.ETag = this.Compute(article);
        return CreatedAtAction(nameof(ArticlesController.Get), "Articles", new { idOrSlug = article.Slug }, article);
    }

    /// <summary>Replaces an article with the one sent (same body as POST); If-Match is required.</summary>
    /// <remarks>
    /// Send the ETag of your last GET in `If-Match`. Without it the answer is 428; if the article changed since, 412 with the
    /// current ETag, and nothing is written. The slug and content hash stay as they are.
    ///
    ///     curl -X PUT http://localhost:5000/api/articles/ministers-agree-on-a-new-rail-link -H "X-Api-Key: $KEY" \
    ///          -H 'If-Match: "etag-from-get"' -H "Content-Type: application/json" -d @article.json
    /// </remarks>
    /// <param name="idOrSlug" example="ministers-agree-on-a-new-rail-link">Numeric id or slug of the article.</param>
    /// <param name="request">The whole article.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Replaced; `ETag` is the new version.</response>
    /// <response code="400">A field is missing, too long, malformed or not allowed, or a slug names no person or organization.</response>
    /// <response code="401">No API key, or an unknown one.</response>
    /// <response code="403">The key's role may not edit.</response>
    /// <response code="404">No article has that id or slug.</response>
    /// <response code="412">If-Match does not name the current version; the `ETag` header gives it.</response>
    /// <response code="413">The body is larger than 256 KB.</response>
    /// <response code="415">The body is not JSON.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Infrastructure.Limits.BodySizeLimit(MaxJsonBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemResults.ContentType)]
    public async Task<ActionResult<ArticleResponse>> Replace(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Article.SlugMaxLength)] string idOrSlug,
        [FromBody] ArticleWriteRequest request,
        CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Article.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var current = await ReadForWriteAsync(key, ct);
        if (current is null)
        {
            return this.NotFoundProblem("Article", idOrSlug);
        }
        if (this.CheckIfMatch(current.Representation) is { } precondition)
        {
            return precondition;
        }
        if (!await this.TryValidateAsync(new ArticleWriteRequestValidator(time), request, ct))
        {
            return ValidationProblem();
        }
        return await SaveAsync(current, request, idOrSlug, ct);
    }

    /// <summary>Changes some fields of an article with a JSON Merge Patch (RFC 7396); If-Match is required.</summary>
    /// <remarks>
    /// Send `application/merge-patch+json`: the members to change, `null` to clear one; a list is replaced whole. The result is
    /// validated like a PUT.
    ///
    ///     curl -X PATCH http://localhost:5000/api/articles/ministers-agree-on-a-new-rail-link -H "X-Api-Key: $KEY" \
    ///          -H 'If-Match: "etag-from-get"' -H "Content-Type: application/merge-patch+json" -d '{"section":"Europe","standfirst":null}'
    /// </remarks>
    /// <param name="idOrSlug" example="ministers-agree-on-a-new-rail-link">Numeric id or slug of the article.</param>
    /// <param name="patch">The merge patch, a JSON object over the request shape of POST.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Patched; `ETag` is the new version.</response>
    /// <response code="400">The patch is not an object, names a property that does not exist or may not be set, or the result is invalid.</response>
    /// <response code="401">No API key, or an unknown one.</response>
    /// <response code="403">The key's role may not edit.</response>
    /// <response code="404">No article has that id or slug.</response>
    /// <response code="412">If-Match does not name the current version; the `ETag` header gives it.</response>
    /// <response code="413">The body is larger than 256 KB.</response>
    /// <response code="415">The body is not application/merge-patch+json.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPatch("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Infrastructure.Limits.BodySizeLimit(MaxJsonBytes)]
    [Consumes(MergePatch.MediaType)]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemResults.ContentType)]
    public async Task<ActionResult<ArticleResponse>> Patch(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Article.SlugMaxLength)] string idOrSlug,
        [FromBody] JsonElement patch,
        CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Article.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var current = await ReadForWriteAsync(key, ct);
        if (current is null)
        {
            return this.NotFoundProblem("Article", idOrSlug);
        }
        if (this.CheckIfMatch(current.Representation) is { } precondition)
        {
            return precondition;
        }
        if (!this.TryApplyMergePatch(ArticleWriteRequest.From(current.Representation), patch, out var patched)
            || !await this.TryValidateAsync(new ArticleWriteRequestValidator(time), patched, ct))
        {
            return ValidationProblem();
        }
        return await SaveAsync(current, patched, idOrSlug, ct);
    }

    /// <summary>Deletes an article with its links, quotes, images and related headlines; admin only, If-Match required.</summary>
    /// <remarks>
    /// The people, organizations and tags it linked stay.
    ///
    ///     curl -X DELETE http://localhost:5000/api/articles/ministers-agree-on-a-new-rail-link -H "X-Api-Key: $ADMIN_KEY" -H 'If-Match: "etag-from-get"'
    /// </remarks>
    /// <param name="idOrSlug" example="ministers-agree-on-a-new-rail-link">Numeric id or slug of the article.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="401">No API key, or an unknown one.</response>
    /// <response code="403">The key's role may not delete (admin only).</response>
    /// <response code="404">No article has that id or slug.</response>
    /// <response code="412">If-Match does not name the current version; the `ETag` header gives it.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpDelete("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemResults.ContentType)]
    public async Task<IActionResult> Delete(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Article.SlugMaxLength)] string idOrSlug, CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Article.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var current = await ReadForWriteAsync(key, ct);
        if (current is null)
        {
            return this.NotFoundProblem("Article", idOrSlug);
        }
        if (this.CheckIfMatch(current.Representation) is { } precondition)
        {
            return precondition;
        }
        try
        {
            return await upserts.DeleteAsync(current.Id, current.Version, ct) ? NoContent() : this.NotFoundProblem("Article", idOrSlug);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ChangedMeanwhileAsync(current.Id, idOrSlug, ct);
        }
    }

    private async Task<ActionResult<ArticleResponse>> SaveAsync(CurrentArticle current, ArticleWriteRequest request, string idOrSlug, CancellationToken ct)
    {
        try
        {
            if (await upserts.ReplaceAsync(current.Id, current.Version, request.ToEdit(), ct) is null)
            {
                return this.NotFoundProblem("Article", idOrSlug);
            }
        }
        catch (UnknownReferenceException unknown)
        {
            return UnknownReferences(unknown);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ChangedMeanwhileAsync(current.Id, idOrSlug, ct);
        }
        var article = await ReadAsync(current.Id, ct);
        if (article is null)
        {
            return this.NotFoundProblem("Article", idOrSlug);
        }
        Response.Headers.ETag = this.Compute(article);
        return Ok(article);
    }

    /// <summary>Another writer saved between our If-Match check and our save: 412 with the ETag of what is stored now.</summary>
    private async Task<ActionResult> ChangedMeanwhileAsync(int articleId, string idOrSlug, CancellationToken ct)
    {
        var now = await ReadAsync(articleId, ct);
        if (now is null)
        {
            return this.NotFoundProblem("Article", idOrSlug);
        }
        Response.Headers.ETag = this.Compute(now);
        return ProblemResults.Create(this, StatusCodes.Status412PreconditionFailed, "The resource has changed.",
            "Another writer changed the article while this request was processed (its current ETag is in this response's ETag header): GET it again, reapply your change and retry.");
    }

    private ActionResult UnknownReferences(UnknownReferenceException unknown)
    {
        foreach (var reference in unknown.References)
        {
            ModelState.AddModelError(reference.Path, $"No {reference.What} has the slug '{reference.Slug}'.");
        }
        return ValidationProblem();
    }

    private Task<ArticleResponse?> ReadAsync(int articleId, CancellationToken ct) =>
        db.Articles.Where(a => a.Id == articleId).SingleResponseOrDefaultAsync(ct);

    /// <summary>
    /// The version is read before the representation: if a writer slips in between, the version is the older one and the save
    /// fails with 412 rather than overwrite a change the client never saw.
    /// </summary>
    private async Task<CurrentArticle?> ReadForWriteAsync(IdOrSlug key, CancellationToken ct)
    {
        var row = await db.Articles.AsNoTracking().Where(key.Matches<Article>(a => a.Id, a => a.Slug))
            .Select(a => new { a.Id, a.Version })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var representation = await ReadAsync(row.Id, ct);
        return representation is null ? null : new CurrentArticle(row.Id, row.Version, representation);
    }

    private sealed record CurrentArticle(int Id, Guid Version, ArticleResponse Representation);
}

/// <summary>The source document name of an ingest, from the query or the X-Source-Name header.</summary>
public sealed record IngestSource(string? SourceName);

public sealed class IngestSourceValidator : AbstractValidator<IngestSource>
{
    public static readonly IngestSourceValidator Instance = new();

    public IngestSourceValidator()
    {
        RuleFor(x => x.SourceName)
            .MaximumLength(Article.SourceDocumentNameMaxLength)
            .Must(name => name is null || !string.IsNullOrWhiteSpace(name)).WithMessage("The source name is blank.")
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("The source name holds control characters.");
    }
}

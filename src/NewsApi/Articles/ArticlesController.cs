using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using System.Globalization;
using NewsApi.Formats;
using NewsApi.Infrastructure.Caching;
using NewsApi.Ingest;
using NewsApi.Ingestion;
using NewsApi.Paging;
using NewsApi.Search;

namespace NewsApi.Articles;

[ApiController]
[Route("api/articles")]
public sealed class ArticlesController(NewsDbContext db, ILogger<ArticlesController> logger) : ControllerBase
{
    /// <summary>Largest raw document the preview accepts: 1 MB.</summary>
    public const int MaxDocumentBytes = 1024 * 1024;

    /// <summary>Lists articles, newest first by default, or searches them.</summary>
    /// <remarks>
    /// Filters combine with AND: `?tag=syria&amp;tag=china&amp;person=amara-okafor` lists articles carrying both tags and
    /// mentioning that person. `from` and `to` are inclusive UTC dates. `q` searches the full text (syntax under `q`); with
    /// `q` the order defaults to `relevance` and each item carries `highlights`: for each of headline, standfirst, body and
    /// quotes where a query word occurs, up to 3 fragments of about 160 characters, each with the matched words as
    /// `{ "start", "length" }` offsets in UTF-16 code units into the fragment's `text` (plain text, no markup).
    /// `facets=tags,people,organizations,sources,years` adds the top 10 counts of each over all matching articles.
    /// Each item carries its first image, tags, people and organizations. The `Link` header gives the first, prev, next
    /// and last pages; `X-Total-Count` the number of matching articles.
    /// </remarks>
    /// <response code="200">One page of articles; empty items beyond the last page.</response>
    /// <response code="400">A parameter is out of range or malformed, or `q` cannot be searched (a dangling `OR`, a lone `-`, only exclusions, a one-letter prefix, too long); `errors` names it and says why. A `q` of punctuation only is valid and matches nothing.</response>
    [HttpGet]
    [ProducesResponseType<ArticleListResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    public async Task<ActionResult<ArticleListResponse>> List(
        [FromQuery] PageQuery paging, [FromQuery] ArticleListFilter filter, [FromServices] ListCountCache counts,
        [FromServices] VersionedCache<int, ArticleSummary> summaries,
        [FromServices] VersionedCache<(string Terms, int ArticleId), IReadOnlyList<FieldHighlights>> highlights, [FromServices] ArticleSearchIndex searchIndex, CancellationToken ct)
    {
        SearchQuery? query = null;
        if (filter.Q is not null && !SearchQuery.TryParse(filter.Q, out query, out var error))
        {
            ModelState.AddModelError("q", error!);
            return ValidationProblem();
        }
        FacetNames.TryParse(filter.Facets, out var facetKinds, out _);
        if (query is { MatchesNothing: true })
        {
            var empty = new PagedResponse<ArticleSummary>([], paging.Cursor is null ? paging.PageNumber() : null, paging.PageSize, 0, 0);
            var none = facetKinds == FacetKinds.None ? null : await ArticleFacets.CountAsync(db, db.Articles.Where(a => false), false, facetKinds, ct);
            PagingHeaders.Write(HttpContext, empty);
            return ArticleListResponse.From(empty, none);
        }

        var filtered = db.Articles.Filter(filter);
        var matching = query is null ? filtered : filtered.Where(a => db.MatchingIds(query).Contains(a.Id));
        var matchesAll = query is null && !filter.HasFiltersBesidesQuery();
        PagedResponse<ArticleSummary> page;
        ArticleFacets? facets = null;
        Task<long>? version = null;
        // One connection for the whole request: EF would otherwise open (and set up) a pooled connection per command.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            page = query is not null && filter.EffectiveSort() == ArticleSort.Relevance
                ? await db.ToRelevancePageAsync(filtered, filter.HasFiltersBesidesQuery(), query, paging, searchIndex, ct, new CachedSummaries(summaries, DataVersion))
                : await ArticleKeysetPaging.ToSummaryPageAsync(matching, db, filter.EffectiveSort(), paging,
                    async token => await counts.GetOrComputeAsync(Scopes(), "count " + ListKey(filter), await DataVersion(token),
                        context => Matching(context).CountAsync(CancellationToken.None), token),
                    ct, new CachedSummaries(summaries, DataVersion));
            if (query is not null)
            {
                page = await db.WithHighlightsAsync(page, query, ct, new CachedHighlights(highlights, DataVersion));
            }
            if (facetKinds != FacetKinds.None)
            {
                facets = await counts.GetOrComputeAsync(Scopes(),
                    "facets " + ((int)facetKinds).ToString(CultureInfo.InvariantCulture) + " " + ListKey(filter), await DataVersion(ct),
                    context => ArticleFacets.CountAsync(context, Matching(context), matchesAll, facetKinds, CancellationToken.None), ct);
            }
        }
        catch (DbException exception) when (query is not null && SearchDialect.RefusedQuery(db, exception))
        {
            // The parser quotes every term, so this should not happen; if the database still refuses the expression, it is the query's fault, not a 500.
            logger.LogWarning(exception, "FTS5 refused the expression {Match} built from q", query.Match);
            ModelState.AddModelError("q", "The query cannot be searched; simplify it to words, \"phrases\", OR, -excluded and prefix*.");
            return ValidationProblem();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        PagingHeaders.Write(HttpContext, page);
        return ArticleListResponse.From(page, facets);

        // Read before counting (see ListCountCache), at most once per request.
        Task<long> DataVersion(CancellationToken token) => version ??= ListCountCache.DataVersionAsync(db, token);

        IServiceScopeFactory Scopes() => HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>();

        // The same articles as `matching`, on the DbContext a shared count runs on.
        IQueryable<Article> Matching(NewsDbContext context)
        {
            var articles = context.Articles.Filter(filter);
            return query is { } search ? articles.Where(a => context.MatchingIds(search).Contains(a.Id)) : articles;
        }
    }

    /// <summary>What decides which articles a list holds, in one string: the same filters give the same key.</summary>
    private static string ListKey(ArticleListFilter filter) => string.Join('\n',
        string.Join(',', filter.TagSlugs.Distinct().Order(StringComparer.Ordinal)),
        string.Join(',', filter.PersonSlugs.Distinct().Order(StringComparer.Ordinal)),
        string.Join(',', filter.OrganizationSlugs.Distinct().Order(StringComparer.Ordinal)),
        filter.From?.ToString("O", CultureInfo.InvariantCulture),
        filter.To?.ToString("O", CultureInfo.InvariantCulture),
        filter.Q);

    /// <summary>One article with its body, images, quotes, people, organizations and tags.</summary>
    /// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise.</remarks>
    /// <param name="idOrSlug" example="a-senior-chinese-military-officer-visited-damascus-to-discuss-closer-ties-between-syria-and-china">Numeric id or slug of the article.</param>
    /// <param name="format">
    /// For browsers that cannot set Accept: `json` (this API's own shape), `jsonld` (schema.org NewsArticle) or `ninjs`
    /// (IPTC ninjs 3.1); it overrides Accept.
    /// </param>
    /// <param name="articles">Articles already read at the current version of the data.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">
    /// The article as `application/json`, `application/ld+json` (schema.org NewsArticle) or `application/ninjs+json`
    /// (IPTC ninjs 3.1), chosen by `format` or Accept; each representation has its own strong ETag (`Vary: Accept`).
    /// </response>
    /// <response code="304">If-None-Match names the current ETag; no body.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug, or `format` is not json, jsonld or ninjs.</response>
    /// <response code="404">No article has that id or slug.</response>
    /// <response code="406">Accept names none of the supported types; `supportedTypes` lists them.</response>
    [HttpGet("{idOrSlug}")]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status200OK, "application/json", ArticleMediaTypes.JsonLd, ArticleMediaTypes.Ninjs)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status406NotAcceptable, ProblemResults.ContentType)]
    public async Task<ActionResult<ArticleResponse>> Get(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Article.SlugMaxLength)] string idOrSlug,
        [FromQuery(Name = "format"), RegularExpression(ArticleMediaTypes.FormatPattern), MaxLength(ArticleMediaTypes.FormatMaxLength)] string? format,
        [FromServices] VersionedCache<string, CachedArticle> articles, CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Article.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        if (this.Negotiate(format) is not { } representation)
        {
            return this.NotAcceptable();
        }
        // Read before the article (see VersionedCache).
        var version = await ListCountCache.DataVersionAsync(db, ct);
        if (!articles.TryGet(version, CachedArticle.KeyOf(key), out var cached))
        {
            var article = await db.Articles.Where(key.Matches<Article>(a => a.Id, a => a.Slug)).SingleResponseOrDefaultAsync(ct);
            if (article is null)
            {
                return this.NotFoundProblem("Article", idOrSlug);
            }
            cached = new CachedArticle(article, this.Compute(article));
            articles.Add(version, [KeyValuePair.Create(CachedArticle.IdKey(article.Id), cached), KeyValuePair.Create(article.Slug, cached)]);
        }
        return this.OkInFormat(cached, representation);
    }

    /// <summary>Parses a raw document and returns what the parser makes of it, storing nothing.</summary>
    /// <remarks>
    /// Send the document as `text/plain` (UTF-8 unless a charset says otherwise) or as an HTML page, `text/html` (the
    /// Content-Type charset, else a byte order mark, else the page's meta charset, else UTF-8 when valid, else
    /// windows-1252), at most 1 MB. The answer is the parser's draft: headline (derived from the lead where the page has
    /// none), publishedAt, byline, body, tags, images, related headlines, people, organizations, places and quotes; from
    /// HTML also the page's canonical URL and its images' URLs.
    ///
    ///     curl -X POST http://localhost:5000/api/articles/preview -H "Content-Type: text/html" --data-binary @page.html
    /// </remarks>
    /// <response code="200">The parse.</response>
    /// <response code="400">The body is empty or holds only whitespace.</response>
    /// <response code="413">The body is larger than 1 MB.</response>
    /// <response code="415">The body is neither text/plain nor text/html.</response>
    /// <response code="422">The HTML page holds no article: no headline and no body text (a page of scripts or navigation only).</response>
    [HttpPost("preview")]
    [Consumes(RawDocument.TextMediaType, RawDocument.HtmlMediaType)]
    [RawDocumentBody(
        "00:44 GMT16 January 2021\n\nEarlier this week, a senior Chinese military officer visited Damascus to discuss closer ties between Syria and China.\n",
        RawDocumentBodyAttribute.HtmlExample)]
    [ProducesResponseType<ArticlePreviewResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, ProblemResults.ContentType)]
    public async Task<ActionResult<ArticlePreviewResponse>> Preview(CancellationToken ct)
    {
        var document = await DocumentBody.ReadAsync(Request, MaxDocumentBytes, ct);
        if (document is null)
        {
            return ProblemResults.Create(this, StatusCodes.Status413PayloadTooLarge, "The document is too large.",
                $"A document is at most {MaxDocumentBytes} bytes.");
        }
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            ModelState.AddModelError("body", "The document is empty or holds only whitespace.");
            return ValidationProblem();
        }
        try
        {
            return ArticlePreviewResponse.From(document.Parse());
        }
        catch (NoArticleException noArticle)
        {
            return DocumentBody.NoArticleProblem(this, noArticle);
        }
    }
}

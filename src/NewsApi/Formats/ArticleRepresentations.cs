using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using NewsApi.Articles;
using NewsApi.Infrastructure.Caching;

namespace NewsApi.Formats;

/// <summary>Writes an article in the negotiated format, each representation with its own strong ETag.</summary>
public static class ArticleRepresentations
{
    private static readonly JsonSerializerOptions StandardFormatOptions = new() { WriteIndented = false };

    /// <summary>The negotiated format, or null after recording nothing: the caller answers with <see cref="NotAcceptable"/>.</summary>
    public static ArticleFormat? Negotiate(this ControllerBase controller, string? format)
    {
        // Caches must keep one copy per Accept value, whichever representation this answer turns out to be.
        controller.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        return ArticleFormatNegotiation.Select(format, controller.Request.Headers.Accept);
    }

    public static ObjectResult NotAcceptable(this ControllerBase controller)
    {
        var problem = ProblemResults.Create(controller, StatusCodes.Status406NotAcceptable, "No supported representation is acceptable.",
            $"Accept one of {string.Join(", ", ArticleMediaTypes.Supported)}, or pass format=json, format=jsonld or format=ninjs.");
        if (problem.Value is ProblemDetails details)
        {
            details.Extensions["supportedTypes"] = ArticleMediaTypes.Supported;
        }
        return problem;
    }

    /// <summary>200 in the chosen format with its ETag (the JSON's computed with the article), or 304 when If-None-Match already names it.</summary>
    public static ActionResult OkInFormat(this ControllerBase controller, CachedArticle cached, ArticleFormat format)
    {
        var article = cached.Article;
        if (format == ArticleFormat.Json)
        {
            controller.Response.Headers.ETag = cached.JsonETag;
            return EntityTags.IfNoneMatchHits(controller.Request, cached.JsonETag)
                ? new StatusCodeResult(StatusCodes.Status304NotModified)
                : controller.Ok(article);
        }
        var links = ArticleLinks.For(controller.Request);
        JsonObject document = format == ArticleFormat.JsonLd ? JsonLdArticleMapper.Map(article, links) : NinjsArticleMapper.Map(article, links);
        var etag = EntityTags.Compute(document, StandardFormatOptions);
        controller.Response.Headers.ETag = etag;
        if (EntityTags.IfNoneMatchHits(controller.Request, etag))
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }
        return new ContentResult
        {
            Content = document.ToJsonString(StandardFormatOptions),
            ContentType = ArticleMediaTypes.For(format) + "; charset=utf-8",
            StatusCode = StatusCodes.Status200OK,
        };
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NewsApi.Infrastructure.Caching;

/// <summary>
/// Strong ETags computed from the representation itself, so that a tag or person renamed inside an article changes the
/// article's ETag too, without tracking which rows feed which response.
/// </summary>
public static class EntityTags
{
    public static string Compute<T>(T representation, JsonSerializerOptions options)
    {
        return OfBytes(JsonSerializer.SerializeToUtf8Bytes(representation, options));
    }

    /// <summary>The ETag of a representation already serialized.</summary>
    public static string OfBytes(ReadOnlySpan<byte> json) => "\"" + Base64UrlEncode(SHA256.HashData(json).AsSpan(0, 16)) + "\"";

    /// <summary>The ETag of what a GET of the same resource would return now.</summary>
    public static string Compute<T>(this ControllerBase controller, T representation) =>
        Compute(representation, SerializerOptions(controller.HttpContext));

    /// <summary>
    /// 200 with the ETag header, or 304 without a body when the client's If-None-Match already holds that ETag.
    /// </summary>
    public static ActionResult OkWithETag<T>(this ControllerBase controller, T representation)
    {
        var etag = controller.Compute(representation);
        controller.Response.Headers.ETag = etag;
        if (IfNoneMatchHits(controller.Request, etag))
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }
        return controller.Ok(representation);
    }

    /// <summary>
    /// Null when If-Match names the current representation's ETag (or "*"); otherwise the problem to return:
    /// 428 when the header is missing, 412 with the current ETag in the ETag header when it is stale.
    /// </summary>
    public static ObjectResult? CheckIfMatch<T>(this ControllerBase controller, T currentRepresentation)
    {
        var etag = controller.Compute(currentRepresentation);
        var ifMatch = controller.Request.Headers.IfMatch;
        if (ifMatch.Count == 0)
        {
            return ProblemResults.Create(controller, StatusCodes.Status428PreconditionRequired, "If-Match is required.",
                "Send the ETag from your last GET of this resource in If-Match, so that a concurrent change is never overwritten.");
        }
        if (!EntityTagHeaderValue.TryParseList(ifMatch, out var tags) || !tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || (!tag.IsWeak && tag.Tag == etag)))
        {
            controller.Response.Headers.ETag = etag;
            return ProblemResults.Create(controller, StatusCodes.Status412PreconditionFailed, "The resource has changed.",
                "If-Match does not name the current ETag (given in this response's ETag header): GET the resource again, reapply your change and retry.");
        }
        return null;
    }

    /// <summary>
    /// 412 after the concurrency token caught a writer that saved between our If-Match check and our save; the ETag header
    /// carries what is stored now.
    /// </summary>
    public static ObjectResult ConcurrentChange<T>(this ControllerBase controller, T? current)
    {
        if (current is not null)
        {
            controller.Response.Headers.ETag = controller.Compute(current);
        }
        return ProblemResults.Create(controller, StatusCodes.Status412PreconditionFailed, "The resource has changed.",
            "Another request changed or removed it while this one was being applied: GET it again, reapply your change and retry.");
    }

    /// <summary>A write's answer: the new representation with its ETag, as a GET would now return it.</summary>
    public static ActionResult WrittenWithETag<T>(this ControllerBase controller, T representation)
    {
        controller.Response.Headers.ETag = controller.Compute(representation);
        return controller.Ok(representation);
    }

    /// <summary>A create's answer: 201 with Location, the ETag and the representation.</summary>
    /// <remarks>Location is absolute, as for articles (CreatedAtAction), whatever path the caller passes: one convention for every resource.</remarks>
    public static ActionResult CreatedWithETag<T>(this ControllerBase controller, string location, T representation)
    {
        controller.Response.Headers.ETag = controller.Compute(representation);
        var request = controller.Request;
        return controller.Created(Uri.IsWellFormedUriString(location, UriKind.Absolute) ? location : $"{request.Scheme}://{request.Host}{request.PathBase}{location}", representation);
    }

    internal static bool IfNoneMatchHits(HttpRequest request, string etag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        return ifNoneMatch.Count > 0
            && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag == etag);
    }

    private static JsonSerializerOptions SerializerOptions(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;

    private static string Base64UrlEncode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.Limits;

/// <summary>
/// Refuses oversized query strings (414), header sets (431) and bodies (413) with a problem body before anything reads them.
/// Kestrel has its own, looser, backstops (see <see cref="RequestLimitsSetup"/>), which answer without a body; these answer first.
/// A body limit comes from the endpoint's [BodySizeLimit] when it has one, else from the content type.
/// </summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<RequestLimitOptions> options, IProblemDetailsService problems)
{
    private readonly RequestLimitOptions _limits = options.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var queryLength = request.QueryString.HasValue ? request.QueryString.Value!.Length - 1 : 0;
        if (queryLength > _limits.QueryStringLength)
        {
            await RefuseAsync(context, StatusCodes.Status414UriTooLong, "The query string is too long.",
                $"A query string is at most {_limits.QueryStringLength} characters; this one has {queryLength}.");
            return;
        }
        var headersLength = HeadersLength(request.Headers);
        if (headersLength > _limits.HeadersTotalLength)
        {
            await RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large.",
                $"Header names and values together are at most {_limits.HeadersTotalLength} characters.");
            return;
        }
        var bodyLimit = BodyLimit(context);
        if (request.ContentLength > bodyLimit)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
                $"This request's body is at most {bodyLimit} bytes.");
            return;
        }
        // A body without Content-Length (chunked) is cut off by the server as it arrives; its 413 comes from the exception handler.
        // An endpoint that declares its limit gets it, above the server's default too (the batch ingest's 64 MB).
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature
            && (sizeFeature.MaxRequestBodySize is null || sizeFeature.MaxRequestBodySize > bodyLimit || DeclaredLimit(context) is not null))
        {
            sizeFeature.MaxRequestBodySize = bodyLimit;
        }
        await next(context);
    }

    private static long? DeclaredLimit(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimitAttribute>()?.MaxRequestBodySize;

    private long BodyLimit(HttpContext context)
    {
        if (DeclaredLimit(context) is { } declared)
        {
            return declared;
        }
        var mediaType = context.Request.ContentType;
        return mediaType is not null && (mediaType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)
            || mediaType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            ? _limits.DocumentBodyBytes
            : _limits.JsonBodyBytes;
    }

    private static long HeadersLength(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (var (name, values) in headers)
        {
            total += name.Length;
            foreach (var value in values)
            {
                total += value?.Length ?? 0;
            }
        }
        return total;
    }

    private async Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        // The client is still sending what we refuse; closing after the answer spares reading it.
        context.Response.Headers.Connection = "close";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}

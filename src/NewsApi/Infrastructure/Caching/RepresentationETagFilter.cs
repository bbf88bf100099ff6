using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.Caching;

/// <summary>
/// Gives every successful GET that has no ETag of its own (lists, searches) a strong ETag computed from its JSON, like
/// <see cref="EntityTags"/>: any change to an article shown, to the total or to the next cursor changes it; a matching
/// If-None-Match gets 304 without a body.
/// </summary>
internal sealed class RepresentationETagFilter(IOptions<JsonOptions> json) : IAsyncResultFilter
{
    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && context.Result is ObjectResult { Value: { } value } result
            && (result.StatusCode ?? StatusCodes.Status200OK) == StatusCodes.Status200OK
            && !http.Response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.ETag))
        {
            var etag = EntityTags.Compute(value, json.Value.JsonSerializerOptions);
            http.Response.Headers.ETag = etag;
            if (EntityTags.IfNoneMatchHits(http.Request, etag))
            {
                context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            }
        }
        return next();
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NewsApi.Infrastructure.Caching;

/// <summary>
/// Gives every successful GET that has no ETag of its own (lists, searches) a strong ETag computed from its JSON, like
/// <see cref="EntityTags"/>: any change to an article shown, to the total or to the next cursor changes it; a matching
/// If-None-Match gets 304 without a body.
/// </summary>
/// <remarks>
/// The JSON hashed is the JSON sent: serializing a 20-article page a second time for the formatter cost as much as hashing
/// it. Where the client's Accept could make MVC choose another media type than application/json, the formatter still writes.
/// </remarks>
internal sealed class RepresentationETagFilter(IOptions<MvcOptions> mvc) : IAsyncResultFilter
{
    // The formatter's own options: it copies the configured ones and, with no encoder set, relaxes escaping ('"' not '\u0022').
    private readonly JsonSerializerOptions _formatterOptions = mvc.Value.OutputFormatters.OfType<SystemTextJsonOutputFormatter>().First().SerializerOptions;

    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && context.Result is ObjectResult { Value: { } value } result
            && (result.StatusCode ?? StatusCodes.Status200OK) == StatusCodes.Status200OK
            && !http.Response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), _formatterOptions);
            var etag = EntityTags.OfBytes(body);
            http.Response.Headers.ETag = etag;
            if (EntityTags.IfNoneMatchHits(http.Request, etag))
            {
                context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            }
            else if (result.ContentTypes.Count == 0 && AcceptsPlainJson(http.Request))
            {
                context.Result = new SerializedJsonResult(body);
            }
        }
        return next();
    }

    /// <summary>
    /// Whether MVC's negotiation would pick application/json: no Accept, one that names it, or a wildcard (MVC answers a
    /// browser's Accept with its first formatter, JSON). "text/json" or "application/*+json" alone keep the formatter.
    /// </summary>
    private static bool AcceptsPlainJson(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0)
        {
            return true;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return false;
        }
        return types.Any(type => type.Quality is not 0 && (type.MediaType.Equals("*/*", StringComparison.Ordinal)
            || type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The JSON body as the System.Text.Json output formatter writes it: same bytes, same Content-Type.</summary>
    private sealed class SerializedJsonResult(byte[] body) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length;
            return HttpMethods.IsHead(context.HttpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
        }
    }
}

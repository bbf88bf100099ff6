using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsApi.Infrastructure.Auth;

namespace NewsApi.Infrastructure.Caching;

/// <summary>
/// Cache-Control on every answer: public with max-age for anonymous successful reads of the API, private no-store for
/// reads with a key, no-store for writes and errors.
/// </summary>
internal sealed class CacheControlMiddleware(RequestDelegate next, IOptionsMonitor<CachingOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.CacheControl = Decide(context, options.CurrentValue.MaxAgeSeconds);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string? Decide(HttpContext context, int maxAgeSeconds)
    {
        var request = context.Request;
        var status = context.Response.StatusCode;
        var isRead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isRead || status >= StatusCodes.Status400BadRequest)
        {
            return "no-store";
        }
        if (!request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // Health probes, Swagger and redirects keep whatever their own endpoint chose.
            return context.Response.Headers.CacheControl;
        }
        if (request.Headers.ContainsKey(ApiKeyOptions.HeaderName))
        {
            // An editor about to write needs what is stored now, and no shared cache may keep an answer meant for a key.
            return "private, no-store";
        }
        return status is StatusCodes.Status200OK or StatusCodes.Status304NotModified
            ? $"public, max-age={Math.Max(0, maxAgeSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : "no-store";
    }
}

/// <summary>
/// Evicts every cached read when a write succeeds: before its answer goes out (so a client that sees the 2xx never reads
/// the old data from the cache) and again once it has finished (for a read that raced the write and stored old data).
/// </summary>
internal sealed class OutputCacheEvictionMiddleware(RequestDelegate next, IOutputCacheStore store)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsWrite(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Response.OnStarting(() => EvictIfSucceededAsync(context));
        await next(context);
        await EvictIfSucceededAsync(context);
    }

    private async Task EvictIfSucceededAsync(HttpContext context)
    {
        if (context.Response.StatusCode is >= 200 and < 300)
        {
            await store.EvictByTagAsync(AnonymousReadsCachePolicy.Tag, CancellationToken.None);
        }
    }

    private static bool IsWrite(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
}

/// <summary>
/// The output cache replays the headers it stored, which would freeze the RateLimit headers of the request that filled
/// it; this puts back the ones that outer middleware set for the current request.
/// </summary>
internal sealed class PerRequestHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var setSoFar = context.Response.Headers.ToArray();
        if (setSoFar.Length > 0)
        {
            context.Response.OnStarting(() =>
            {
                foreach (var (name, value) in setSoFar)
                {
                    context.Response.Headers[name] = value;
                }
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}

using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsApi.Infrastructure.Auth;
using NewsApi.Seeding;

namespace NewsApi.Infrastructure.Caching;

/// <summary>
/// Caches anonymous GETs under /api once seeding has finished, varied by the whole query string and the headers that change
/// the body; every entry carries one tag that any successful write evicts.
/// </summary>
internal sealed class AnonymousReadsCachePolicy(IOptionsMonitor<CachingOptions> options, ReadinessState readiness) : IOutputCachePolicy
{
    public const string Tag = "api";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var settings = options.CurrentValue.OutputCache;
        var request = context.HttpContext.Request;
        // Before seeding ends the data still changes without passing through a write endpoint, so nothing may be kept.
        var cacheable = settings.Enabled
            && readiness.IsReady
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !request.Headers.ContainsKey(ApiKeyOptions.HeaderName)
            && !request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Authorization);

        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(1, settings.DurationSeconds));
        context.CacheVaryByRules.QueryKeys = "*";
        // Origin because CORS headers are part of what is stored.
        context.CacheVaryByRules.HeaderNames = new Microsoft.Extensions.Primitives.StringValues(["Accept", "Accept-Language", "Origin"]);
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only full answers: a 304 has no body to replay and errors must never outlive their cause.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}

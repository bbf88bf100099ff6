using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsApi.Infrastructure.Auth;
using NewsApi.Infrastructure.RateLimiting;
using NewsApi.Paging;

namespace NewsApi.Infrastructure;

/// <summary>The <c>Cors</c> configuration section.</summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";

    /// <summary>Origins that may write (and read with keys); <c>*</c> only when written here explicitly.</summary>
    public List<string> AllowedOrigins { get; set; } = [];
}

/// <summary>
/// Configured origins may use every method with the API-key and precondition headers; any other origin may only read,
/// because reads are public. Browser code can read the caching, paging, location and rate-limit headers either way.
/// </summary>
internal sealed class ConfiguredCorsPolicyProvider : ICorsPolicyProvider
{
    private static readonly string[] ExposedHeaders =
    [
        HeaderNames.ETag, HeaderNames.Link, HeaderNames.Location, PagingHeaders.TotalCount, HeaderNames.RetryAfter,
        ApiRateLimits.RateLimitHeader, ApiRateLimits.RateLimitPolicyHeader,
    ];

    private readonly CorsPolicy _writers;
    private readonly CorsPolicy _publicReads;
    private readonly bool _anyOriginWrites;

    public ConfiguredCorsPolicyProvider(IOptions<CorsSettings> settings)
    {
        var origins = settings.Value.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
        _anyOriginWrites = origins.Contains("*");
        var writers = new CorsPolicyBuilder()
            .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete)
            .WithHeaders(ApiKeyOptions.HeaderName, HeaderNames.IfMatch, HeaderNames.IfNoneMatch, HeaderNames.ContentType, HeaderNames.Accept)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        _writers = (_anyOriginWrites ? writers.AllowAnyOrigin() : writers.WithOrigins(origins)).Build();
        _publicReads = new CorsPolicyBuilder()
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders(HeaderNames.IfNoneMatch, HeaderNames.Accept)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))
            .Build();
    }

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (_anyOriginWrites || _writers.Origins.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            return Task.FromResult<CorsPolicy?>(_writers);
        }
        // A preflight asks about the method it will send; an actual request is that method.
        var method = HttpMethods.IsOptions(context.Request.Method)
            ? context.Request.Headers[CorsConstants.AccessControlRequestMethod].ToString()
            : context.Request.Method;
        return Task.FromResult(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? _publicReads : null);
    }
}

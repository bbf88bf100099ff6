using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace NewsApi.Infrastructure.Caching;

public static class CachingSetup
{
    /// <summary>Cache-Control from <c>Caching</c>, the output cache of anonymous reads, and Brotli/gzip compression.</summary>
    public static IServiceCollection AddHttpCaching(this IServiceCollection services)
    {
        services.AddOptions<CachingOptions>()
            .BindConfiguration(CachingOptions.SectionName)
            .Validate(o => o.MaxAgeSeconds >= 0, "Caching:MaxAgeSeconds must not be negative.")
            .Validate(o => o.OutputCache.DurationSeconds > 0, "Caching:OutputCache:DurationSeconds must be positive.")
            .ValidateOnStart();
        services.Configure<Swashbuckle.AspNetCore.SwaggerGen.SwaggerGenOptions>(options => options.OperationFilter<CachingOperationFilter>());
        services.AddSingleton<AnonymousReadsCachePolicy>();
        services.AddOutputCache();
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<AnonymousReadsCachePolicy>((options, policy) => options.AddBasePolicy(policy));

        services.AddResponseCompression(options =>
        {
            // Bodies hold no secrets mixed with attacker-chosen text, so BREACH does not apply to them.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append(ProblemResults.ContentType);
        });
        // Fastest: at these body sizes the better ratios cost more CPU per request than the bytes they save.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Outermost: compression and Cache-Control apply to every answer, errors included.</summary>
    public static IApplicationBuilder UseHttpCachingHeaders(this IApplicationBuilder app) =>
        app.UseResponseCompression().UseMiddleware<CacheControlMiddleware>();

    /// <summary>After authentication and rate limiting, so that cached answers are still counted and keys still recognized.</summary>
    public static IApplicationBuilder UseApiOutputCache(this IApplicationBuilder app) =>
        app.UseMiddleware<OutputCacheEvictionMiddleware>()
            .UseMiddleware<PerRequestHeadersMiddleware>()
            .UseOutputCache();
}

using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NewsApi.Articles;
using NewsApi.Directories;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsApi.Infrastructure.Auth;
using NewsApi.Infrastructure.Caching;
using NewsApi.Infrastructure.Limits;
using NewsApi.Infrastructure.RateLimiting;
using NewsApi.Infrastructure.Security;
using NewsApi.Paging;
using NewsApi.Search;

namespace NewsApi.Infrastructure;

public static class ApiSetup
{
    public static IServiceCollection AddNewsApi(this IServiceCollection services)
    {
        services.AddControllers(options =>
            {
                options.Filters.Add<ValidationFilter>();
                options.Filters.Add<RepresentationETagFilter>();
                options.Filters.Add<Redirects.SlugRedirectFilter>();
                // FluentValidation validates the query records; their DataAnnotations only document limits for Swagger
                // (and [RegularExpression] on a string[] would wrongly test the array's ToString()).
                options.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(PageQuery)));
                options.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(ArticleListFilter)));
                options.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(DirectoryQuery)));
                options.ModelMetadataDetailsProviders.Add(new DirectoryKeyLimits());
            })
            .AddJsonOptions(options => ConfigureJson(options.JsonSerializerOptions));
        services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));

        services.AddProblemDetails();
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonFallbackWriter>();
        services.AddExceptionHandler<BadHttpRequestExceptionHandler>();
        services.AddExceptionHandler<UndecodableBodyExceptionHandler>();
        services.AddExceptionHandler<InvalidCursorExceptionHandler>();

        services.AddSingleton<IValidator<PageQuery>, PageQueryValidator>();
        services.AddSingleton<IValidator<ArticleListFilter>, ArticleListFilterValidator>();
        services.AddSingleton<IValidator<DirectoryQuery>, DirectoryQueryValidator>();
        services.AddSingleton<ListCountCache>();
        // About 3 KB a summary and 20 KB an article: some 25 and 40 MB at the most.
        services.AddSingleton(new VersionedCache<int, ArticleSummary>(maxEntries: 8192));
        services.AddSingleton(new VersionedCache<string, CachedArticle>(maxEntries: 2048));
        // A search page's fragments, by its terms and the article: a few hundred bytes each.
        services.AddSingleton(new VersionedCache<(string Terms, int ArticleId), IReadOnlyList<FieldHighlights>>(maxEntries: 8192));

        services.AddOptions<CorsSettings>().BindConfiguration(CorsSettings.SectionName);
        services.AddCors();
        services.Replace(ServiceDescriptor.Singleton<ICorsPolicyProvider, ConfiguredCorsPolicyProvider>());

        services.AddApiKeyAuth();
        services.AddApiRateLimits();
        services.AddRequestLimits();
        services.AddHttpCaching();
        services.AddNewsSwagger();
        services.AddSecurityHeaders();
        return services;
    }

    public static WebApplication UseNewsApi(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseHttpCachingHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Order matters: CORS headers go on every answer (limits and 401s included) so that browser code can read them;
        // size limits refuse before anything reads; the rate limiter needs the authenticated key to partition by.
        app.UseRouting();
        app.UseCors();
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UseApiRateLimits();
        app.UseAuthorization();
        app.UseNulRefusal();
        app.UseApiOutputCache();
        app.UseNewsSwagger();
        app.MapControllers();
        return app;
    }

    private static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Kebab-case makes multi-word enum values read like the rest of the API ("in-caption").
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new UtcDateTimeOffsetConverter());
    }
}

/// <summary>Kestrel's own input errors (such as a body over the server limit) keep their 4xx status instead of becoming 500s.</summary>
internal sealed class BadHttpRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = badRequest.StatusCode, Title = "The request could not be read." },
        });
    }
}

using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsApi.Ingest;

namespace NewsApi.Seeding;

public static class SeedingSetup
{
    internal const string ReadyTag = "ready";

    /// <summary>Registers the seeding hosted service, its document source, the readiness state and the health checks.</summary>
    public static IServiceCollection AddSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeedingOptions>()
            .Bind(configuration.GetSection(SeedingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<ReadinessState>();
        // Seeding's writer, shared with the batch ingest endpoint: one path for many documents.
        services.TryAddSingleton<BatchIngestPipeline>();
        services.TryAddSingleton<ISeedDocumentSource, FolderSeedDocumentSource>();
        services.AddHostedService<SeedingService>();

        services.AddHealthChecks()
            .AddCheck<ReadinessHealthCheck>("readiness", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    internal const string ReadyPath = "/health/ready";

    /// <summary>/health/live answers at once; /health/ready answers 503 until migrations and seeding have finished.</summary>
    public static WebApplication MapNewsHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        // While the app is starting, 503 is the expected answer, not a failure: it is given here, without running the checks,
        // because the health check service logs every unhealthy result as an error ("fail:" on every probe while seeding).
        // Once ready, the checks run, and a database that stops answering is logged as the failure it is.
        var readiness = app.Services.GetRequiredService<ReadinessState>();
        app.UseWhen(
            context => !readiness.IsReady && context.Request.Path.Equals(ReadyPath, StringComparison.OrdinalIgnoreCase),
            starting => starting.Run(async context =>
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/plain";
                context.Response.Headers.CacheControl = "no-store, no-cache";
                await context.Response.WriteAsync(nameof(HealthStatus.Unhealthy), context.RequestAborted);
            }));
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}

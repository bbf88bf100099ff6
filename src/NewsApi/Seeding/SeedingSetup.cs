using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.TryAddSingleton<ISeedDocumentSource, FolderSeedDocumentSource>();
        services.AddHostedService<SeedingService>();

        services.AddHealthChecks()
            .AddCheck<ReadinessHealthCheck>("readiness", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary>/health/live answers at once; /health/ready answers 503 until migrations and seeding have finished.</summary>
    public static WebApplication MapNewsHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}

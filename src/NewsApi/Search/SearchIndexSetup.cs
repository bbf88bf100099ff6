using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsApi.Seeding;

namespace NewsApi.Search;

public static class SearchIndexSetup
{
    /// <summary>
    /// Registers the in-memory search index (Search:Engine, index by default), the background service that builds and
    /// follows it, and a readiness check: /health/ready waits for the first build, so that a load balancer or a benchmark
    /// does not send searches to an instance that would still answer them from the database.
    /// </summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.SectionName))
            .Validate(o => o.UsesIndex || string.Equals(o.Engine, SearchOptions.DatabaseEngine, StringComparison.OrdinalIgnoreCase),
                "Search:Engine must be 'index' or 'database'.")
            .ValidateOnStart();
        services.AddSingleton<ArticleSearchIndex>();
        services.AddHostedService(provider => provider.GetRequiredService<ArticleSearchIndex>());
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search-index", tags: [SeedingSetup.ReadyTag]);
        return services;
    }
}

/// <summary>Unhealthy while the index is first built; degraded (still serving, from the database) if building it failed.</summary>
internal sealed class SearchIndexHealthCheck(ArticleSearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!index.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Searches use the database (Search:Engine = database)."));
        }
        if (index.Failed)
        {
            return Task.FromResult(HealthCheckResult.Degraded("The search index failed to build; searches use the database."));
        }
        if (!index.Ready)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The search index is being built."));
        }
        var (articles, postings) = index.Size();
        return Task.FromResult(HealthCheckResult.Healthy($"The search index holds {articles} articles, {postings} postings."));
    }
}

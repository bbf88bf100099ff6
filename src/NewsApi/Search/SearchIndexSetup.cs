namespace NewsApi.Search;

public static class SearchIndexSetup
{
    /// <summary>Registers the in-memory search index (Search:Engine, index by default) and the background service that builds and follows it.</summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.SectionName))
            .Validate(o => o.UsesIndex || string.Equals(o.Engine, SearchOptions.DatabaseEngine, StringComparison.OrdinalIgnoreCase),
                "Search:Engine must be 'index' or 'database'.")
            .ValidateOnStart();
        services.AddSingleton<ArticleSearchIndex>();
        services.AddHostedService(provider => provider.GetRequiredService<ArticleSearchIndex>());
        return services;
    }

    /// <summary>
    /// GET /health/search: 200 once searches use the index (or when the database answers them alone), 503 while the first
    /// build runs and searches still go to the database, so that a benchmark or a load balancer can wait for it.
    /// </summary>
    public static IEndpointRouteBuilder MapSearchIndexHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/search", (ArticleSearchIndex index) =>
        {
            if (!index.Enabled)
            {
                return Results.Ok(new { engine = SearchOptions.DatabaseEngine });
            }
            if (!index.Ready)
            {
                return Results.Json(new { engine = SearchOptions.IndexEngine, status = "building" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            var (articles, postings) = index.Size();
            return Results.Ok(new { engine = SearchOptions.IndexEngine, articles, postings });
        }).ExcludeFromDescription();
        return endpoints;
    }
}

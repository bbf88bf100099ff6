namespace NewsApi.Seeding;

public static class SeedingSetup
{
    // Owned by the data helper: registers the seeding hosted service and readiness state.
    public static IServiceCollection AddSeeding(this IServiceCollection services, IConfiguration configuration) => services;

    // Owned by the data helper: /health/live at once, /health/ready once seeding has finished.
    public static WebApplication MapNewsHealthChecks(this WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Ok());
        return app;
    }
}

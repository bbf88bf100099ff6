using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsApi.Data;

namespace NewsApi.Seeding;

/// <summary>Unhealthy until migrations and seeding have finished.</summary>
internal sealed class ReadinessHealthCheck(ReadinessState readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            readiness.IsReady ? HealthCheckResult.Healthy()
            : !readiness.DatabaseReady ? HealthCheckResult.Unhealthy("Migrations have not finished.")
            : HealthCheckResult.Unhealthy("Seeding has not finished."));
}

/// <summary>The database answers a query.</summary>
internal sealed class DatabaseHealthCheck(NewsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}

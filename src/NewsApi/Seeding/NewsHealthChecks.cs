using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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

/// <summary>The database answers a trivial query on a connection of its own; 503 from /health/ready when it does not.</summary>
internal sealed class DatabaseHealthCheck(NewsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (DbException exception)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.", exception);
        }
    }
}

using System.Net;
using NewsApi.Tests.Infrastructure;
using Npgsql;

namespace NewsApi.Tests.Postgres;

public sealed class DatabaseHealthTests
{
    [PostgresOnlyFact("a server can be taken away from under a running app; a SQLite file is reopened or recreated")]
    public async Task ReadinessIs503WhileTheDatabaseCannotBeReached()
    {
        using var factory = new NewsApiFactory { SeedingEnabled = false };
        using var client = await factory.CreateReadyClientAsync();

        // The database disappears under the running app: its sessions are ended and no new one can start.
        var database = new NpgsqlConnectionStringBuilder(factory.ConnectionString).Database!;
        TestDatabase.DropPostgresDatabase(database);
        using var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NewsApi.Data;

namespace NewsApi.Migrations.Postgres;

/// <summary>
/// Lets dotnet-ef build the PostgreSQL model without starting the web host or reaching a server:
/// `dotnet ef migrations add X --project migrations/NewsApi.Migrations.Postgres` (or migrations/add-migration.sh X for both providers).
/// </summary>
public sealed class DesignTimeNewsDbContextFactory : IDesignTimeDbContextFactory<NewsDbContext>
{
    public NewsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NewsDbContext>()
            .UseNpgsql("Host=localhost;Database=newsapi_design_time", npgsql => npgsql.MigrationsAssembly(typeof(DesignTimeNewsDbContextFactory).Assembly.GetName().Name))
            .Options;
        return new NewsDbContext(options);
    }
}

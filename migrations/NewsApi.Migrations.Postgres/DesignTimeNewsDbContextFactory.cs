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
        var builder = new DbContextOptionsBuilder<NewsDbContext>();
        builder.UseNewsPostgres("Host=localhost;Database=newsapi_design_time");
        return new NewsDbContext(builder.Options);
    }
}

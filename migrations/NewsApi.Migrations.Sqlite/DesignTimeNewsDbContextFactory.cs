using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NewsApi.Data;

namespace NewsApi.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the model without starting the web host: `dotnet ef migrations add X --project migrations/NewsApi.Migrations.Sqlite`.</summary>
public sealed class DesignTimeNewsDbContextFactory : IDesignTimeDbContextFactory<NewsDbContext>
{
    public NewsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NewsDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(typeof(DesignTimeNewsDbContextFactory).Assembly.GetName().Name))
            .Options;
        return new NewsDbContext(options);
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Data;

public sealed class DatabaseSetupTests
{
    [SqliteOnlyFact("WAL is a property of a SQLite file")]
    public async Task DatabaseFileIsInWalMode()
    {
        using var factory = await Drafts.StartAsync();

        await using var connection = new SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [SqliteOnlyFact("busy_timeout and foreign_keys are SQLite pragmas; PostgreSQL always waits for locks and enforces foreign keys")]
    public async Task EveryConnectionOfTheAppWaitsWhenBusyAndEnforcesForeignKeys()
    {
        using var factory = await Drafts.StartAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();

        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys;"));
    }

    [Fact]
    public async Task MigrationsMatchTheModelAndAreAllApplied()
    {
        using var factory = await Drafts.StartAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public void UnknownProviderStopsTheAppAtStartupWithAClearMessage()
    {
        using var factory = new NewsApiFactory { SeedingEnabled = false };
        using var oracle = factory.WithWebHostBuilder(builder => builder.UseSetting("Database:Provider", "Oracle"));

        var error = Assert.Throws<OptionsValidationException>(() => oracle.CreateClient());

        Assert.Contains("Database:Provider must be 'Sqlite' or 'Postgres'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresWithoutAUsableConnectionStringStopsTheAppAtStartupWithAClearMessage()
    {
        using var factory = new NewsApiFactory { SeedingEnabled = false };
        using var postgres = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Database:Provider", "postgres")
            .UseSetting("ConnectionStrings:News", ""));

        var error = Assert.Throws<OptionsValidationException>(() => postgres.CreateClient());

        Assert.Contains("ConnectionStrings:News must be a PostgreSQL connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedAtOrdersAndFiltersByInstantWhateverTheOffset()
    {
        using var factory = await Drafts.StartAsync();
        // 07:00Z, 08:00Z and 09:00Z written with offsets that would sort the other way round as text.
        await factory.UpsertAsync(Drafts.Article("Nine O'Clock Story", publishedAt: new DateTimeOffset(2023, 5, 2, 4, 0, 0, TimeSpan.FromHours(-5))));
        await factory.UpsertAsync(Drafts.Article("Seven O'Clock Story", publishedAt: new DateTimeOffset(2023, 5, 2, 16, 0, 0, TimeSpan.FromHours(9))));
        await factory.UpsertAsync(Drafts.Article("Eight O'Clock Story", publishedAt: new DateTimeOffset(2023, 5, 2, 8, 0, 0, TimeSpan.Zero)));

        var ordered = await factory.QueryAsync(db => db.Articles.OrderBy(a => a.PublishedAt).Select(a => a.Headline).ToListAsync());
        var from = new DateTimeOffset(2023, 5, 2, 9, 30, 0, TimeSpan.FromHours(2)); // 07:30Z
        var to = new DateTimeOffset(2023, 5, 2, 8, 30, 0, TimeSpan.Zero);
        var inRange = await factory.QueryAsync(db => db.Articles.Where(a => a.PublishedAt >= from && a.PublishedAt < to).Select(a => a.Headline).ToListAsync());
        var stored = await factory.QueryAsync(db => db.Articles.Select(a => a.PublishedAt).ToListAsync());

        Assert.Equal(["Seven O'Clock Story", "Eight O'Clock Story", "Nine O'Clock Story"], ordered);
        Assert.Equal(["Eight O'Clock Story"], inRange);
        Assert.All(stored, value => Assert.Equal(TimeSpan.Zero, value!.Value.Offset));
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

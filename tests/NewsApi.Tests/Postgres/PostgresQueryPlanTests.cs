using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Postgres;

/// <summary>What Paging/CursorPagingTests checks of SQLite's plan, on PostgreSQL's.</summary>
public sealed class PostgresQueryPlanTests
{
    [PostgresOnlyFact("EXPLAIN's output is PostgreSQL's; Paging/CursorPagingTests checks the same seek on SQLite")]
    public async Task TheCursorSeekReadsThePublishedAtIndexInOrderWithoutAFullSort()
    {
        using var factory = new NewsApiFactory { SeedingEnabled = false };
        await factory.CreateReadyClientAsync();
        var after = new PageCursor("newest", new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero).UtcTicks, 42);

        var plan = await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsDbContext>();
            var seek = ArticleKeysetPaging.SegmentsAfter(db.Articles, ArticleSort.Newest, after).First().Take(21);
            await db.Database.OpenConnectionAsync();
            // An empty table is cheaper to scan (or bitmap-scan and sort) than to read by index: forbid those, to see whether the
            // index can give the query's order at all; where it cannot, PostgreSQL still sorts despite enable_sort.
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off");
            await using var command = seek.CreateDbCommand();
            command.CommandText = "EXPLAIN " + command.CommandText;
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
            return lines;
        });

        // The index keeps NULLs first, as the query orders them (SQLite's rule); otherwise PostgreSQL would sort every dated row.
        Assert.Contains(plan, line => line.Contains("Index Scan Backward using \"IX_Articles_PublishedAt\"", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.TrimStart(' ', '-', '>').StartsWith("Sort  (", StringComparison.Ordinal));
    }
}

namespace NewsApi.Articles;

/// <summary>Each dated article's publication year (UTC), in the provider's SQL: EF cannot translate a year from stored ticks.</summary>
public static class ArticleYearsQuery
{
    /// <summary>Composable: the years facet filters and groups it in LINQ.</summary>
    public static IQueryable<ArticleYear> ArticleYears(this NewsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Instants are stored as UTC ticks (see NewsDbContext): ticks since 0001-01-01 become Unix seconds.
        return db.Database.ProviderName == NewsDbContext.NpgsqlProviderName
            ? db.Database.SqlQuery<ArticleYear>($"""
                SELECT "Id", CAST(date_part('year', to_timestamp(("PublishedAt" - 621355968000000000) / 10000000) AT TIME ZONE 'UTC') AS integer) AS "Year"
                FROM "Articles"
                WHERE "PublishedAt" IS NOT NULL
                """)
            : db.Database.SqlQuery<ArticleYear>($"""
                SELECT Id, CAST(strftime('%Y', (PublishedAt - 621355968000000000) / 10000000, 'unixepoch') AS INTEGER) AS Year
                FROM Articles
                WHERE PublishedAt IS NOT NULL
                """);
    }
}

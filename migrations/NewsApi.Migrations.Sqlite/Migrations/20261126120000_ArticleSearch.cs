using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsApi.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The full-text index of articles (SQLite FTS5), kept outside the EF model because it is provider-specific: one row per
    /// article, rowid = article id, filled here for the articles that already exist and kept in sync by the app's write path.
    /// </summary>
    public partial class ArticleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Diacritics folded so that "Erdogan" finds "Erdoğan"; prefix indexes make "kash*" a range scan instead of a full one.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    headline, standfirst, body, quotes, names,
                    tokenize = 'unicode61 remove_diacritics 2',
                    prefix = '2 3');
                """);
            migrationBuilder.Sql("""
                INSERT INTO ArticleSearch(rowid, headline, standfirst, body, quotes, names)
                SELECT a.Id,
                       a.Headline,
                       coalesce(a.Standfirst, ''),
                       coalesce((SELECT group_concat(b.value, char(10)) FROM (SELECT value FROM json_each(a.Body) ORDER BY key) AS b), ''),
                       coalesce((SELECT group_concat(q.Text, char(10)) FROM (SELECT Text FROM Quotes WHERE ArticleId = a.Id ORDER BY "Order") AS q), ''),
                       coalesce((SELECT group_concat(n.Name, char(10)) FROM (
                           SELECT p.Name AS Name FROM ArticlePeople AS l JOIN People AS p ON p.Id = l.PersonId WHERE l.ArticleId = a.Id
                           UNION ALL SELECT o.Name FROM ArticleOrganizations AS l JOIN Organizations AS o ON o.Id = l.OrganizationId WHERE l.ArticleId = a.Id
                           UNION ALL SELECT t.Name FROM ArticleTags AS l JOIN Tags AS t ON t.Id = l.TagId WHERE l.ArticleId = a.Id) AS n), '')
                FROM Articles AS a;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsApi.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The search table's own change log, outside the EF model like the table: every (re)write or removal of an article's
    /// search row appends the article's id in the same transaction, so the in-memory index of every instance follows it.
    /// </summary>
    public partial class SearchIndexLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "SearchIndexLog" (
                    "Seq" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    "ArticleId" integer NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchIndexLog";""");
        }
    }
}

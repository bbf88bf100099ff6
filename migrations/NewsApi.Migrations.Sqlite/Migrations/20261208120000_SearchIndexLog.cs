using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsApi.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The search table's own change log, outside the EF model like the table: every (re)write or removal of an article's
    /// search row appends the article's id in the same statement batch and transaction, so an in-memory index that follows
    /// the log by sequence never misses a write, whichever process made it.
    /// </summary>
    public partial class SearchIndexLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // AUTOINCREMENT: a sequence is never reused, even after the newest rows are deleted.
            migrationBuilder.Sql("""
                CREATE TABLE "SearchIndexLog" (
                    "Seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    "ArticleId" INTEGER NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchIndexLog";""");
        }
    }
}

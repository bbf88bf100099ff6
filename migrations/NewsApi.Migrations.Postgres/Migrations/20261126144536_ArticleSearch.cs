using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsApi.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The full-text index of articles on PostgreSQL, kept outside the EF model because it is provider-specific: one row per
    /// article keyed by its id, with the indexed texts (highlights are cut from them) and a stored, weighted tsvector over them
    /// (A headline, B standfirst, C quotes and names, D body) behind a GIN index. The app's write path keeps it in sync.
    /// </summary>
    public partial class ArticleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // unaccent is a trusted extension: a database owner may create it without being a superuser.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");

            // The words as SQLite's unicode61 tokenizer sees them: diacritics removed, lowered, every run of characters that are
            // not letters or digits turned into one space, so that PostgreSQL's parser finds the same words (it would otherwise
            // keep "al-assad", "3.5" or "u.s" whole). ICU's character classes, whatever the database's locale. unaccent() is
            // only STABLE (its dictionary could change), so a generated column needs this IMMUTABLE wrapper naming it exactly.
            migrationBuilder.Sql("""
                CREATE FUNCTION news_search_words(text) RETURNS text
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1) COLLATE "und-x-icu"), '[^[:alnum:]]+', ' ', 'g') $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION news_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "ArticleSearch" (
                    "Id" integer PRIMARY KEY,
                    headline text NOT NULL,
                    standfirst text NOT NULL,
                    body text NOT NULL,
                    quotes text NOT NULL,
                    names text NOT NULL,
                    document tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('simple', news_search_words(headline)), 'A')
                        || setweight(to_tsvector('simple', news_search_words(standfirst)), 'B')
                        || setweight(to_tsvector('simple', news_search_words(quotes || E'\n' || names)), 'C')
                        || setweight(to_tsvector('simple', news_search_words(body)), 'D')) STORED);
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_ArticleSearch_document" ON "ArticleSearch" USING gin (document);""");
            migrationBuilder.Sql("""
                INSERT INTO "ArticleSearch"("Id", headline, standfirst, body, quotes, names)
                SELECT a."Id",
                       a."Headline",
                       coalesce(a."Standfirst", ''),
                       array_to_string(a."Body", E'\n'),
                       coalesce((SELECT string_agg(q."Text", E'\n' ORDER BY q."Order") FROM "Quotes" AS q WHERE q."ArticleId" = a."Id"), ''),
                       coalesce((SELECT string_agg(n.name, E'\n') FROM (
                           SELECT p."Name" AS name FROM "ArticlePeople" AS l JOIN "People" AS p ON p."Id" = l."PersonId" WHERE l."ArticleId" = a."Id"
                           UNION ALL SELECT o."Name" FROM "ArticleOrganizations" AS l JOIN "Organizations" AS o ON o."Id" = l."OrganizationId" WHERE l."ArticleId" = a."Id"
                           UNION ALL SELECT t."Name" FROM "ArticleTags" AS l JOIN "Tags" AS t ON t."Id" = l."TagId" WHERE l."ArticleId" = a."Id") AS n), '')
                FROM "Articles" AS a;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticleSearch";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS news_unaccent(text);");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS news_search_words(text);");
        }
    }
}

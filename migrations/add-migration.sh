#!/usr/bin/env bash
# Adds a migration of the same name to both providers' projects, so that SQLite and PostgreSQL stay in step:
#   migrations/add-migration.sh AddBylineIndex
# dotnet-ef builds the model through each project's DesignTimeNewsDbContextFactory; no database is needed.
# Raw SQL that only one provider understands (like the search tables) goes into each generated migration by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 1 ] || [[ ! "$1" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "usage: $0 <MigrationName>   (PascalCase, letters and digits)" >&2
  exit 2
fi
name=$1

dotnet tool restore >/dev/null
for project in migrations/NewsApi.Migrations.Sqlite migrations/NewsApi.Migrations.Postgres; do
  echo "== $project"
  dotnet ef migrations add "$name" --project "$project" --output-dir Migrations
done

# A model change that one provider's snapshot missed would show up here as a migration in one project only.
echo "Added $name to both projects; review both Up() methods, then run the tests on both providers (README, PostgreSQL)."

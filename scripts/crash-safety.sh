#!/usr/bin/env bash
# Crash safety of the write path: kill the API with SIGKILL while it migrates and at random points while it seeds, and check
# after each kill that the SQLite file passes PRAGMA integrity_check and that the next start gets going; once seeding is finally
# let finish, the database must hold exactly what a clean run stores (row counts, articles without a search row, and a digest
# of the articles' content hashes).
#
# Usage: scripts/crash-safety.sh [DOCS] [KILLS]        (10,000 documents and 10 kills by default)
# Settings (environment): SEED (random seed of the kill points), PORT (5377), CONFIG (Release), ARTIFACTS (build output
# folder; empty = the projects' own bin/ folders, which is what `dotnet test` already built in CI), WORK (scratch folder),
# TIMEOUT (seconds the clean run may take to seed, 1800).
# Prints "CHECK crash-safety-kill-during-migration", one "CHECK crash-safety-kill-N" per kill and
# "CHECK crash-safety-final-state", each ": passed" or ": failed"; exits 0 even when a check fails (the CHECK lines carry
# the verdict), non-zero only when it cannot run at all.
set -euo pipefail

DOCS=${1:-10000}
KILLS=${2:-10}
PORT=${PORT:-5377}
CONFIG=${CONFIG:-Release}
ARTIFACTS=${ARTIFACTS-/tmp/newsapi-crash-safety/artifacts}
WORK=${WORK:-/tmp/newsapi-crash-safety}
SEED=${SEED:-$(date +%s)}
RANDOM=$SEED

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DOCS_DIR="$WORK/docs-$DOCS"
DB="$WORK/crash.db"
LOG="$WORK/api.log"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK"

log() { echo "# $*" >&2; }

if ! command -v sqlite3 >/dev/null; then
  log "installing sqlite3"
  apt-get install -y sqlite3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y sqlite3 >/dev/null; }
fi

configuration=$(echo "$CONFIG" | tr '[:upper:]' '[:lower:]')
build_args=(-c "$CONFIG" -nologo -v quiet)
if [ -n "$ARTIFACTS" ]; then
  build_args+=(--artifacts-path "$ARTIFACTS")
  API_DLL="$ARTIFACTS/bin/NewsApi/$configuration/NewsApi.dll"
  GENERATOR_DLL="$ARTIFACTS/bin/NewsApi.DocumentGenerator/$configuration/NewsApi.DocumentGenerator.dll"
else
  API_DLL="$ROOT/src/NewsApi/bin/$CONFIG/net10.0/NewsApi.dll"
  GENERATOR_DLL="$ROOT/bench/NewsApi.DocumentGenerator/bin/$CONFIG/net10.0/NewsApi.DocumentGenerator.dll"
fi
log "building NewsApi and the document generator ($CONFIG)"
for project in src/NewsApi/NewsApi.csproj bench/NewsApi.DocumentGenerator/NewsApi.DocumentGenerator.csproj; do
  dotnet build "$ROOT/$project" "${build_args[@]}" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
done

if [ "$(find "$DOCS_DIR" -name 'gen_*.txt' 2>/dev/null | wc -l)" -ne "$DOCS" ]; then
  rm -rf "$DOCS_DIR"
  dotnet "$GENERATOR_DLL" "$DOCS_DIR" "$DOCS" >&2
fi

API_PID=""
cleanup() {
  if [ -n "$API_PID" ]; then kill -9 "$API_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

start_api() {
  ASPNETCORE_ENVIRONMENT=Production dotnet "$API_DLL" --urls "$BASE" \
    --ConnectionStrings:News="Data Source=$DB" \
    --Seeding:Path="$DOCS_DIR" --RateLimits:Enabled=false \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:NewsApi.Seeding=Information \
    >>"$LOG" 2>&1 &
  API_PID=$!
}

# Waits for /health/ready; fails when the process dies first or after TIMEOUT seconds (30 minutes).
wait_ready() {
  local deadline=$((SECONDS + ${TIMEOUT:-1800}))
  until curl -sf "$BASE/health/ready" >/dev/null 2>&1; do
    kill -0 "$API_PID" 2>/dev/null || { tail -30 "$LOG" >&2; return 1; }
    [ "$SECONDS" -lt "$deadline" ] || { log "not ready after ${TIMEOUT:-1800} s"; return 1; }
    sleep 0.2
  done
}

stop_api() {
  kill -TERM "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  API_PID=""
}

fresh_db() { rm -f "$DB" "$DB-wal" "$DB-shm"; }

integrity() { sqlite3 "$DB" 'PRAGMA integrity_check;' 2>&1 | tr '\n' ' ' | sed 's/ $//'; }

# What must equal a clean run: row counts, articles without a search row, and the digest of every content hash.
state() {
  sqlite3 "$DB" "
    SELECT 'articles ' || count(*) FROM Articles;
    SELECT 'people ' || count(*) FROM People;
    SELECT 'organizations ' || count(*) FROM Organizations;
    SELECT 'tags ' || count(*) FROM Tags;
    SELECT 'quotes ' || count(*) FROM Quotes;
    SELECT 'images ' || count(*) FROM Images;
    SELECT 'article-people ' || count(*) FROM ArticlePeople;
    SELECT 'search-rows ' || count(*) FROM ArticleSearch;
    SELECT 'articles-without-search-row ' || count(*) FROM Articles WHERE Id NOT IN (SELECT rowid FROM ArticleSearch);"
  echo "content-digest $(sqlite3 "$DB" 'SELECT ContentHash FROM Articles ORDER BY ContentHash;' | sha256sum | cut -c1-16)"
}

# Names depend on the order documents were stored in, so they are shown beside the verdict but do not decide it.
names_digest() {
  sqlite3 "$DB" "SELECT Slug FROM People UNION ALL SELECT Slug FROM Organizations UNION ALL SELECT Slug FROM Tags ORDER BY 1;" | sha256sum | cut -c1-16
}

: >"$LOG"
if curl -s -o /dev/null "$BASE/health/live" 2>/dev/null; then
  echo "something already answers on port $PORT; set PORT to a free one" >&2
  exit 1
fi
log "seed $SEED; $DOCS documents, $KILLS kills; work folder $WORK; load average $(cut -d' ' -f1-3 /proc/loadavg)"

log "reference run: a clean seeding of $DOCS documents"
fresh_db
started=$(date +%s%N)
start_api
until curl -s -o /dev/null "$BASE/health/live" 2>/dev/null; do sleep 0.1; done
STARTUP_MS=$((($(date +%s%N) - started) / 1000000))
wait_ready
SEED_MS=$((($(date +%s%N) - started) / 1000000))
stop_api
REFERENCE=$(state)
REFERENCE_NAMES=$(names_digest)
log "reference: listening after $STARTUP_MS ms, ready after $SEED_MS ms; $(echo "$REFERENCE" | tr '\n' ',' | sed 's/,$//'); integrity $(integrity)"

articles() { sqlite3 "$DB" 'SELECT count(*) FROM Articles;' 2>/dev/null || echo 0; }

# check <name> <integrity result> <yes|no>: one CHECK line.
check() {
  if [ "$2" = ok ] && [ "$3" = yes ]; then echo "CHECK crash-safety-$1: passed"; else echo "CHECK crash-safety-$1: failed"; fi
}

# Kill 0, during the first migration: EF Core holds its SQLite migration lock as a row in a table, the one piece of state a kill
# can leave behind that the next start must clean up. Caught by polling for that row; when the poll misses the short window,
# the row is written as the kill would have left it.
fresh_db
start_api
caught=no
while kill -0 "$API_PID" 2>/dev/null && ! curl -s -o /dev/null "$BASE/health/live" 2>/dev/null; do
  if [ "$(sqlite3 "$DB" 'SELECT count(*) FROM __EFMigrationsLock;' 2>/dev/null)" = 1 ]; then
    kill -9 "$API_PID"
    caught=yes
    break
  fi
done
kill -9 "$API_PID" 2>/dev/null || true
wait "$API_PID" 2>/dev/null || true
API_PID=""
if [ "$caught" = no ]; then
  sqlite3 "$DB" 'CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
    INSERT OR IGNORE INTO "__EFMigrationsLock" VALUES (1, datetime());'
fi
result=$(integrity)
applied=$(sqlite3 "$DB" 'SELECT count(*) FROM __EFMigrationsHistory;' 2>/dev/null || echo 0)
start_api
listening=no
deadline=$((SECONDS + 60 + 3 * STARTUP_MS / 1000))
while kill -0 "$API_PID" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
  if curl -s -o /dev/null "$BASE/health/live" 2>/dev/null; then listening=yes; break; fi
  sleep 0.2
done
log "kill 0 during the first migration (lock row $([ "$caught" = yes ] && echo 'caught held' || echo 'missed, written by hand'), $applied migrations applied): integrity '$result', the next start listens: $listening"
check kill-during-migration "$result" "$listening"

# Kills 1..KILLS at random points of the seeding: KILLS distinct random article counts, sorted, each reached and then
# overshot by up to 0.3 s so that the kill falls anywhere inside the next document's transaction. Every restart parses the
# stored documents again (they are found unchanged by content hash) before it reaches new ones.
mapfile -t TARGETS < <(python3 -c "import random; r = random.Random($SEED); print('\n'.join(map(str, sorted(r.sample(range(1, $DOCS), min($KILLS, $DOCS - 1))))))")
reach_timeout=$((120 + 3 * SEED_MS / 1000))
for kill_number in $(seq "${#TARGETS[@]}"); do
  target=${TARGETS[$((kill_number - 1))]}
  [ -n "$API_PID" ] || start_api
  started=$SECONDS
  phase=seeding
  until [ "$(articles)" -ge "$target" ]; do
    kill -0 "$API_PID" 2>/dev/null || { phase=died; break; }
    curl -sf "$BASE/health/ready" >/dev/null 2>&1 && { phase=ready; break; }
    [ $((SECONDS - started)) -lt "$reach_timeout" ] || { phase="stuck for $reach_timeout s"; break; }
    sleep 0.1
  done
  sleep "0.$(printf '%03d' $((RANDOM % 300)))"
  alive=yes
  kill -0 "$API_PID" 2>/dev/null || alive=no
  kill -9 "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  API_PID=""
  result=$(integrity)
  log "kill $kill_number at about $target articles ($phase after $((SECONDS - started)) s, alive until the kill: $alive): integrity '$result', articles stored $(articles)"
  [ "$phase" = seeding ] || alive=no
  check "kill-$kill_number" "$result" "$alive"
done

log "final run: restart and let seeding finish"
final_ok=yes
start_api
TIMEOUT=$reach_timeout wait_ready || final_ok=no
[ -n "$API_PID" ] && stop_api
FINAL=$(state)
FINAL_NAMES=$(names_digest)
final_integrity=$(integrity)
log "final: $(echo "$FINAL" | tr '\n' ',' | sed 's/,$//'); integrity $final_integrity"
log "names digest (not part of the verdict): reference $REFERENCE_NAMES, final $FINAL_NAMES"
if [ "$final_ok" = yes ] && [ "$final_integrity" = ok ] && [ "$FINAL" = "$REFERENCE" ]; then
  echo "CHECK crash-safety-final-state: passed"
else
  diff <(echo "$REFERENCE") <(echo "$FINAL") >&2 || true
  echo "CHECK crash-safety-final-state: failed"
fi
log "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

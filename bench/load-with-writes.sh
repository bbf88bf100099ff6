#!/usr/bin/env bash
# Load with writes: seeds SEED_DOCS generated documents, then RUNS times, each on a fresh copy of that database, runs
# NewsApi.LoadWithWrites for DURATION seconds (80 % reads, 20 % writes: ingests of new documents and PUT/PATCH edits with
# If-Match) at WORKERS connections; then stops the API, runs PRAGMA integrity_check on the file, restarts the API and reads
# every acknowledged write back once more. Prints each run and the medians.
# Usage: bench/load-with-writes.sh
# Settings: SEED_DOCS (2000), POOL (documents to ingest, 6000), RUNS (3), DURATION (60), WORKERS (64), WRITE_SHARE (0.2),
#           CACHE (output cache on|off, on), PORT (5366), ARTIFACTS (build output, bench/generated/load-with-writes/artifacts).
set -euo pipefail

SEED_DOCS=${SEED_DOCS:-2000}
POOL=${POOL:-6000}
RUNS=${RUNS:-3}
DURATION=${DURATION:-60}
WORKERS=${WORKERS:-64}
WRITE_SHARE=${WRITE_SHARE:-0.2}
CACHE=${CACHE:-on}
PORT=${PORT:-5366}

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
WORK="$BENCH/generated/load-with-writes"
ARTIFACTS=${ARTIFACTS:-$WORK/artifacts}
RESULTS="$BENCH/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$RESULTS/$STAMP-load-with-writes.txt"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK" "$RESULTS"

log() { echo "# $*" | tee -a "$OUT" >&2; }

if ! command -v sqlite3 >/dev/null; then
  log "installing sqlite3"
  apt-get install -y sqlite3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y sqlite3 >/dev/null; }
fi
if curl -s -o /dev/null "$BASE/health/live" 2>/dev/null; then
  echo "something already answers on port $PORT; set PORT to a free one" >&2
  exit 1
fi

log "machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB memory, $(dotnet --version) SDK; commit $(git -C "$ROOT" rev-parse --short HEAD)"
log "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

log "building in Release"
for project in src/NewsApi/NewsApi.csproj bench/NewsApi.DocumentGenerator/NewsApi.DocumentGenerator.csproj bench/NewsApi.LoadWithWrites/NewsApi.LoadWithWrites.csproj; do
  dotnet build "$ROOT/$project" -c Release --artifacts-path "$ARTIFACTS" -nologo -v quiet >/dev/null
done
API_DLL="$ARTIFACTS/bin/NewsApi/release/NewsApi.dll"
GENERATOR_DLL="$ARTIFACTS/bin/NewsApi.DocumentGenerator/release/NewsApi.DocumentGenerator.dll"
CLIENT_DLL="$ARTIFACTS/bin/NewsApi.LoadWithWrites/release/NewsApi.LoadWithWrites.dll"

# One generated set: the first SEED_DOCS are seeded, the rest are the new documents the client ingests.
TOTAL=$((SEED_DOCS + POOL))
ALL="$WORK/all-$TOTAL"
SEEDS="$WORK/seeds-$SEED_DOCS-of-$TOTAL"
INGEST="$WORK/ingest-$POOL-of-$TOTAL"
if [ "$(find "$ALL" -name 'gen_*.txt' 2>/dev/null | wc -l)" -ne "$TOTAL" ]; then
  rm -rf "$ALL" "$SEEDS" "$INGEST"
  dotnet "$GENERATOR_DLL" "$ALL" "$TOTAL" | tee -a "$OUT" >&2
fi
if [ "$(find "$SEEDS" -name 'gen_*.txt' 2>/dev/null | wc -l)" -ne "$SEED_DOCS" ] || [ "$(find "$INGEST" -name 'gen_*.txt' 2>/dev/null | wc -l)" -ne "$POOL" ]; then
  rm -rf "$SEEDS" "$INGEST"
  mkdir -p "$SEEDS" "$INGEST"
  mapfile -t NAMES < <(cd "$ALL" && find . -maxdepth 1 -name 'gen_*.txt' -printf '%f\n' | sort)
  (cd "$ALL" && cp -l -t "$SEEDS" "${NAMES[@]:0:SEED_DOCS}" && cp -l -t "$INGEST" "${NAMES[@]:SEED_DOCS}")
fi

# A key made for this run only; the API is given its hash, as in production.
KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
KEY_HASH=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)
CACHE_ENABLED=false
[ "$CACHE" = on ] && CACHE_ENABLED=true

API_PID=""
cleanup() {
  if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

# start_api <database file> <seed: true|false> <log file>
start_api() {
  ASPNETCORE_ENVIRONMENT=Production dotnet "$API_DLL" --urls "$BASE" \
    --ConnectionStrings:News="Data Source=$1" \
    --Seeding:Path="$SEEDS" --Seeding:Enabled="$2" \
    --RateLimits:Enabled=false --Caching:OutputCache:Enabled="$CACHE_ENABLED" \
    --ApiKeys:Keys:0:Name=load-with-writes --ApiKeys:Keys:0:Sha256="$KEY_HASH" --ApiKeys:Keys:0:Role=editor \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:NewsApi.Seeding=Information \
    >>"$3" 2>&1 &
  API_PID=$!
  until curl -sf "$BASE/health/ready" >/dev/null 2>&1; do
    kill -0 "$API_PID" 2>/dev/null || { tail -30 "$3" >&2; exit 1; }
    sleep 0.5
  done
}

stop_api() {
  kill "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  API_PID=""
}

BASE_DB="$WORK/base-$SEED_DOCS.db"
if [ ! -f "$BASE_DB" ] || [ "$(sqlite3 "$BASE_DB" 'SELECT count(*) FROM Articles;' 2>/dev/null || echo 0)" -ne "$SEED_DOCS" ]; then
  rm -f "$BASE_DB" "$BASE_DB-wal" "$BASE_DB-shm"
  log "seeding $SEED_DOCS documents"
  start_api "$BASE_DB" true "$WORK/api-seed.log"
  stop_api
fi
log "base database: $(sqlite3 "$BASE_DB" 'SELECT count(*) FROM Articles;') articles; output cache $CACHE; $WORKERS workers, $DURATION s, write share $WRITE_SHARE"

verdict=passed
results=""
for run in $(seq "$RUNS"); do
  DB="$WORK/run.db"
  rm -f "$DB" "$DB-wal" "$DB-shm"
  sqlite3 "$BASE_DB" ".backup '$DB'"
  API_LOG="$WORK/api-run-$run.log"
  : >"$API_LOG"
  start_api "$DB" false "$API_LOG"
  log "run $run: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  client_status=0
  dotnet "$CLIENT_DLL" run --base-url "$BASE" --key "$KEY" --ingest "$INGEST" --duration "$DURATION" --workers "$WORKERS" \
    --write-share "$WRITE_SHARE" --seed "$((20260101 + run))" --acks "$WORK/acks-$run.json" | tee -a "$OUT" >"$WORK/client-$run.txt" || client_status=$?
  cat "$WORK/client-$run.txt" >&2
  alive=yes
  kill -0 "$API_PID" 2>/dev/null || alive=no
  stop_api
  integrity=$(sqlite3 "$DB" 'PRAGMA integrity_check;' | tr '\n' ' ' | sed 's/ $//')
  start_api "$DB" false "$API_LOG"
  verify_status=0
  dotnet "$CLIENT_DLL" verify --base-url "$BASE" --key "$KEY" --acks "$WORK/acks-$run.json" | tee -a "$OUT" >&2 || verify_status=$?
  stop_api
  server_errors=$(grep -c -E '^(fail|crit):' "$API_LOG" || true)
  log "run $run: client exit $client_status, API alive at the end: $alive, integrity_check: $integrity, read back after a restart: exit $verify_status, error log entries: $server_errors, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "$client_status" -ne 0 ] || [ "$alive" != yes ] || [ "$integrity" != ok ] || [ "$verify_status" -ne 0 ]; then
    verdict=failed
  fi
  results+=$(grep '^RESULT ' "$WORK/client-$run.txt" || true)$'\n'
done

echo "req/s read-p50 read-p99 write-p50 write-p99 errors 412s acked-ingests acked-edits verify-failures (medians of $RUNS runs, ms)" | tee -a "$OUT"
echo "$results" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split()[1:])) for line in sys.stdin if line.startswith("RESULT")]
print(" ".join(f"{statistics.median(column):g}" for column in zip(*rows)) if rows else "no run produced figures")
' | tee -a "$OUT"
log "load-with-writes: $verdict"
log "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
log "results in $OUT"
[ "$verdict" = passed ]

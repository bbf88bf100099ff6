#!/usr/bin/env bash
# Load benchmark on PostgreSQL with two API instances behind nginx: generates DOCS documents, seeds them once into a
# PostgreSQL database (one instance seeds, the second starts on the seeded database), puts Debian's nginx in front of both
# (round-robin, keepalive) and runs bench/run.sh's five read scenarios through it with output caching off and on, RUNS
# times each, then the ceiling endpoint directly and through nginx for ratios.
# Usage: bench/run-postgres.sh            (10,000 documents)
#        RESEED=1 bench/run-postgres.sh   (drop and seed the database again; by default a database seeded before is reused)
#        SEED_FROM=bench/generated/bench-10000.db bench/run-postgres.sh
#                                         (fill the database from a SQLite file seeded by bench/run.sh, with the transfer
#                                          command, instead of seeding through the API: much faster on a loaded machine)
# Settings: DOCS, RUNS (3), DURATION (wrk seconds, 10), WARMUP (seconds, 3), CONNECTIONS (32), THREADS (2),
#           TIMEOUT (wrk's per-request timeout in seconds, 2 as in bench/run.sh; slower answers count as errors, not latency),
#           PORT (5190: nginx; the instances take PORT+1 and PORT+2, the ceiling PORT+3 and PORT+4),
#           PGLOCAL_DIR (/tmp/newsapi-bench-postgres: the local server of scripts/postgres-local.sh).
set -euo pipefail

DOCS=${DOCS:-10000}
RUNS=${RUNS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-2}
PORT=${PORT:-5190}
API1_PORT=$((PORT + 1))
API2_PORT=$((PORT + 2))
CEILING_PORT=$((PORT + 3))
CEILING_PROXY_PORT=$((PORT + 4))
export PGLOCAL_DIR=${PGLOCAL_DIR:-/tmp/newsapi-bench-postgres}

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
# A folder of its own, so that this script and bench/run.sh can run side by side without sharing builds or files.
WORK="$BENCH/generated/postgres"
ARTIFACTS="$WORK/artifacts"
DOCS_DIR="$WORK/docs-$DOCS"
DATABASE="newsapi_bench_$DOCS"
RESULTS="$BENCH/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$RESULTS/$STAMP-postgres-$DOCS.txt"
mkdir -p "$WORK" "$RESULTS"

log() { echo "# $*" | tee -a "$OUT" >&2; }

install_missing() {
  local command=$1 package=$2
  command -v "$command" >/dev/null && return
  log "installing $package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y "$package" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y "$package" >/dev/null; }
}
install_missing wrk wrk
install_missing nginx nginx-light
install_missing psql postgresql-client
command -v python3 >/dev/null || { echo "python3 is needed to read JSON responses" >&2; exit 1; }

log "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(free -m | awk '/Mem:/ {print $2}') MB memory, $(dotnet --version) SDK"
log "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg); wrk: $CONNECTIONS connections, $THREADS threads, ${DURATION} s runs, timeout ${TIMEOUT} s"

# The server: scripts/postgres-local.sh's throwaway cluster (fsync off: a benchmark of the API, not of the disk).
eval "$("$ROOT/scripts/postgres-local.sh" start)"
ADMIN="$NEWSAPI_TEST_POSTGRES"
field() { tr ';' '\n' <<<"$ADMIN" | awk -F= -v key="$1" 'tolower($1) == tolower(key) { print substr($0, length($1) + 2) }'; }
export PGHOST=$(field Host) PGPORT=$(field Port) PGUSER=$(field Username) PGPASSWORD=$(field Password)
log "PostgreSQL $(psql -d postgres -Atc 'SHOW server_version') on $PGHOST:$PGPORT, database $DATABASE"
NEWS="$ADMIN;Database=$DATABASE"

log "building in Release"
for project in src/NewsApi/NewsApi.csproj bench/NewsApi.DocumentGenerator/NewsApi.DocumentGenerator.csproj bench/NewsApi.Ceiling/NewsApi.Ceiling.csproj tools/NewsApi.Transfer/NewsApi.Transfer.csproj; do
  dotnet build "$ROOT/$project" -c Release --artifacts-path "$ARTIFACTS" -nologo -v quiet >"$WORK/build.log" 2>&1 \
    || { grep -E 'error' "$WORK/build.log" | sort -u >&2; exit 1; }
done
API_DLL="$ARTIFACTS/bin/NewsApi/release/NewsApi.dll"
GENERATOR_DLL="$ARTIFACTS/bin/NewsApi.DocumentGenerator/release/NewsApi.DocumentGenerator.dll"
CEILING_DLL="$ARTIFACTS/bin/NewsApi.Ceiling/release/NewsApi.Ceiling.dll"
TRANSFER_DLL="$ARTIFACTS/bin/NewsApi.Transfer/release/NewsApi.Transfer.dll"

if [ -z "${SEED_FROM:-}" ] && [ "$(find "$DOCS_DIR" -name 'gen_*.txt' 2>/dev/null | wc -l)" -ne "$DOCS" ]; then
  rm -rf "$DOCS_DIR"
  dotnet "$GENERATOR_DLL" "$DOCS_DIR" "$DOCS" | tee -a "$OUT" >&2
fi

API1_PID=""
API2_PID=""
NGINX_PID=""
CEILING_PID=""
cleanup() {
  for pid in "$API1_PID" "$API2_PID" "$NGINX_PID" "$CEILING_PID"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

# start_api <port> <output cache on|off> <seed true|false> <log file>: starts one instance in the background, prints its pid.
start_api() {
  local port=$1 cache=$2 seed=$3 logfile=$4
  local cache_enabled=false
  [ "$cache" = on ] && cache_enabled=true
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__News="$NEWS" \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$port" \
    --Seeding:Path="$DOCS_DIR" --Seeding:Enabled="$seed" \
    --RateLimits:Enabled=false \
    --Caching:OutputCache:Enabled="$cache_enabled" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:NewsApi.Seeding=Information \
    >"$logfile" 2>&1 &
  echo $!
}

wait_ready() {
  local port=$1 pid=$2 logfile=$3
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$logfile" >&2; exit 1; }
    sleep 1
  done
}

# The instances are started inside $(...), so they are not this shell's children: wait for them by polling.
stop_pid() {
  kill "$1" 2>/dev/null || true
  for _ in $(seq 150); do
    kill -0 "$1" 2>/dev/null || break
    sleep 0.2
  done
  wait "$1" 2>/dev/null || true
}

# start_pair <cache on|off>: both instances on the seeded database (neither seeds again), ready.
start_pair() {
  local cache=$1
  API1_PID=$(start_api "$API1_PORT" "$cache" false "$WORK/api1-$cache.log")
  API2_PID=$(start_api "$API2_PORT" "$cache" false "$WORK/api2-$cache.log")
  wait_ready "$API1_PORT" "$API1_PID" "$WORK/api1-$cache.log"
  wait_ready "$API2_PORT" "$API2_PID" "$WORK/api2-$cache.log"
}

stop_pair() {
  stop_pid "$API1_PID"; API1_PID=""
  stop_pid "$API2_PID"; API2_PID=""
}

# start_nginx <port> <upstream port> <upstream port>
start_nginx() {
  local port=$1 first=$2 second=$3 dir="$WORK/nginx-$1"
  mkdir -p "$dir"
  sed -e "s|@WORK@|$dir|g" -e "s|@PORT@|$port|g" -e "s|@API1@|$first|g" -e "s|@API2@|$second|g" \
    "$BENCH/nginx.conf.template" >"$dir/nginx.conf"
  nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/nginx-error.log" &
  NGINX_PID=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$dir/nginx-error.log" >&2; exit 1; }
    sleep 0.2
  done
}

stop_nginx() {
  stop_pid "$NGINX_PID"; NGINX_PID=""
}

# CPU seconds a process has used so far (user + system), to show that both instances took their share of the load.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) / hz }' "/proc/$1/stat"; }
peak_mb() { awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$1/status"; }

# measure <name> <url> [paths file]: RUNS runs after a warm-up; prints the median of each figure.
measure() {
  local name=$1 url=$2 paths=${3:-}
  WRK_PATHS="$paths" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "${TIMEOUT}s" -s "$BENCH/report.lua" "$url" >/dev/null
  local lines=""
  for _ in $(seq "$RUNS"); do
    lines+=$(WRK_PATHS="$paths" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "${TIMEOUT}s" --latency -s "$BENCH/report.lua" "$url" | grep '^RESULT')$'\n'
  done
  echo "$lines" | grep RESULT | tee -a "$WORK/raw-$STAMP.txt" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split()[1:])) for line in sys.stdin if line.strip()]
if not rows:
    print(f"{sys.argv[1]} failed: no answer (did the API stop?)")
    sys.exit(0)
medians = [statistics.median(column) for column in zip(*rows)]
print(f"{sys.argv[1]} {medians[0]:.0f} {medians[1]:.2f}ms {medians[2]:.2f}ms {int(medians[3])}")
' "$name"
}

json() { python3 -c "import json, sys; data = json.load(sys.stdin); print($1)"; }

# Seeding, once: a database seeded before (same DOCS) is reused unless RESEED=1.
seeded=$(psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")
if [ "${RESEED:-0}" = 1 ] || [ "$seeded" != 1 ]; then
  psql -d postgres -qc "DROP DATABASE IF EXISTS \"$DATABASE\" WITH (FORCE)" -c "CREATE DATABASE \"$DATABASE\""
fi
if [ -n "${SEED_FROM:-}" ] && [ "$(psql -d "$DATABASE" -Atc 'SELECT count(*) FROM "Articles"' 2>/dev/null || echo 0)" -lt "$DOCS" ]; then
  log "filling $DATABASE from $SEED_FROM with the transfer command"
  started=$(date +%s.%N)
  dotnet "$TRANSFER_DLL" --from "sqlite:$SEED_FROM" --to "postgres:$NEWS" --force | tee -a "$OUT" >&2
  log "transfer: $(python3 -c "print(round($(date +%s.%N) - $started, 1))") s in all (build excluded)"
elif [ "$(psql -d "$DATABASE" -Atc 'SELECT count(*) FROM "Articles"' 2>/dev/null || echo 0)" -lt "$DOCS" ]; then
  log "seeding $DOCS documents into PostgreSQL (one instance, output cache off)"
  API1_PID=$(start_api "$API1_PORT" off true "$WORK/seed.log")
  wait_ready "$API1_PORT" "$API1_PID" "$WORK/seed.log"
  SEED_MS=$(grep -o 'Seeding finished.* in [0-9]* ms' "$WORK/seed.log" | grep -o '[0-9]* ms' | tail -1 | cut -d' ' -f1)
  log "seeding: $DOCS documents in $SEED_MS ms = $(python3 -c "print(round($DOCS / ($SEED_MS / 1000)))") documents/s (parse + store, one writer)"
  log "seeding instance memory: VmHWM $(peak_mb "$API1_PID")"
  stop_pid "$API1_PID"; API1_PID=""
else
  log "reusing database $DATABASE (seeded before; RESEED=1 seeds again)"
fi
log "database: $(psql -d "$DATABASE" -Atc "SELECT count(*) || ' articles, ' || (SELECT count(*) FROM \"People\") || ' people, ' || pg_size_pretty(pg_database_size(current_database())) FROM \"Articles\"")"

BASE="http://127.0.0.1:$PORT"
run_scenarios() {
  local cache=$1
  measure "list-newest-20 cache=$cache" "$BASE/api/articles?pageSize=20"
  measure "one-article cache=$cache" "$BASE/" "$WORK/article-paths.txt"
  measure "tag-newest-20 cache=$cache" "$BASE/api/articles?pageSize=20&tag=$TAG"
  measure "search-one-word cache=$cache" "$BASE/api/articles?q=$WORD"
  measure "faceted-list cache=$cache" "$BASE/api/articles?pageSize=20&facets=tags,people,organizations,sources,years"
  kill -0 "$API1_PID" 2>/dev/null && kill -0 "$API2_PID" 2>/dev/null || echo "# an instance stopped during the scenarios above" >&2
}

start_pair off
start_nginx "$PORT" "$API1_PORT" "$API2_PORT"
LIST_BODY="$WORK/list-body.json"
curl -sf "$BASE/api/articles?pageSize=20" -o "$LIST_BODY"
curl -sf "$BASE/api/articles?pageSize=100" | json '"\n".join("/api/articles/" + item["slug"] for item in data["items"])' >"$WORK/article-paths.txt"
TAG=$(curl -sf "$BASE/api/tags?pageSize=100" | json 'sorted(data["items"], key=lambda t: -t.get("articleCount", 0))[len(data["items"]) // 2]["slug"]')
WORD=${WORD:-harbour}
log "list body $(wc -c <"$LIST_BODY") bytes; tag '$TAG'; search word '$WORD'"
log "through nginx: search $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/articles?q=$WORD"), facets $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/articles?facets=tags,people,organizations,sources,years")"

echo "scenario req/s p50 p99 errors" | tee -a "$OUT"
cpu1=$(cpu_seconds "$API1_PID"); cpu2=$(cpu_seconds "$API2_PID")
run_scenarios off | tee -a "$OUT"
log "cache off: CPU seconds during the scenarios, instance 1 $(( $(cpu_seconds "$API1_PID") - cpu1 )) s, instance 2 $(( $(cpu_seconds "$API2_PID") - cpu2 )) s; peak memory (VmHWM) $(peak_mb "$API1_PID") and $(peak_mb "$API2_PID")"
stop_nginx
stop_pair

start_pair on
start_nginx "$PORT" "$API1_PORT" "$API2_PORT"
cpu1=$(cpu_seconds "$API1_PID"); cpu2=$(cpu_seconds "$API2_PID")
CACHED=$(run_scenarios on)
log "cache on: CPU seconds during the scenarios, instance 1 $(( $(cpu_seconds "$API1_PID") - cpu1 )) s, instance 2 $(( $(cpu_seconds "$API2_PID") - cpu2 )) s; peak memory (VmHWM) $(peak_mb "$API1_PID") and $(peak_mb "$API2_PID")"
stop_nginx
stop_pair

# The ceiling: the same list body from memory, directly and through the same nginx configuration (one upstream, twice).
dotnet "$CEILING_DLL" --urls "http://127.0.0.1:$CEILING_PORT" --Ceiling:BodyFile="$LIST_BODY" >"$WORK/ceiling.log" 2>&1 &
CEILING_PID=$!
until curl -sf "http://127.0.0.1:$CEILING_PORT/ceiling" >/dev/null; do sleep 1; done
CEILING_DIRECT=$(measure "ceiling-direct" "http://127.0.0.1:$CEILING_PORT/ceiling")
start_nginx "$CEILING_PROXY_PORT" "$CEILING_PORT" "$CEILING_PORT"
CEILING_PROXIED=$(measure "ceiling-through-nginx" "http://127.0.0.1:$CEILING_PROXY_PORT/ceiling")
stop_nginx
stop_pid "$CEILING_PID"; CEILING_PID=""
CEILING_RPS=$(echo "$CEILING_PROXIED" | cut -d' ' -f2)
echo "$CACHED" | awk -v ceiling="$CEILING_RPS" '$3 ~ /^[0-9]+$/ { printf "%s (%.0f%% of the ceiling through nginx)\n", $0, 100 * $3 / ceiling; next } { print }' | tee -a "$OUT"
echo "$CEILING_DIRECT (precomputed body of $(wc -c <"$LIST_BODY") bytes from memory)" | tee -a "$OUT"
echo "$CEILING_PROXIED (the same through nginx)" | tee -a "$OUT"
log "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
log "results in $OUT"

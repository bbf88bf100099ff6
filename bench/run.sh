#!/usr/bin/env bash
# Load benchmark of the news API: generates DOCS documents, seeds them through the real parser and upsert path, then runs
# wrk against five read scenarios with output caching off (the database's speed) and on, RUNS times each, and prints medians.
# Usage: bench/run.sh            (10,000 documents)
#        DOCS=100000 bench/run.sh
#        REUSE_DB=1 DOCS=100000 bench/run.sh   (keep the database a previous run seeded; seed only when there is none)
# Settings: DOCS, RUNS (3), DURATION (wrk seconds, 10), WARMUP (seconds, 3), CONNECTIONS (32), THREADS (2), PORT (5180),
#           TIMEOUT (wrk's per-request timeout in seconds, 10: slower answers count as errors, not latency),
#           SCENARIOS (names to run, space-separated; all five by default), CACHED (1: also run with the output cache on),
#           SEARCH_ENGINES (space-separated Search:Engine values to run the uncached scenarios with, one API start each,
#           side by side in one run, e.g. "index fts"; empty: the API's default).
set -euo pipefail

DOCS=${DOCS:-10000}
RUNS=${RUNS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-5180}
TIMEOUT=${TIMEOUT:-10}
REUSE_DB=${REUSE_DB:-0}
SCENARIOS=${SCENARIOS:-list-newest-20 one-article tag-newest-20 search-one-word faceted-list}
CACHED=${CACHED:-1}
SEARCH_ENGINES=${SEARCH_ENGINES:-}
CLOCK_TICKS=$(getconf CLK_TCK)
CEILING_PORT=$((PORT + 1))

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
WORK="$BENCH/generated"
ARTIFACTS=${ARTIFACTS:-$WORK/artifacts}
DOCS_DIR="$WORK/docs-$DOCS"
DB="$WORK/bench-$DOCS.db"
RESULTS="$BENCH/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$RESULTS/$STAMP-$DOCS.txt"
mkdir -p "$WORK" "$RESULTS"

log() { echo "# $*" | tee -a "$OUT" >&2; }

if ! command -v wrk >/dev/null; then
  log "installing wrk"
  (apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y wrk >/dev/null; })
fi
command -v python3 >/dev/null || { echo "python3 is needed to read JSON responses" >&2; exit 1; }

log "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(free -m | awk '/Mem:/ {print $2}') MB memory, $(dotnet --version) SDK"
log "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

log "building in Release"
for project in src/NewsApi/NewsApi.csproj bench/NewsApi.DocumentGenerator/NewsApi.DocumentGenerator.csproj bench/NewsApi.Ceiling/NewsApi.Ceiling.csproj; do
  dotnet build "$ROOT/$project" -c Release --artifacts-path "$ARTIFACTS" -nologo -v quiet >/dev/null
done
API_DLL="$ARTIFACTS/bin/NewsApi/release/NewsApi.dll"
GENERATOR_DLL="$ARTIFACTS/bin/NewsApi.DocumentGenerator/release/NewsApi.DocumentGenerator.dll"
CEILING_DLL="$ARTIFACTS/bin/NewsApi.Ceiling/release/NewsApi.Ceiling.dll"

if [ "$(find "$DOCS_DIR" -name 'gen_*.txt' 2>/dev/null | wc -l)" -ne "$DOCS" ]; then
  rm -rf "$DOCS_DIR"
  dotnet "$GENERATOR_DLL" "$DOCS_DIR" "$DOCS" | tee -a "$OUT" >&2
fi
log "$(dotnet "$GENERATOR_DLL" "$WORK/parse-sample" 1000 --time-parse | tail -1)"

API_PID=""
CEILING_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null || true
  [ -n "$CEILING_PID" ] && kill "$CEILING_PID" 2>/dev/null || true
}
trap cleanup EXIT

# start_api <output cache on|off> <seed true|false> [search engine]
start_api() {
  local cache=$1 seed=$2 engine=${3:-}
  local cache_enabled=false
  local engine_args=()
  [ "$cache" = on ] && cache_enabled=true
  [ -n "$engine" ] && engine_args=(--Search:Engine="$engine")
  ASPNETCORE_ENVIRONMENT=Production dotnet "$API_DLL" --urls "http://127.0.0.1:$PORT" "${engine_args[@]}" \
    --ConnectionStrings:News="Data Source=$DB" \
    --Seeding:Path="$DOCS_DIR" --Seeding:Enabled="$seed" \
    --RateLimits:Enabled=false \
    --Caching:OutputCache:Enabled="$cache_enabled" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:NewsApi.Seeding=Information \
    >"$WORK/api-$cache.log" 2>&1 &
  API_PID=$!
  local started=$SECONDS
  until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do
    kill -0 "$API_PID" 2>/dev/null || { cat "$WORK/api-$cache.log" >&2; exit 1; }
    sleep 1
  done
  echo $((SECONDS - started))
}

stop_api() {
  kill "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  API_PID=""
}

# The server's own CPU time in clock ticks (user + system, fields 14 and 15 of /proc/PID/stat), which other jobs on a shared machine do not change.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# measure <name> <url> [paths file]: RUNS runs after a warm-up; prints the median of each figure, the server's CPU
# milliseconds per request (of the process MEASURED_PID, the API by default) last.
measure() {
  local name=$1 url=$2 paths=${3:-}
  local pid=${MEASURED_PID:-$API_PID}
  [ "$name" = ceiling ] || case " $SCENARIOS " in *" ${name%% *} "*) ;; *) return 0 ;; esac
  WRK_PATHS="$paths" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "${TIMEOUT}s" -s "$BENCH/report.lua" "$url" >/dev/null
  local lines=""
  for _ in $(seq "$RUNS"); do
    local before after result
    before=$(cpu_ticks "$pid")
    result=$(WRK_PATHS="$paths" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "${TIMEOUT}s" --latency -s "$BENCH/report.lua" "$url" | grep '^RESULT')
    after=$(cpu_ticks "$pid")
    # RESULT req/s p50 p99 errors requests -> RESULT req/s p50 p99 errors cpu-ms-per-request
    lines+=$(echo "$result" | awk -v ticks=$((after - before)) -v hz="$CLOCK_TICKS" '{ printf "%s %s %s %s %s %.3f", $1, $2, $3, $4, $5, ($6 > 0 ? 1000 * ticks / hz / $6 : 0) }')$'\n'
  done
  echo "$lines" | grep RESULT | tee -a "$WORK/raw-$STAMP.txt" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split()[1:])) for line in sys.stdin if line.strip()]
if not rows:
    print(f"{sys.argv[1]} failed: no answer (did the API stop?)")
    sys.exit(0)
medians = [statistics.median(column) for column in zip(*rows)]
print(f"{sys.argv[1]} {medians[0]:.0f} {medians[1]:.2f}ms {medians[2]:.2f}ms {int(medians[3])} {medians[4]:.2f}ms-cpu/req")
' "$name"
}

json() { python3 -c "import json, sys; data = json.load(sys.stdin); print($1)"; }

FIRST_ENGINE=${SEARCH_ENGINES%% *}
if [ "$REUSE_DB" = 1 ] && [ -s "$DB" ]; then
  log "reusing the database seeded before: $DB"
  start_api off false "$FIRST_ENGINE" >/dev/null
else
  rm -f "$DB" "$DB-wal" "$DB-shm"
  log "seeding $DOCS documents (output cache off)"
  start_api off true "$FIRST_ENGINE" >/dev/null
  SEED_MS=$(grep -o 'Seeding finished.* in [0-9]* ms' "$WORK/api-off.log" | grep -o '[0-9]* ms' | tail -1 | cut -d' ' -f1)
  log "seeding: $DOCS documents in $SEED_MS ms = $(python3 -c "print(round($DOCS / ($SEED_MS / 1000)))") documents/s (parse + store, one writer)"
fi

# VmHWM is the peak of everything resident, the database file's mapped pages included; RssAnon is the process's own memory.
memory() { awk '/VmRSS|VmHWM|RssAnon|RssFile/ {printf "%s %.0f MB, ", $1, $2 / 1024}' "/proc/$API_PID/status" | sed 's/, $//'; }
log "API memory right after seeding: $(memory)"

BASE="http://127.0.0.1:$PORT"
LIST_BODY="$WORK/list-body.json"
curl -sf "$BASE/api/articles?pageSize=20" -o "$LIST_BODY"
curl -sf "$BASE/api/articles?pageSize=100" | json '"\n".join("/api/articles/" + item["slug"] for item in data["items"])' >"$WORK/article-paths.txt"
TAG=$(curl -sf "$BASE/api/tags?pageSize=100" | json 'sorted(data["items"], key=lambda t: -t.get("articleCount", 0))[len(data["items"]) // 2]["slug"]')
WORD=${WORD:-harbour}
log "list body $(wc -c <"$LIST_BODY") bytes; tag '$TAG'; search word '$WORD'"
log "search in this build: $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/articles?q=$WORD"), facets: $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/articles?facets=tags,people,organizations,sources,years")"

run_scenarios() {
  local cache=$1
  kill -0 "$API_PID" 2>/dev/null || { echo "the API is not running; see $WORK/api-$cache.log" >&2; return 1; }
  measure "list-newest-20 cache=$cache" "$BASE/api/articles?pageSize=20"
  measure "one-article cache=$cache" "$BASE/" "$WORK/article-paths.txt"
  measure "tag-newest-20 cache=$cache" "$BASE/api/articles?pageSize=20&tag=$TAG"
  measure "search-one-word cache=$cache" "$BASE/api/articles?q=$WORD"
  kill -0 "$API_PID" 2>/dev/null || echo "# the API stopped during the scenarios above (peak memory below is its last reading)" >&2
  measure "faceted-list cache=$cache" "$BASE/api/articles?pageSize=20&facets=tags,people,organizations,sources,years"
}

echo "scenario req/s p50 p99 errors cpu-per-request" | tee -a "$OUT"
UNCACHED=""
if [ -z "$SEARCH_ENGINES" ]; then
  UNCACHED=$(run_scenarios off)
  echo "$UNCACHED" | tee -a "$OUT"
  log "API memory at the end, output cache off: $(memory)"
  stop_api
else
  for engine in $SEARCH_ENGINES; do
    if [ -z "$API_PID" ]; then
      start_api off false "$engine" >/dev/null
    fi
    log "search engine '$engine': ready (readiness waits for the index); API memory $(memory)"
    lines=$(run_scenarios off | sed "s/ cache=off/ cache=off,engine=$engine/")
    echo "$lines" | tee -a "$OUT"
    UNCACHED+="$lines"$'\n'
    log "API memory at the end, output cache off, engine $engine: $(memory)"
    stop_api
  done
  UNCACHED=${UNCACHED%$'\n'}
fi

CACHED_LINES=""
if [ "$CACHED" = 1 ]; then
  start_api on false "$FIRST_ENGINE" >/dev/null
  CACHED_LINES=$(run_scenarios on)
  log "API memory at the end, output cache on: $(memory)"
  stop_api
fi

dotnet "$CEILING_DLL" --urls "http://127.0.0.1:$CEILING_PORT" --Ceiling:BodyFile="$LIST_BODY" >"$WORK/ceiling.log" 2>&1 &
CEILING_PID=$!
until curl -sf "http://127.0.0.1:$CEILING_PORT/ceiling" >/dev/null; do sleep 1; done
CEILING=$(MEASURED_PID=$CEILING_PID measure "ceiling" "http://127.0.0.1:$CEILING_PORT/ceiling")
kill "$CEILING_PID"; CEILING_PID=""
CEILING_RPS=$(echo "$CEILING" | cut -d' ' -f2)
# The machine may be shared: the ceiling measured in the same run is the yardstick for every figure, cached or not.
echo "$UNCACHED" | awk -v ceiling="$CEILING_RPS" '{ printf "%s (%.1f%% of the ceiling)\n", $0, 100 * $3 / ceiling }' | tee -a "$OUT"
[ -z "$CACHED_LINES" ] || echo "$CACHED_LINES" | awk -v ceiling="$CEILING_RPS" '{ printf "%s (%.0f%% of the ceiling)\n", $0, 100 * $3 / ceiling }' | tee -a "$OUT"
echo "$CEILING (precomputed body of $(wc -c <"$LIST_BODY") bytes from memory)" | tee -a "$OUT"
log "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
log "results in $OUT"

#!/usr/bin/env bash
# Ingest throughput: generates DOCS documents, then RUNS times each (fresh database every run)
#   seeding - the API starts with Seeding:Path = the generated folder; rate from the "Seeding finished ... in N ms" log line;
#   ingest  - the API starts empty and a client posts every document: to POST /api/articles/ingest/batch (NDJSON, BATCH
#             documents per request) when the build has it, else to POST /api/articles/ingest, CLIENTS at a time.
# Prints documents/s and the server's own CPU time per document (utime + stime from /proc/PID/stat, minus what the same
# build spends starting with nothing to do), each run and the medians. On a shared machine prefer the CPU figures.
# Usage: bench/ingest.sh                         (SQLite, 10,000 documents, 3 runs)
#        PROVIDER=postgres bench/ingest.sh       (scripts/postgres-local.sh's server, a fresh database per run)
#        SOURCE=/tmp/old-checkout bench/ingest.sh  (builds and measures another checkout with this same script: "before")
# Settings: DOCS (10000), RUNS (3), BATCH (500), CLIENTS (4), MODES ("seeding ingest"), PORT (5410), SOURCE (this checkout),
#           READY_TO_RUN (0; 1 measures the API published ReadyToRun, as the Dockerfile builds it, instead of `dotnet build`).
set -euo pipefail

DOCS=${DOCS:-10000}
RUNS=${RUNS:-3}
BATCH=${BATCH:-500}
CLIENTS=${CLIENTS:-4}
MODES=${MODES:-seeding ingest}
PORT=${PORT:-5410}
PROVIDER=${PROVIDER:-sqlite}
READY_TO_RUN=${READY_TO_RUN:-0}

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
SOURCE=${SOURCE:-$ROOT}
WORK="$BENCH/generated/ingest"
# One build folder per measured checkout, so that "before" and "after" builds do not overwrite each other.
ARTIFACTS="$WORK/artifacts-$(printf %s "$SOURCE" | sha256sum | cut -c1-8)"
DOCS_DIR="$WORK/docs-$DOCS"
RESULTS="$BENCH/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$RESULTS/$STAMP-ingest-$PROVIDER-$DOCS.txt"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK" "$RESULTS"

log() { echo "# $*" | tee -a "$OUT" >&2; }

if curl -s -o /dev/null "$BASE/health/live" 2>/dev/null; then
  echo "something already answers on port $PORT; set PORT to a free one" >&2
  exit 1
fi
log "machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB memory; source $SOURCE, commit $(git -C "$SOURCE" rev-parse --short HEAD 2>/dev/null || echo unknown); provider $PROVIDER; ReadyToRun $READY_TO_RUN"
log "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

log "building in Release"
for project in src/NewsApi/NewsApi.csproj bench/NewsApi.DocumentGenerator/NewsApi.DocumentGenerator.csproj; do
  dotnet build "$SOURCE/$project" -c Release --artifacts-path "$ARTIFACTS" -nologo -v quiet >"$ARTIFACTS-build.log" 2>&1 \
    || { grep -E 'error' "$ARTIFACTS-build.log" | sort -u >&2; exit 1; }
done
API_DLL="$ARTIFACTS/bin/NewsApi/release/NewsApi.dll"
if [ "$READY_TO_RUN" = 1 ]; then
  # As the Dockerfile publishes it: precompiled code, so that starting and the first thousands of documents pay less JIT.
  dotnet publish "$SOURCE/src/NewsApi/NewsApi.csproj" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
    --artifacts-path "$ARTIFACTS-r2r" -o "$ARTIFACTS-r2r/publish" -nologo -v quiet >"$ARTIFACTS-build.log" 2>&1 \
    || { grep -E 'error' "$ARTIFACTS-build.log" | sort -u >&2; exit 1; }
  API_DLL="$ARTIFACTS-r2r/publish/NewsApi.dll"
fi
GENERATOR_DLL="$ARTIFACTS/bin/NewsApi.DocumentGenerator/release/NewsApi.DocumentGenerator.dll"

if [ "$(find "$DOCS_DIR" -name 'gen_*.txt' 2>/dev/null | wc -l)" -ne "$DOCS" ]; then
  rm -rf "$DOCS_DIR"
  dotnet "$GENERATOR_DLL" "$DOCS_DIR" "$DOCS" | tee -a "$OUT" >&2
fi
EMPTY_DIR="$WORK/empty"
mkdir -p "$EMPTY_DIR"

if [ "$PROVIDER" = postgres ]; then
  export PGLOCAL_DIR=${PGLOCAL_DIR:-/tmp/newsapi-bench-postgres}
  eval "$("$ROOT/scripts/postgres-local.sh" start)"
  ADMIN="$NEWSAPI_TEST_POSTGRES"
  field() { tr ';' '\n' <<<"$ADMIN" | awk -F= -v key="$1" 'tolower($1) == tolower(key) { print substr($0, length($1) + 2) }'; }
  export PGHOST=$(field Host) PGPORT=$(field Port) PGUSER=$(field Username) PGPASSWORD=$(field Password)
  command -v psql >/dev/null || apt-get install -y postgresql-client >/dev/null
fi

KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
KEY_HASH=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)

API_PID=""
cleanup() {
  if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

# fresh_database <name>: sets DB_ARGS to an empty database of that name.
fresh_database() {
  if [ "$PROVIDER" = postgres ]; then
    local database="newsapi_ingest_${PORT}_$1"
    psql -d postgres -qc "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" -c "CREATE DATABASE \"$database\""
    DB_ARGS=(--Database:Provider=Postgres "--ConnectionStrings:News=$ADMIN;Database=$database")
  else
    # Named by port too, so that two runs side by side (before and after) never share a file.
    local file="$WORK/$PORT-$1.db"
    rm -f "$file" "$file-wal" "$file-shm" "$file.seeding.lock"
    DB_ARGS=("--ConnectionStrings:News=Data Source=$file")
  fi
}

# start_api <seed folder> <log file>: the API on the database of DB_ARGS, ready.
start_api() {
  ASPNETCORE_ENVIRONMENT=Production dotnet "$API_DLL" --urls "$BASE" "${DB_ARGS[@]}" \
    --Seeding:Path="$1" --Seeding:Enabled=true \
    --RateLimits:Enabled=false --Caching:OutputCache:Enabled=false \
    --ApiKeys:Keys:0:Name=ingest-bench --ApiKeys:Keys:0:Sha256="$KEY_HASH" --ApiKeys:Keys:0:Role=editor \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:NewsApi.Seeding=Information \
    >"$2" 2>&1 &
  API_PID=$!
  until curl -sf "$BASE/health/ready" >/dev/null 2>&1; do
    kill -0 "$API_PID" 2>/dev/null || { tail -30 "$2" >&2; exit 1; }
    sleep 0.2
  done
}

stop_api() {
  kill "$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  API_PID=""
}

cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
peak_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# What starting costs with nothing to seed: subtracted from the seeding runs' CPU.
fresh_database startup
start_api "$EMPTY_DIR" "$WORK/api-$PORT-startup.log"
STARTUP_CPU=$(cpu_ms "$API_PID")
stop_api
log "startup alone: $STARTUP_CPU ms CPU"

CLIENT="$WORK/ingest-client.py"
cat >"$CLIENT" <<'PY'
import http.client, json, os, sys, threading, time, urllib.parse
base, key, folder, batch, clients = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
url = urllib.parse.urlparse(base)
names = sorted(n for n in os.listdir(folder) if n.startswith("gen_"))
def connect():
    return http.client.HTTPConnection(url.hostname, url.port, timeout=600)
probe = connect()
probe.request("POST", "/api/articles/ingest/batch", body=b"", headers={"X-Api-Key": key, "Content-Type": "application/x-ndjson"})
has_batch = probe.getresponse().status != 404
statuses, failures, lock = {}, [], threading.Lock()
def count(status):
    with lock:
        statuses[status] = statuses.get(status, 0) + 1
started = time.monotonic()
if has_batch:
    connection = connect()
    for start in range(0, len(names), batch):
        lines = []
        for name in names[start:start + batch]:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                lines.append(json.dumps({"sourceName": name, "text": f.read()}))
        connection.request("POST", "/api/articles/ingest/batch", body="\n".join(lines).encode(), headers={"X-Api-Key": key, "Content-Type": "application/x-ndjson"})
        response = connection.getresponse()
        body = response.read().decode()
        if response.status != 200:
            failures.append(f"{response.status} {body[:300]}")
            continue
        for line in body.splitlines():
            if line.strip():
                count(json.loads(line)["status"])
else:
    queue = list(reversed(names))
    def work():
        connection = connect()
        while True:
            with lock:
                if not queue:
                    return
                name = queue.pop()
            with open(os.path.join(folder, name), "rb") as f:
                body = f.read()
            connection.request("POST", "/api/articles/ingest?sourceName=" + urllib.parse.quote(name), body=body, headers={"X-Api-Key": key, "Content-Type": "text/plain"})
            response = connection.getresponse()
            response.read()
            count(response.status)
    threads = [threading.Thread(target=work) for _ in range(clients)]
    for t in threads: t.start()
    for t in threads: t.join()
elapsed = time.monotonic() - started
print(f"CLIENT {'batch' if has_batch else 'single'} {elapsed:.3f} {json.dumps(statuses)} {len(failures)}")
for failure in failures[:5]:
    print("FAILURE", failure)
PY

rows=""
for run in $(seq "$RUNS"); do
  for mode in $MODES; do
    fresh_database "run-$mode"
    if [ "$mode" = seeding ]; then
      start_api "$DOCS_DIR" "$WORK/api-$PORT-seeding-$run.log"
      cpu=$(( $(cpu_ms "$API_PID") - STARTUP_CPU ))
      ms=$(grep -o 'Seeding finished.* in [0-9]* ms' "$WORK/api-$PORT-seeding-$run.log" | grep -o '[0-9]* ms' | tail -1 | cut -d' ' -f1)
      summary=$(grep -o 'Seeding finished: [^i]*' "$WORK/api-$PORT-seeding-$run.log" | tail -1)
      peak=$(peak_mb "$API_PID")
      stop_api
      how="seeding ($summary)"
    else
      start_api "$EMPTY_DIR" "$WORK/api-$PORT-ingest-$run.log"
      before=$(cpu_ms "$API_PID")
      client=$(python3 "$CLIENT" "$BASE" "$KEY" "$DOCS_DIR" "$BATCH" "$CLIENTS")
      cpu=$(( $(cpu_ms "$API_PID") - before ))
      peak=$(peak_mb "$API_PID")
      stop_api
      echo "$client" | grep FAILURE >&2 || true
      ms=$(echo "$client" | awk '/^CLIENT/ { printf "%.0f", $3 * 1000 }')
      how="$(echo "$client" | awk '/^CLIENT/ { print $2 }') ingest, statuses $(echo "$client" | awk '/^CLIENT/ { $1 = $2 = $3 = ""; print }' | sed 's/^ *//')"
    fi
    rate=$(python3 -c "print(round($DOCS / ($ms / 1000), 1))")
    per_doc=$(python3 -c "print(round($cpu / $DOCS, 3))")
    log "run $run $mode: $DOCS documents in $ms ms = $rate documents/s, server CPU $per_doc ms/document, VmHWM $peak MB; $how; load $(cut -d' ' -f1-3 /proc/loadavg)"
    rows+="$mode $rate $per_doc $peak"$'\n'
  done
done

echo "mode documents/s cpu-ms/document peak-MB (medians of $RUNS runs, $DOCS documents, $PROVIDER)" | tee -a "$OUT"
printf %s "$rows" | python3 -c '
import statistics, sys
rows = {}
for line in sys.stdin:
    mode, *values = line.split()
    rows.setdefault(mode, []).append(list(map(float, values)))
for mode, values in rows.items():
    print(mode, " ".join(f"{statistics.median(column):g}" for column in zip(*values)))
' | tee -a "$OUT"
log "results in $OUT"

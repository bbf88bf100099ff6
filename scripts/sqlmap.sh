#!/usr/bin/env bash
# Runs Debian's sqlmap against every search and filter parameter of the list endpoints on a freshly seeded API (Production
# settings, real Kestrel, a temp SQLite file, rate limiting and the output cache off so that every probe reaches the
# database), then checks on the same server what only a real socket shows: no Server header, the security headers, Swagger
# off in Production, NUL in a path and an oversized chunked body refused with 4xx.
#
# Usage: scripts/sqlmap.sh [PARAM...]     (default: every parameter below)
# Settings (environment): LEVEL (5) and RISK (3) for sqlmap, BUDGET (seconds per parameter, 900), DBMS (SQLite, the back end
# under test; empty makes sqlmap try every back end's payloads, which at level 5 takes far longer than the budget),
# PORT (5378), CONFIG (Release), ARTIFACTS (build folder; empty = the projects' bin/ folders), SKIP_BUILD=1 (reuse the
# build), WORK (scratch folder, kept for the sqlmap logs).
# Prints "CHECK sqlmap-<param>: passed" when sqlmap finds the parameter not injectable and the API answered no 5xx, one CHECK
# line per server check, and "CHECK sqlmap-data-intact"; exits 0 even when a check fails, non-zero only when it cannot run.
set -euo pipefail

LEVEL=${LEVEL:-5}
RISK=${RISK:-3}
BUDGET=${BUDGET:-900}
DBMS=${DBMS-SQLite}
PORT=${PORT:-5378}
CONFIG=${CONFIG:-Release}
ARTIFACTS=${ARTIFACTS-/tmp/newsapi-sqlmap/artifacts}
WORK=${WORK:-/tmp/newsapi-sqlmap}
ALL_PARAMS=(q tag person organization from to sort cursor people-q organizations-q tags-q)
PARAMS=("$@")
[ ${#PARAMS[@]} -gt 0 ] || PARAMS=("${ALL_PARAMS[@]}")

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE="http://127.0.0.1:$PORT"
LOG="$WORK/api.log"
mkdir -p "$WORK"
rm -f "$WORK"/sqlmap.db*

log() { echo "# $*" >&2; }
check() { echo "CHECK $1: $2${3:+ ($3)}"; }

if ! command -v sqlmap >/dev/null; then
  log "installing sqlmap"
  apt-get install -y sqlmap >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y sqlmap >/dev/null; }
fi
for tool in curl python3; do
  command -v "$tool" >/dev/null || { apt-get install -y "$tool" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y "$tool" >/dev/null; }; }
done

configuration=$(echo "$CONFIG" | tr '[:upper:]' '[:lower:]')
build_args=(-c "$CONFIG" -nologo -v quiet)
if [ -n "$ARTIFACTS" ]; then
  build_args+=(--artifacts-path "$ARTIFACTS")
  API_DLL="$ARTIFACTS/bin/NewsApi/$configuration/NewsApi.dll"
else
  API_DLL="$ROOT/src/NewsApi/bin/$CONFIG/net10.0/NewsApi.dll"
fi
if [ "${SKIP_BUILD:-}" != 1 ]; then
  log "building NewsApi ($CONFIG)"
  dotnet build "$ROOT/src/NewsApi/NewsApi.csproj" "${build_args[@]}" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
fi

# A key of this run only, for the write-side checks; only its hash is configured, as in production.
KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
KEY_HASH=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)

API_PID=""
cleanup() {
  if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

ASPNETCORE_ENVIRONMENT=Production dotnet "$API_DLL" --urls "$BASE" \
  --ConnectionStrings:News="Data Source=$WORK/sqlmap.db" \
  --Seeding:Path="$ROOT/seeds" --Seeding:Enabled=true \
  --RateLimits:Enabled=false --Caching:OutputCache:Enabled=false \
  --ApiKeys:Keys:0:Name=sqlmap-run --ApiKeys:Keys:0:Sha256="$KEY_HASH" --ApiKeys:Keys:0:Role=editor \
  --Logging:LogLevel:Default=Warning >"$LOG" 2>&1 &
API_PID=$!
deadline=$((SECONDS + 300))
until curl -sf "$BASE/health/ready" >/dev/null 2>&1; do
  kill -0 "$API_PID" 2>/dev/null || { tail -30 "$LOG" >&2; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || { log "API not ready after 300 s"; exit 1; }
  sleep 0.3
done

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
counts() {
  local out=""
  for resource in articles people organizations tags quotes; do
    out+="$resource=$(curl -s "$BASE/api/$resource?pageSize=1" | json 'd["totalItems"]') "
  done
  echo "$out"
}
before=$(counts)
log "seeded: $before"

# Real values from the seeded data, so that each probe starts from a request that finds something.
tag=$(curl -s "$BASE/api/tags?sort=articles&pageSize=1" | json 'd["items"][0]["slug"]')
person=$(curl -s "$BASE/api/people?sort=articles&pageSize=1" | json 'd["items"][0]["slug"]')
organization=$(curl -s "$BASE/api/organizations?sort=articles&pageSize=1" | json 'd["items"][0]["slug"]')
word=$(curl -s "$BASE/api/articles?pageSize=1" | json 'd["items"][0]["headline"].split()[0].strip(",.:;\"'"'"'")')
cursor=$(curl -s "$BASE/api/articles?pageSize=2" | json 'd["next"]')

url_for() {
  case "$1" in
    q) echo "/api/articles?q=$word" ;;
    tag) echo "/api/articles?tag=$tag" ;;
    person) echo "/api/articles?person=$person" ;;
    organization) echo "/api/articles?organization=$organization" ;;
    from) echo "/api/articles?from=2000-01-01" ;;
    to) echo "/api/articles?to=2030-12-31" ;;
    sort) echo "/api/articles?sort=oldest" ;;
    cursor) echo "/api/articles?pageSize=2&cursor=$cursor" ;;
    people-q) echo "/api/people?q=${person:0:4}" ;;
    organizations-q) echo "/api/organizations?q=${organization:0:4}" ;;
    tags-q) echo "/api/tags?q=${tag:0:4}" ;;
    *) return 1 ;;
  esac
}

for name in "${PARAMS[@]}"; do
  if ! path=$(url_for "$name"); then
    check "sqlmap-$name" failed "unknown parameter; known: ${ALL_PARAMS[*]}"
    continue
  fi
  param=${name##*-}
  out="$WORK/sqlmap-$name.log"
  started=$SECONDS
  log "sqlmap $param on $path (level $LEVEL, risk $RISK, budget ${BUDGET}s)"
  set +e
  timeout "$BUDGET" sqlmap -u "$BASE$path" -p "$param" --batch --level="$LEVEL" --risk="$RISK" ${DBMS:+--dbms="$DBMS"} \
    --flush-session --disable-coloring --output-dir="$WORK/sqlmap-out" --answers="follow=N,reduce=N" \
    -t "$WORK/traffic-$name.txt" >"$out" 2>&1
  status=$?
  set -e
  took=$((SECONDS - started))
  requests=$(grep -c "^HTTP request \[#" "$WORK/traffic-$name.txt" 2>/dev/null || true)
  errors=$(grep -A4 "HTTP error codes detected during run" "$out" | grep -Eo "[0-9]{3} \([A-Za-z ]+\) - [0-9]+ times" | paste -sd, - || true)
  if grep -Eq "identified the following injection point|parameter '[^']*' is vulnerable" "$out"; then
    check "sqlmap-$name" failed "sqlmap reports an injection; see $out"
  elif [ "$status" -eq 124 ]; then
    check "sqlmap-$name" failed "time budget of ${BUDGET}s ran out before sqlmap finished"
  elif grep -Eq "^5[0-9]{2} " <<<"${errors//,/$'\n'}"; then
    check "sqlmap-$name" failed "server errors: $errors"
  elif grep -Eq "all tested parameters do not appear to be injectable|does not seem to be injectable" "$out"; then
    check "sqlmap-$name" passed "not injectable; ${took}s, ${requests:-?} requests${errors:+; $errors}"
  else
    check "sqlmap-$name" failed "no verdict from sqlmap (exit $status); see $out"
  fi
done

after=$(counts)
if [ "$after" = "$before" ]; then check sqlmap-data-intact passed "$after"; else check sqlmap-data-intact failed "before: $before after: $after"; fi

# What TestServer cannot show: the headers Kestrel itself writes, and requests it refuses before the app sees them.
headers=$(curl -s -D - -o /dev/null "$BASE/api/articles?pageSize=1")
if ! grep -qi '^server:' <<<"$headers" && grep -qi '^x-content-type-options: nosniff' <<<"$headers" \
   && grep -qi '^x-frame-options: deny' <<<"$headers" && grep -qi "^content-security-policy: default-src 'none'" <<<"$headers"; then
  check security-headers-kestrel passed
else
  check security-headers-kestrel failed "$(tr '\r\n' ' ' <<<"$headers")"
fi
swagger=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/swagger/v1/swagger.json")
ui=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/swagger/index.html")
if [ "$swagger" = 404 ] && [ "$ui" = 404 ]; then check swagger-off-in-production passed; else check swagger-off-in-production failed "document $swagger, UI $ui"; fi
nul=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/articles/%00")
nulq=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/articles?q=a%00b")
if [ "$nul" = 400 ] && [ "$nulq" = 400 ]; then check nul-refused passed "path $nul, query $nulq"; else check nul-refused failed "path $nul, query $nulq"; fi
python3 -c "print('{\"name\":\"' + 'x' * 300000 + '\"}')" >"$WORK/big.json"
chunked=$(curl -s -o "$WORK/chunked.out" -w '%{http_code}' -X POST "$BASE/api/tags" -H "X-Api-Key: $KEY" \
  -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' --data-binary @"$WORK/big.json" || true)
if [ "$chunked" = 413 ] && grep -q '"status":413' "$WORK/chunked.out"; then
  check chunked-body-limit passed
else
  check chunked-body-limit failed "answered $chunked: $(head -c 300 "$WORK/chunked.out")"
fi
if grep -Eq "   at |Unhandled exception" "$LOG"; then
  check sqlmap-no-unhandled-exceptions failed "see $LOG"
else
  check sqlmap-no-unhandled-exceptions passed
fi
exit 0

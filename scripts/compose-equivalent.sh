#!/usr/bin/env bash
# docker-compose.yml without a container engine: validates the file (Debian's docker-compose v1 `config`, and the raw file
# against the Compose Specification schema that package ships), then starts what it describes directly — PostgreSQL from
# scripts/postgres-local.sh with the role and database the postgres image would create from POSTGRES_USER / _PASSWORD / _DB,
# and the API (Release build) with exactly the environment compose gives the `api` service, only `Host=postgres;Port=5432`
# pointed at the local server, the Dockerfile's port at a free loopback one and /app/seeds at seeds/ — and checks what
# compose checks: pg_isready, then /health/ready, then one list request.
#
#   scripts/compose-equivalent.sh        # prints "compose-equivalent: passed" (exit 0) or "... failed: why" (exit 1)
#
# Variables come from .env when present, else .env.example; an empty POSTGRES_PASSWORD gets a random one for this run.
# COMPOSE_EQUIVALENT_DIR (default /tmp/newsapi-compose-equivalent) holds the build, the logs and the PostgreSQL cluster.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${COMPOSE_EQUIVALENT_DIR:-/tmp/newsapi-compose-equivalent}
export PGLOCAL_DIR=${PGLOCAL_DIR:-$WORK/postgres}
mkdir -p "$WORK"

fail() { echo "compose-equivalent: failed: $*"; exit 1; }

install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y "$@" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y "$@" >/dev/null; }
}
command -v docker-compose >/dev/null || install docker-compose
command -v psql >/dev/null || install postgresql-client
# Debian's python3 with Debian's YAML and JSON Schema modules (a python3 earlier on PATH may lack them).
PY=/usr/bin/python3
"$PY" -c 'import yaml, jsonschema' 2>/dev/null || install python3-yaml python3-jsonschema

# The variables compose would read from .env.
env_file="$ROOT/.env"
[ -f "$env_file" ] || env_file="$ROOT/.env.example"
set -a
# shellcheck disable=SC1090
. "$env_file"
set +a
if [ -z "${POSTGRES_PASSWORD:-}" ]; then
  POSTGRES_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  export POSTGRES_PASSWORD
fi
echo "variables from ${env_file#"$ROOT"/}"

# 1. The file: docker-compose's own validation and interpolation, then the schema on the raw file.
docker-compose --project-directory "$ROOT" -f "$ROOT/docker-compose.yml" config >"$WORK/compose.resolved.yml" \
  || fail "docker-compose config refused docker-compose.yml"
docker-compose --project-directory "$ROOT" -f "$ROOT/docker-compose.yml" --profile sqlite config --services >"$WORK/services.txt" \
  || fail "docker-compose config refused the sqlite profile"
schema=$(dpkg -L docker-compose | grep '/compose_spec.json$' | head -n 1)
[ -f "$schema" ] || fail "docker-compose's compose_spec.json not found"
"$PY" - "$ROOT/docker-compose.yml" "$schema" <<'PY' || fail "docker-compose.yml does not match the Compose Specification schema"
import json, sys, yaml, jsonschema
document = yaml.safe_load(open(sys.argv[1]))
jsonschema.validate(document, json.load(open(sys.argv[2])))
api = document["services"]["api"]
assert api["depends_on"]["postgres"]["condition"] == "service_healthy", "api must wait for a healthy postgres"
assert "pg_isready" in " ".join(document["services"]["postgres"]["healthcheck"]["test"]), "postgres health check must use pg_isready"
assert "/health/ready" in " ".join(api["healthcheck"]["test"]), "api health check must call /health/ready"
assert any(v.startswith("postgres-data:") for v in document["services"]["postgres"]["volumes"]), "postgres needs its named volume"
print("docker-compose.yml: docker-compose config accepts it; valid against the Compose Specification schema")
PY
echo "services: $(tr '\n' ' ' <"$WORK/services.txt")"

# The environment compose gives each service, after interpolation.
service_env() {
  "$PY" - "$WORK/compose.resolved.yml" "$1" <<'PY'
import sys, yaml
environment = yaml.safe_load(open(sys.argv[1]))["services"][sys.argv[2]].get("environment", {})
if isinstance(environment, list):
    environment = dict(item.split("=", 1) for item in environment)
for key, value in environment.items():
    print(f"{key}={value}")
PY
}
mapfile -t POSTGRES_ENV < <(service_env postgres)
mapfile -t API_ENV < <(service_env api)
pg_value() { printf '%s\n' "${POSTGRES_ENV[@]}" | awk -F= -v key="$1" '$1 == key { print substr($0, length(key) + 2) }'; }
DB_NAME=$(pg_value POSTGRES_DB)
DB_USER=$(pg_value POSTGRES_USER)
DB_PASSWORD=$(pg_value POSTGRES_PASSWORD)

API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null || true
  "$ROOT/scripts/postgres-local.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

# 2. The postgres service: a server, and the role and database its image creates on an empty volume.
eval "$("$ROOT/scripts/postgres-local.sh" start)"
admin() { tr ';' '\n' <<<"$NEWSAPI_TEST_POSTGRES" | awk -F= -v key="$1" 'tolower($1) == tolower(key) { print substr($0, length($1) + 2) }'; }
PG_PORT=$(admin Port)
PGPASSWORD=$(admin Password) psql -h 127.0.0.1 -p "$PG_PORT" -U "$(admin Username)" -d postgres -v ON_ERROR_STOP=1 -q \
  -v db="$DB_NAME" -v user="$DB_USER" -v password="$DB_PASSWORD" <<'SQL' || fail "could not create the role and database"
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
DROP ROLE IF EXISTS :"user";
CREATE ROLE :"user" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"user";
SQL
pg_isready -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" >/dev/null || fail "pg_isready (the postgres health check) failed"
echo "postgres: healthy (pg_isready) on 127.0.0.1:$PG_PORT, database $DB_NAME owned by $DB_USER"

# 3. The api service: the same environment, the compose host name and the container paths mapped to this machine.
dotnet build "$ROOT/src/NewsApi/NewsApi.csproj" -c Release --artifacts-path "$WORK/artifacts" -nologo -v quiet >"$WORK/build.log" 2>&1 \
  || { grep -E 'error' "$WORK/build.log" | sort -u | head -20; fail "the API does not build"; }
API_DLL="$WORK/artifacts/bin/NewsApi/release/NewsApi.dll"
port=5480
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

api_env=()
for entry in "${API_ENV[@]}"; do
  key=${entry%%=*}
  value=${entry#*=}
  case "$key" in
    ConnectionStrings__News)
      value=$(python3 - "$value" "$PG_PORT" <<'PY'
import sys
parts = [p for p in sys.argv[1].split(";") if p]
mapped = {"host": "Host=127.0.0.1", "port": f"Port={sys.argv[2]}"}
print(";".join(mapped.get(p.split("=", 1)[0].strip().lower(), p) for p in parts))
PY
) ;;
    Seeding__Path) [ "$value" = /app/seeds ] && value="$ROOT/seeds" ;;
  esac
  api_env+=("$key=$value")
done
echo "api environment (as compose sets it, password hidden):"
printf '  %s\n' "${api_env[@]}" | sed -E 's/(Password=)[^;]*/\1.../'

env "${api_env[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$API_DLL" >"$WORK/api.log" 2>&1 &
API_PID=$!

# 4. What compose waits for: the API's health check (/health/ready: migrated, seeded, database answering), then one request.
deadline=$((SECONDS + ${READY_TIMEOUT:-300}))
until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  kill -0 "$API_PID" 2>/dev/null || { tail -30 "$WORK/api.log"; fail "the API stopped before it was ready"; }
  [ "$SECONDS" -lt "$deadline" ] || { tail -30 "$WORK/api.log"; fail "/health/ready did not answer 200 in time"; }
  sleep 1
done
echo "api: healthy (/health/ready 200) on 127.0.0.1:$port"
list=$(curl -fsS "http://127.0.0.1:$port/api/articles?pageSize=1") || fail "GET /api/articles failed"
total=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["totalItems"])' <<<"$list")
seeds=$(find "$ROOT/seeds" -name '*.txt' | wc -l)
[ "$total" -gt 0 ] || fail "GET /api/articles listed no article"
headline=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["headline"][:70])' <<<"$list")
echo "GET /api/articles?pageSize=1: 200, totalItems $total (from $seeds seed documents), first: $headline"
stored=$(PGPASSWORD="$DB_PASSWORD" psql -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" -Atc 'SELECT count(*) FROM "Articles"')
[ "$stored" = "$total" ] || fail "the API listed $total articles but PostgreSQL holds $stored"
echo "PostgreSQL holds the same $stored articles, written by the API as the compose user"
echo "compose-equivalent: passed"

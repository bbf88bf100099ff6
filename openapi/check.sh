#!/usr/bin/env bash
# Checks the OpenAPI document the way an integrator meets it: lint it with Spectral, generate a TypeScript client
# and run it against the API, and use Swagger UI in a real browser. Starts its own API on a free loopback port with a
# fresh database and the repository seeds. Prints one "CHECK name: passed|failed" line per check (.ci/run counts
# them) and exits non-zero when any check failed.
set -uo pipefail
openapi_dir="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$openapi_dir/.." && pwd)"
cd "$openapi_dir"

work=$(mktemp -d "${TMPDIR:-/tmp}/newsapi-openapi-check.XXXXXX")
# Inside openapi/out (gitignored) so that repeated runs build incrementally and parallel clones never share output.
artifacts="${NEWSAPI_ARTIFACTS:-$openapi_dir/out/artifacts}"
api_pid=""
results=()
failures=0

record() {
  results+=("CHECK $1: $2")
  if [ "$2" != passed ]; then
    failures=$((failures + 1))
  fi
  echo "== $1: $2"
}

# Every check that the API is needed for is reported as failed when the API never comes up, so the totals keep
# the same number of checks whatever goes wrong.
api_checks=(spectral-lint typescript-client swagger-ui-browser)

finish() {
  if [ -n "$api_pid" ] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid" 2>/dev/null
    wait "$api_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap finish EXIT

report_and_exit() {
  for line in "${results[@]}"; do
    echo "$line"
  done
  [ "$failures" -eq 0 ]
  exit $?
}

echo "== npm ci"
if npm ci --no-audit --no-fund; then
  record npm-install passed
else
  record npm-install failed
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
    sudo_cmd="sudo"
  fi
  $sudo_cmd apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium
fi
if [ -x /usr/bin/chromium ]; then
  record chromium-install passed
else
  record chromium-install failed
fi

echo "== dotnet build src/NewsApi -c Release"
if dotnet build "$repo/src/NewsApi" -c Release --artifacts-path "$artifacts" -nologo -v quiet; then
  record api-build passed
else
  record api-build failed
  for name in api-start "${api_checks[@]}"; do record "$name" failed; done
  report_and_exit
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
export NEWSAPI_URL="$base"

echo "== starting the API on $base"
# The content root is the project folder so that appsettings.Development.json (the development API keys) applies.
(
  cd "$repo/src/NewsApi" &&
    ASPNETCORE_ENVIRONMENT=Development exec dotnet "$artifacts/bin/NewsApi/release/NewsApi.dll" \
      --urls "$base" \
      --ConnectionStrings:News="Data Source=$work/news.db" \
      --Seeding:Path="$repo/seeds" \
      --Seeding:Enabled=true
) >"$work/api.log" 2>&1 &
api_pid=$!

ready=no
for _ in $(seq 1 180); do
  if ! kill -0 "$api_pid" 2>/dev/null; then
    break
  fi
  if curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; then
    ready=yes
    break
  fi
  sleep 1
done
if [ "$ready" = yes ]; then
  record api-start passed
else
  echo "the API did not become ready; its log:" >&2
  tail -n 60 "$work/api.log" >&2
  record api-start failed
  for name in "${api_checks[@]}"; do record "$name" failed; done
  report_and_exit
fi

mkdir -p "$openapi_dir/out"
document="$openapi_dir/out/swagger.json"
if ! curl -fsS "$base/swagger/v1/swagger.json" -o "$document"; then
  echo "could not download /swagger/v1/swagger.json" >&2
  rm -f "$document"
fi

echo "== spectral lint"
# Warnings fail the check as errors do: every rule that is off or narrowed says why in .spectral.yaml.
if [ -s "$document" ] && npx --no-install spectral lint "$document" --ruleset "$openapi_dir/.spectral.yaml" --fail-severity warn; then
  record spectral-lint passed
else
  record spectral-lint failed
fi

echo "== openapi-typescript, tsc and the smoke client"
if [ -s "$document" ] &&
  npx --no-install openapi-typescript "$document" -o "$openapi_dir/client/schema.d.ts" &&
  npx --no-install tsc -p "$openapi_dir/client/tsconfig.json" &&
  node "$openapi_dir/out/client/smoke.js"; then
  record typescript-client passed
else
  record typescript-client failed
fi

echo "== Swagger UI in Chromium"
if [ -x /usr/bin/chromium ] && node "$openapi_dir/browser/swagger-ui.test.mjs"; then
  record swagger-ui-browser passed
else
  record swagger-ui-browser failed
fi

if [ "$failures" -ne 0 ]; then
  echo "== last lines of the API log" >&2
  tail -n 40 "$work/api.log" >&2
fi
report_and_exit

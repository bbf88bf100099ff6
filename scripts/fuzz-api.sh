#!/usr/bin/env bash
# The OpenAPI fuzzer's full run: scripts/fuzz-api.sh [REQUESTS]   (default 10000)
#
# Runs tests/NewsApi.Tests/Fuzzing/OpenApiFuzzTests (the same code dotnet test runs with 2,000 requests) with REQUESTS
# generated requests in all: 60% reads and writes built to be refused (stored state must stay byte-identical), 40% with
# valid keys and writes (stored state may change only through writes the API accepted). Prints the figures: requests per
# operation, statuses, time. Environment:
#   NEWSAPI_FUZZ_SEED=<seed>   replay the seed a failure printed (CsCheck_Seed works too); use with REQUESTS=1
#   NEWSAPI_FUZZ_KESTREL=1     send over real sockets to Kestrel instead of the in-memory test server
#   NEWSAPI_FUZZ_SURVEY=1      list one example of every kind of violation instead of stopping at the first
#   NEWSAPI_FUZZ_REPORT=<file> where the figures go (default: a temporary file, printed at the end)
#   ARTIFACTS=<dir>            dotnet's --artifacts-path, so that the run does not collide with another build
set -uo pipefail
cd "$(dirname "$0")/.."

requests=${1:-10000}
if ! [[ "$requests" =~ ^[0-9]+$ ]] || [ "$requests" -lt 1 ]; then
  echo "usage: $0 [REQUESTS]   (a positive number; default 10000)" >&2
  exit 2
fi
report=${NEWSAPI_FUZZ_REPORT:-$(mktemp -t newsapi-fuzz-XXXXXX.md)}
: > "$report"
export NEWSAPI_FUZZ_REQUESTS=$requests NEWSAPI_FUZZ_REPORT=$report

artifacts=()
if [ -n "${ARTIFACTS:-}" ]; then
  artifacts=(--artifacts-path "$ARTIFACTS")
fi

echo "fuzz-api: $requests requests, $(nproc) cores, load: $(uptime | sed 's/.*load average: //')"
start=$(date +%s)
dotnet test tests/NewsApi.Tests "${artifacts[@]}" --filter "FullyQualifiedName~NewsApi.Tests.Fuzzing.OpenApiFuzzTests" \
  --logger "console;verbosity=normal" 2>&1 | grep -v -E '^(info|warn|dbug|fail): |^      '
status=${PIPESTATUS[0]}
end=$(date +%s)

echo
cat "$report"
echo "fuzz-api: $requests requests in $((end - start)) s wall time (build and two app start-ups included); exit $status"
exit "$status"

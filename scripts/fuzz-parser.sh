#!/usr/bin/env bash
# Fuzzes the news parser with AFL++ for SECONDS (default 600): publishes fuzz/NewsApi.Ingestion.Fuzz, instruments
# NewsApi.Ingestion.dll with the sharpfuzz tool, seeds AFL with seeds/*.txt, runs afl-fuzz with fuzz/dictionary.txt, then
# prints executions, paths, crashes and hangs. The harness reads its input as UTF-8 in which a surrogate encoded on its
# own (ED A0 80) stays a lone surrogate, so AFL can reach those too.
# Exit status: 0 when AFL saved no crash and no hang, 1 when it saved some, 2 when the harness or afl-fuzz failed to run.
#
#   scripts/fuzz-parser.sh 1200                    # twenty minutes
#   FUZZ_OUT=/tmp/fz scripts/fuzz-parser.sh 60     # somewhere else than fuzz/out
#   FUZZ_SLOW_MS=5000 scripts/fuzz-parser.sh 60    # an input parsing longer than this counts as a crash (default 2000)
#
# Findings stay in $FUZZ_OUT/findings/default/{crashes,hangs}; replay one with
#   dotnet $FUZZ_OUT/bin/NewsApi.Ingestion.Fuzz.dll replay FILE...
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-600}
out=${FUZZ_OUT:-fuzz/out}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "installing afl++ (Debian package)"
  apt-get install -y --no-install-recommends afl++ >/dev/null 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y --no-install-recommends afl++ >/dev/null; }
fi

dotnet tool restore >/dev/null

rm -rf "$out/bin" "$out/in" "$out/findings"
mkdir -p "$out/in"
echo "== publishing the harness"
dotnet publish fuzz/NewsApi.Ingestion.Fuzz -c Release -o "$out/bin" --artifacts-path "$out/artifacts" -v quiet -nologo
echo "== instrumenting NewsApi.Ingestion.dll"
# Only the parser is instrumented: coverage of the harness, SharpFuzz or the framework would only be noise to AFL.
dotnet tool run sharpfuzz "$out/bin/NewsApi.Ingestion.dll"

cp seeds/*.txt "$out/in/"

# A container has no CPU frequency governor, its core_pattern pipes cores away, and dotnet is no AFL-built binary:
# those start-up checks are skipped. -m none: the runtime reserves far more address space than AFL's default limit.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1
export AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=60000
export FUZZ_SLOW_MS=${FUZZ_SLOW_MS:-2000}
echo "== afl-fuzz for ${duration}s"
afl-fuzz -i "$out/in" -o "$out/findings" -x fuzz/dictionary.txt -t 10000 -m none -V "$duration" \
  -- "$(command -v dotnet)" "$out/bin/NewsApi.Ingestion.Fuzz.dll" > "$out/afl.log" 2>&1 || {
  echo "afl-fuzz stopped with an error; the end of its log:"; tail -30 "$out/afl.log"; exit 2; }

stats="$out/findings/default/fuzzer_stats"
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(find "$out/findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$out/findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "afl-fuzz: run_time=$(value run_time)s execs_done=$(value execs_done) execs_per_sec=$(value execs_per_sec)" \
  "paths=$(value corpus_count) stability=$(value stability) crashes=$crashes hangs=$hangs"
if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
  find "$out/findings/default/crashes" "$out/findings/default/hangs" -type f -name 'id:*' | sort
  exit 1
fi

#!/usr/bin/env bash
# Fuzzes the news parser with AFL++ for SECONDS (default 600): publishes fuzz/NewsApi.Ingestion.Fuzz, instruments
# NewsApi.Ingestion.dll with the sharpfuzz tool, then runs afl-fuzz on one of two targets (FUZZ_TARGET):
#   text (default)  NewsDocumentParser.Parse,     seeded with seeds/*.txt,          dictionary fuzz/dictionary.txt
#   html            NewsDocumentParser.ParseHtml, seeded with fuzz/seeds-html/*,    dictionary fuzz/dictionary-html.txt
#                   (AngleSharp.dll is instrumented too, so that AFL sees the HTML tokenizer's and tree builder's branches)
# and prints executions, paths, crashes and hangs. The harness reads its input as UTF-8 in which a surrogate encoded on
# its own (ED A0 80) stays a lone surrogate, so AFL can reach those too.
# Exit status: 0 when AFL saved no crash and no hang, 1 when it saved some, 2 when the harness or afl-fuzz failed to run.
#
#   scripts/fuzz-parser.sh 1200                        # twenty minutes on the text path
#   FUZZ_TARGET=html scripts/fuzz-parser.sh 600        # ten minutes on the HTML path
#   FUZZ_OUT=/tmp/fz scripts/fuzz-parser.sh 60         # somewhere else than fuzz/out
#   FUZZ_BIN=/tmp/fz/bin scripts/fuzz-parser.sh 60     # reuse a harness an earlier run published and instrumented
#   FUZZ_SLOW_MS=5000 scripts/fuzz-parser.sh 60        # an input parsing longer than this counts as a crash (default 2000)
#
# Findings stay in $FUZZ_OUT/findings/default/{crashes,hangs}; replay one with
#   dotnet $FUZZ_OUT/bin/NewsApi.Ingestion.Fuzz.dll replay [html] FILE...
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

target=${FUZZ_TARGET:-text}
case $target in
  text) seeds=(seeds/*.txt); dictionary=fuzz/dictionary.txt; harness_args=() ;;
  html) seeds=(fuzz/seeds-html/*); dictionary=fuzz/dictionary-html.txt; harness_args=(html) ;;
  *) echo "FUZZ_TARGET must be text or html, not $target"; exit 2 ;;
esac

rm -rf "$out/in" "$out/findings"
mkdir -p "$out/in"
if [ -n "${FUZZ_BIN:-}" ] && [ -f "$FUZZ_BIN/NewsApi.Ingestion.Fuzz.dll" ]; then
  bin=$FUZZ_BIN
  echo "== reusing the harness in $bin"
else
  bin=$out/bin
  rm -rf "$bin"
  echo "== publishing the harness"
  dotnet publish fuzz/NewsApi.Ingestion.Fuzz -c Release -o "$bin" --artifacts-path "$out/artifacts" -v quiet -nologo
  echo "== instrumenting NewsApi.Ingestion.dll and AngleSharp.dll"
  # Only the parser and its HTML parser are instrumented: coverage of the harness, SharpFuzz or the framework would only
  # be noise to AFL. AngleSharp is not loaded on the text path, so its instrumentation costs that target nothing.
  dotnet tool run sharpfuzz "$bin/NewsApi.Ingestion.dll"
  dotnet tool run sharpfuzz "$bin/AngleSharp.dll"
fi

cp "${seeds[@]}" "$out/in/"

# A container has no CPU frequency governor, its core_pattern pipes cores away, and dotnet is no AFL-built binary:
# those start-up checks are skipped. -m none: the runtime reserves far more address space than AFL's default limit.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1
export AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=60000
export FUZZ_SLOW_MS=${FUZZ_SLOW_MS:-2000}
echo "== afl-fuzz on the $target path for ${duration}s"
afl-fuzz -i "$out/in" -o "$out/findings" -x "$dictionary" -t 10000 -m none -V "$duration" \
  -- "$(command -v dotnet)" "$bin/NewsApi.Ingestion.Fuzz.dll" "${harness_args[@]}" > "$out/afl.log" 2>&1 || {
  echo "afl-fuzz stopped with an error; the end of its log:"; tail -30 "$out/afl.log"; exit 2; }

stats="$out/findings/default/fuzzer_stats"
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(find "$out/findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$out/findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "afl-fuzz ($target): run_time=$(value run_time)s execs_done=$(value execs_done) execs_per_sec=$(value execs_per_sec)" \
  "paths=$(value corpus_count) stability=$(value stability) crashes=$crashes hangs=$hangs"
if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
  find "$out/findings/default/crashes" "$out/findings/default/hangs" -type f -name 'id:*' | sort
  exit 1
fi

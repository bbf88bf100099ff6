#!/usr/bin/env bash
# CI check: AFL++ on the parser harness (scripts/fuzz-parser.sh), on the text path then on the HTML path, for
# FUZZ_CI_SECONDS each (default 40; the harness is published and instrumented once and shared). One CHECK line per
# path: passed when AFL saved no crash and no hang; otherwise the saved inputs and what each does when replayed.
# Always exits 0: the CHECK lines carry the verdict. Longer runs: [FUZZ_TARGET=html] scripts/fuzz-parser.sh SECONDS.
set -uo pipefail
cd "$(dirname "$0")/../.."

seconds=${FUZZ_CI_SECONDS:-40}
root=$(mktemp -d /tmp/parser-fuzz-ci.XXXXXX)
# A shared CI machine may be slow; only an input slower than this is reported (AFL's own hang limit is 10 s).
export FUZZ_SLOW_MS=${FUZZ_SLOW_MS:-5000}
keep=false

for target in text html; do
  name=$([ "$target" = text ] && echo parser-afl || echo parser-afl-html)
  out=$root/$target
  mkdir -p "$out"
  # The text run publishes the harness; the HTML run reuses it.
  FUZZ_TARGET=$target FUZZ_OUT="$out" FUZZ_BIN="$root/text/bin" bash scripts/fuzz-parser.sh "$seconds" > "$out/run.log" 2>&1
  status=$?
  cat "$out/run.log"
  replay_args=()
  [ "$target" = html ] && replay_args=(html)
  case $status in
    0)
      echo "CHECK $name: passed"
      ;;
    1)
      keep=true
      mapfile -t saved < <(find "$out/findings/default/crashes" "$out/findings/default/hangs" -type f -name 'id:*' | sort)
      echo "AFL saved ${#saved[@]} input(s); replaying them:"
      bin=$root/text/bin
      [ -f "$bin/NewsApi.Ingestion.Fuzz.dll" ] || bin=$out/bin
      dotnet "$bin/NewsApi.Ingestion.Fuzz.dll" replay "${replay_args[@]}" "${saved[@]}" 2>&1 | cut -c1-2000
      echo "CHECK $name: failed (${#saved[@]} crash/hang input(s) in $out/findings/default: ${saved[*]##*/})"
      ;;
    *)
      keep=true
      echo "CHECK $name: failed (the harness did not build or afl-fuzz did not run; exit $status)"
      ;;
  esac
done

# Kept only when something was found: the published harness, its build and AFL's queues take some 50 MB.
if [ "$keep" = false ]; then
  rm -rf "$root"
fi
exit 0

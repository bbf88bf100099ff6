#!/usr/bin/env bash
# CI check: AFL++ on the parser harness (scripts/fuzz-parser.sh) for FUZZ_CI_SECONDS (default 60). Passes when AFL saved
# no crash and no hang; otherwise lists the saved inputs and what each does when replayed. Always exits 0: the CHECK line
# carries the verdict. Longer runs: scripts/fuzz-parser.sh SECONDS.
set -uo pipefail
cd "$(dirname "$0")/../.."

seconds=${FUZZ_CI_SECONDS:-60}
out=$(mktemp -d /tmp/parser-fuzz-ci.XXXXXX)
# A shared CI machine may be slow; only an input slower than this is reported (AFL's own hang limit is 10 s).
export FUZZ_SLOW_MS=${FUZZ_SLOW_MS:-5000}

FUZZ_OUT="$out" bash scripts/fuzz-parser.sh "$seconds" > "$out/run.log" 2>&1
status=$?
cat "$out/run.log"

case $status in
  0)
    echo "CHECK parser-afl: passed"
    # Kept only when something was found: the published harness, its build and AFL's queue take some 40 MB.
    rm -rf "$out"
    ;;
  1)
    mapfile -t saved < <(find "$out/findings/default/crashes" "$out/findings/default/hangs" -type f -name 'id:*' | sort)
    echo "AFL saved ${#saved[@]} input(s); replaying them:"
    dotnet "$out/bin/NewsApi.Ingestion.Fuzz.dll" replay "${saved[@]}" 2>&1 | cut -c1-2000
    echo "CHECK parser-afl: failed (${#saved[@]} crash/hang input(s) in $out/findings/default: ${saved[*]##*/})"
    ;;
  *)
    echo "CHECK parser-afl: failed (the harness did not build or afl-fuzz did not run; exit $status)"
    ;;
esac
exit 0

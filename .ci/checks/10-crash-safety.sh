#!/usr/bin/env bash
# Crash safety at CI size: 300 generated documents, SIGKILL three times while seeding, then the final state must equal a clean
# run's (scripts/crash-safety.sh prints the CHECK lines). Reuses the Debug build that `dotnet test` made.
set -uo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! CONFIG=Debug ARTIFACTS="" WORK="$work" TIMEOUT=600 bash scripts/crash-safety.sh 300 3; then
  echo "CHECK crash-safety: failed (the script could not run; see above)"
fi
exit 0

#!/usr/bin/env bash
# sqlmap at CI size: four parameters of the article list and one directory query at level 1 / risk 1 (a few seconds each),
# plus the real-Kestrel checks of scripts/sqlmap.sh (Server header, security headers, Swagger off in Production, NUL,
# chunked body limit). Reuses the Debug build that `dotnet test` made. The full run is `scripts/sqlmap.sh` (level 3, risk 2).
set -uo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! LEVEL=1 RISK=1 BUDGET=120 CONFIG=Debug ARTIFACTS="" WORK="$work" bash scripts/sqlmap.sh q tag from cursor people-q; then
  echo "CHECK sqlmap: failed (the script could not run; see above)"
fi
exit 0

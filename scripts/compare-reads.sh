#!/usr/bin/env bash
# Proof that a refactoring leaves the API's answers as they were: capture the OpenAPI document and a broad set of seeded
# GET reads (status, headers, body) from one build, capture again from another, and compare the two byte for byte.
#
#   scripts/compare-reads.sh capture OUT [DB]   build src/NewsApi from this checkout, start it on loopback port PORT and
#                                               save every read under OUT/. Without DB it seeds a fresh database from
#                                               seeds/ (and keeps it as OUT/news.db); with DB it serves a copy of that
#                                               database with seeding off, so that timestamps, ids and ETags are the same
#                                               as in the capture that made it, and then also records the answers of a
#                                               fixed run of people, organization and tag writes (Development's keys).
#   scripts/compare-reads.sh compare A B        diff of two captures' URLs, OpenAPI documents and reads; exit 1 on any difference.
#   scripts/compare-reads.sh compare-db A B     diff of the rows two fresh captures stored (A/news.db, B/news.db), with the
#                                               columns the clock or a new GUID fills (CreatedAt, UpdatedAt, Version,
#                                               Changes.At) starred: what seeding stored is the same, whenever it ran.
#
# Typical use: capture before/ on the old commit; on the new one capture after-same/ before/news.db (compare: identical)
# and after-fresh/ (the new build's own seeding; compare-db with before/: identical; its reads differ from before/ only in
# what createdAt and the ETags computed over it carry).
# Settings (environment): PORT (5447; the same for the captures compared), ARTIFACTS (build output, default a folder under OUT so parallel checkouts never share one).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)

compare() {
  local a=$1 b=$2
  local same=0
  diff "$a/urls.txt" "$b/urls.txt" || same=1
  diff "$a/openapi.json" "$b/openapi.json" || same=1
  diff -r "$a/reads" "$b/reads" || same=1
  if [ "$same" -eq 0 ]; then
    echo "identical: $(find "$a/reads" -name "*.body" | wc -l) answers and the OpenAPI document"
  else
    echo "DIFFERENT" >&2
    return 1
  fi
}

compare_db() {
  local same=0
  diff <(dump_db "$1/news.db") <(dump_db "$2/news.db") || same=1
  if [ "$same" -eq 0 ]; then
    echo "identical: the rows of every table"
  else
    echo "DIFFERENT" >&2
    return 1
  fi
}

dump_db() {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
clock = {"CreatedAt", "UpdatedAt", "Version", "At"}
tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'ArticleSearch%' ORDER BY name")]
for table in tables:
    columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
    select = ", ".join("'*'" if c in clock else f'"{c}"' for c in columns)
    print(f"== {table} ({', '.join(columns)})")
    for row in db.execute(f'SELECT {select} FROM "{table}" ORDER BY {", ".join(f"{i + 1}" for i in range(len(columns)))}'):
        print(repr(row))
# The full-text index, by what it returns rather than its shadow tables' pages.
print("== ArticleSearch")
for row in db.execute('SELECT rowid, * FROM "ArticleSearch" ORDER BY rowid'):
    print(repr(row))
PY
}

capture() {
  local out=$1 db=${2:-}
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  rm -rf "${out:?}"/reads "$out"/openapi.json "$out"/urls.txt
  mkdir -p "$out/reads"
  local artifacts=${ARTIFACTS:-$out/artifacts}
  echo "# building src/NewsApi" >&2
  dotnet build "$ROOT/src/NewsApi" -nologo -v quiet --artifacts-path "$artifacts" >"$out/build.log" 2>&1 \
    || { cat "$out/build.log" >&2; exit 1; }
  local dll="$artifacts/bin/NewsApi/debug/NewsApi.dll"

  local work
  work=$(mktemp -d "${TMPDIR:-/tmp}/compare-reads.XXXXXX")
  local seeding=true
  if [ -n "$db" ]; then
    cp "$db" "$work/news.db"
    seeding=false
  fi
  # A fixed port, because Link headers, feeds and JSON-LD carry absolute URLs: two captures must use the same one.
  local base="http://127.0.0.1:${PORT:-5447}"
  if curl -s -o /dev/null "$base/health/live"; then
    echo "something already listens on $base; set PORT" >&2
    exit 1
  fi

  # Development, as `dotnet run` starts it (Swagger on, output cache off); the read limit raised so that the captures are
  # never throttled, and its headers still written.
  (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development exec dotnet "$dll" --urls "$base" \
    --ConnectionStrings:News="Data Source=$work/news.db" --Seeding:Enabled=$seeding --Seeding:Path="$ROOT/seeds" \
    --RateLimits:Reads:PermitLimit=100000) >"$out/api.log" 2>&1 &
  local pid=$!
  # EXIT, not RETURN: set -e leaves through exit, and the API must not outlive the script.
  trap 'kill '"$pid"' 2>/dev/null || true; wait '"$pid"' 2>/dev/null || true; rm -rf '"$work" EXIT

  for _ in $(seq 1 240); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; then break; fi
    kill -0 "$pid" 2>/dev/null || { cat "$out/api.log" >&2; exit 1; }
    sleep 0.5
  done

  curl -sf "$base/swagger/v1/swagger.json" >"$out/openapi.json"

  # Keys to read come from the seeded data itself, the first items of the lists in their default order.
  local article article2 person org tag place
  article=$(curl -sf "$base/api/articles?pageSize=1" | jq -r '.items[0].slug')
  article2=$(curl -sf "$base/api/articles?pageSize=1&sort=oldest" | jq -r '.items[0].slug')
  person=$(curl -sf "$base/api/people?sort=articles&pageSize=1" | jq -r '.items[0].slug')
  org=$(curl -sf "$base/api/organizations?sort=articles&pageSize=1" | jq -r '.items[0].slug')
  tag=$(curl -sf "$base/api/tags?sort=articles&pageSize=100" | jq -r '[.items[] | select(.kind == "topic")][0].slug')
  place=$(curl -sf "$base/api/tags?sort=articles&pageSize=100" | jq -r '[.items[] | select(.kind == "place")][0].slug')
  local article_id
  article_id=$(curl -sf "$base/api/articles/$article" | jq -r '.id')
  local word
  word=$(curl -sf "$base/api/articles/$article" | jq -r '.headline' | tr -c 'A-Za-z\n' ' ' | awk '{for (i = 1; i <= NF; i++) if (length($i) > 4) {print tolower($i); exit}}')
  local cursor
  cursor=$(curl -sf "$base/api/articles?pageSize=2" | jq -r '.next')

  local urls=(
    "/api/articles"
    "/api/articles?page=2&pageSize=5"
    "/api/articles?pageSize=3&sort=oldest"
    "/api/articles?pageSize=100"
    "/api/articles?page=99"
    "/api/articles?tag=$tag"
    "/api/articles?tag=$tag&tag=$place"
    "/api/articles?person=$person"
    "/api/articles?organization=$org"
    "/api/articles?from=2020-01-01&to=2022-12-31"
    "/api/articles?q=$word"
    "/api/articles?q=$word&sort=newest"
    "/api/articles?q=\"$word\"%20OR%20water"
    "/api/articles?facets=tags,people,organizations,sources,years"
    "/api/articles?tag=$tag&facets=tags,years"
    "/api/articles?q=water&facets=tags,people"
    "/api/articles?pageSize=2"
    "/api/articles?pageSize=2&cursor=$cursor"
    "/api/articles?sort=bogus"
    "/api/articles?pageSize=0"
    "/api/articles?q=%22"
    "/api/articles/$article"
    "/api/articles/$article_id"
    "/api/articles/$article2"
    "/api/articles/$article?format=json"
    "/api/articles/$article?format=jsonld"
    "/api/articles/$article?format=ninjs"
    "/api/articles/$article2?format=jsonld"
    "/api/articles/$article2?format=ninjs"
    "/api/articles/$article/related"
    "/api/articles/no-such-article"
    "/api/articles/Bad%20Slug"
    "/api/people"
    "/api/people?sort=articles"
    "/api/people?q=${person%%-*}"
    "/api/people?page=2&pageSize=3"
    "/api/people/$person"
    "/api/people/$person/articles"
    "/api/people/$person/quotes"
    "/api/people/$person/related"
    "/api/people/no-such-person"
    "/api/organizations"
    "/api/organizations?sort=articles"
    "/api/organizations?q=${org%%-*}"
    "/api/organizations/$org"
    "/api/organizations/$org/articles"
    "/api/organizations/$org/people"
    "/api/organizations/$org/related"
    "/api/tags"
    "/api/tags?sort=articles"
    "/api/tags?q=${tag%%-*}"
    "/api/tags/$tag"
    "/api/tags/$tag/articles"
    "/api/tags/$place"
    "/api/tags/$place/articles?pageSize=1"
    "/api/quotes"
    "/api/quotes?person=$person"
    "/api/quotes?q=$word"
    "/api/search?q=${word:0:4}"
    "/api/search?q=${person:0:4}&types=people,organizations&limit=3"
    "/api/search?q=wat"
    "/api/changes"
    "/api/changes?limit=5"
    "/feeds/articles.atom"
    "/feeds/tags/$tag.atom"
    "/feeds/people/$person.atom"
    "/feeds/organizations/$org.atom"
    "/health/live"
  )
  local n=0
  for url in "${urls[@]}"; do
    n=$((n + 1))
    fetch "$base" "$url" "$(printf '%03d' "$n")" "$out"
  done
  # Content negotiation and conditional reads.
  n=$((n + 1)); fetch "$base" "/api/articles/$article" "$(printf '%03d' "$n")" "$out" -H 'Accept: application/ld+json'
  n=$((n + 1)); fetch "$base" "/api/articles/$article" "$(printf '%03d' "$n")" "$out" -H 'Accept: application/ninjs+json;q=0.9, application/json;q=0.5'
  n=$((n + 1)); fetch "$base" "/api/articles/$article" "$(printf '%03d' "$n")" "$out" -H 'Accept: text/html'
  local etag
  for url in "/api/articles/$article" "/api/articles?tag=$tag" "/api/people/$person" "/api/organizations/$org" "/api/tags/$tag"; do
    etag=$(curl -sfi "$base$url" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
    n=$((n + 1)); fetch "$base" "$url" "$(printf '%03d' "$n")" "$out" -H "If-None-Match: $etag"
  done

  if [ -n "$db" ]; then
    capture_writes "$base" "$out" "$n" "$person" "$org"
  fi

  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$db" ]; then
    cp "$work/news.db" "$out/news.db"
  fi
  echo "# captured $(wc -l <"$out/urls.txt") requests into $out" >&2
}

# After the reads, and only on a copy of a database (so that ids and ETags repeat): the directory write flow's answers,
# from 201 to 409, 412 and 428, each followed by the read that shows its effect.
capture_writes() {
  local base=$1 out=$2 n=$3 person=$4 org=$5
  local editor='X-Api-Key: dev-editor-key-change-me' admin='X-Api-Key: dev-admin-key-change-me' json='Content-Type: application/json'
  local patch='Content-Type: application/merge-patch+json'
  step() { n=$((n + 1)); fetch "$base" "$@" "$(printf '%03d' "$n")" "$out"; }
  etag() { curl -sfi "$base$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}'; }
  write() { local method=$1 url=$2; shift 2; n=$((n + 1)); fetch "$base" "$url" "$(printf '%03d' "$n")" "$out" -X "$method" "$@"; }

  write POST /api/tags -H "$editor" -H "$json" -d '{"name":"Harbour works"}'
  write POST /api/tags -H "$editor" -H "$json" -d '{"name":"HARBOUR Works"}'
  write POST /api/tags -H "$json" -d '{"name":"Anonymous"}'
  write POST /api/tags -H "$editor" -H "$json" -d '{"name":"Slugged","slug":"mine"}'
  write PUT /api/tags/harbour-works -H "$editor" -H "$json" -d '{"name":"Harbour Works","kind":"place"}'
  write PUT /api/tags/harbour-works -H "$editor" -H "$json" -H 'If-Match: "stale"' -d '{"name":"Harbour Works","kind":"place"}'
  write PUT /api/tags/harbour-works -H "$editor" -H "$json" -H "If-Match: $(etag /api/tags/harbour-works)" -d '{"name":"Harbour Works","kind":"place"}'
  write PATCH /api/tags/harbour-works -H "$editor" -H "$patch" -H "If-Match: $(etag /api/tags/harbour-works)" -d '{"kind":"topic"}'
  write PATCH /api/tags/harbour-works -H "$editor" -H "$patch" -H "If-Match: $(etag /api/tags/harbour-works)" -d '{"slug":"other"}'
  write PATCH /api/tags/harbour-works -H "$editor" -H "$patch" -H "If-Match: $(etag /api/tags/harbour-works)" -d '[1]'
  write PUT /api/tags/no-such-tag -H "$editor" -H "$json" -H 'If-Match: *' -d '{"name":"Nothing"}'
  write PUT /api/tags/Bad%20Slug -H "$editor" -H "$json" -H 'If-Match: *' -d '{"name":"Nothing"}'
  write POST /api/people -H "$editor" -H "$json" -d '{"name":"Ilse Marn","title":"harbour master","affiliation":"'"$org"'","aliases":["Marn"," marn ","Ilse Marn"]}'
  write POST /api/people -H "$editor" -H "$json" -d '{"name":"Piet Marn","affiliation":"no-such-organization"}'
  write POST /api/organizations -H "$editor" -H "$json" -d '{"name":"Harbour Authority","kind":"agency","parent":"'"$org"'","aliases":["HA"]}'
  write PUT "/api/organizations/$org" -H "$editor" -H "$json" -H "If-Match: $(etag "/api/organizations/$org")" -d '{"name":"Reuters","parent":"harbour-authority"}'
  write PATCH /api/people/ilse-marn -H "$editor" -H "$patch" -H "If-Match: $(etag /api/people/ilse-marn)" -d '{"title":null,"aliases":["I. Marn"]}'
  write PATCH /api/people/ilse-marn -H "$editor" -H "$patch" -H "If-Match: $(etag /api/people/ilse-marn)" -d "{\"name\":\"$(curl -sf "$base/api/people/$person" | jq -r .name)\"}"
  write POST /api/people/ilse-marn/merge -H "$editor" -H "$json" -d '{"into":"ilse-marn"}'
  write POST /api/people/ilse-marn/merge -H "$editor" -H "$json" -d '{"into":"no-such-person"}'
  write POST /api/people/ilse-marn/merge -H "$editor" -H "$json" -H 'If-Match: "stale"' -d "{\"into\":\"$person\"}"
  write POST /api/people/ilse-marn/merge -H "$editor" -H "$json" -d "{\"into\":\"$person\"}"
  step "/api/people/$person"
  write POST /api/organizations/harbour-authority/merge -H "$editor" -H "$json" -d '{"into":"harbour-authority"}'
  write POST "/api/organizations/harbour-authority/merge" -H "$editor" -H "$json" -d "{\"into\":\"$org\"}"
  step "/api/organizations/$org"
  step "/api/organizations/$org/people"
  write DELETE "/api/people/$person" -H "$editor" -H "If-Match: $(etag "/api/people/$person")"
  write DELETE "/api/people/$person" -H "$admin"
  write DELETE "/api/people/$person" -H "$admin" -H "If-Match: $(etag "/api/people/$person")"
  write DELETE "/api/people/$person?force=true" -H "$admin" -H "If-Match: $(etag "/api/people/$person")"
  step "/api/people/$person"
  write DELETE "/api/organizations/$org?force=true" -H "$admin" -H "If-Match: $(etag "/api/organizations/$org")"
  write DELETE /api/tags/harbour-works -H "$admin" -H "If-Match: $(etag /api/tags/harbour-works)"
  step "/api/people?sort=articles"
  step "/api/organizations?sort=articles"
  step "/api/tags?sort=articles"
  step "/api/articles?pageSize=100"
}

# One read: OUT/reads/NNN.headers (the URL, the status line and every header, with what depends on the clock starred:
# Date, the output cache's Age, the rate limit's remaining permits and seconds to its reset) and OUT/reads/NNN.body (with
# the problem's random traceId starred).
fetch() {
  local base=$1 url=$2 id=$3 out=$4
  shift 4
  : >"$out/reads/$id.body"
  {
    echo "GET $url $*"
    curl -s -D - -o "$out/reads/$id.body" "$@" "$base$url" | tr -d '\r' \
      | sed -E -e 's/^(date|age): .*/\1: */I' -e 's/(remaining=)[0-9]+/\1*/I' -e 's/(, reset=)[0-9]+/\1*/I'
  } >"$out/reads/$id.headers"
  sed -E -i 's/"traceId":"[^"]*"/"traceId":"*"/' "$out/reads/$id.body"
  echo "$id $url $*" >>"$out/urls.txt"
}

case "${1:-}" in
  capture) shift; capture "$@" ;;
  compare) shift; compare "$@" ;;
  compare-db) shift; compare_db "$@" ;;
  *) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the tests and for local runs, from Debian's packages.
#
#   scripts/postgres-local.sh start   # install if missing, initdb once, start; prints the export lines
#   scripts/postgres-local.sh env     # the export lines for a running server (eval "$(scripts/postgres-local.sh env)")
#   scripts/postgres-local.sh stop
#
# PGLOCAL_DIR (default /tmp/newsapi-postgres) holds the cluster, its password and its port; PGLOCAL_PORT picks the port
# (default: the first free one from 55432). The cluster trades durability for speed (fsync off): it is for tests only.
set -euo pipefail

dir=${PGLOCAL_DIR:-/tmp/newsapi-postgres}
data="$dir/data"

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] || [ ! -x "$found/pg_ctl" ]; then
    return 1
  fi
  echo "$found"
}

install_postgres() {
  if find_bin >/dev/null; then
    return
  fi
  echo "installing PostgreSQL from the Debian packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y postgresql >&2; then
    apt-get update >&2
    apt-get install -y postgresql >&2
  fi
}

# initdb and the server refuse to run as root: run them as the postgres user then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port=${PGLOCAL_PORT:-55432}
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

print_env() {
  local password port
  password=$(cat "$dir/password")
  port=$(cat "$dir/port")
  echo "export NEWSAPI_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Password=$password'"
}

running() {
  local bin
  bin=$(find_bin) || return 1
  [ -f "$data/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

start() {
  install_postgres
  local bin
  bin=$(find_bin)
  if running; then
    print_env
    return
  fi
  mkdir -p "$dir"
  if [ ! -f "$data/PG_VERSION" ]; then
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/password"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
    # C.UTF-8: UTF-8 character classes for the full-text parser and lower(); every text column sorts by "C" anyway.
    as_owner "$bin/initdb" -D "$data" -U postgres --pwfile="$dir/password" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  free_port >"$dir/port"
  [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $(cat "$dir/port") -k $dir -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
  print_env
}

stop() {
  local bin
  bin=$(find_bin) || return 0
  if running; then
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) running && print_env || { echo "no server running in $dir; run: $0 start" >&2; exit 1; } ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac

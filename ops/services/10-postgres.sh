#!/usr/bin/env bash
# Starts (idempotently) a private PostgreSQL 15 cluster for the tests on 127.0.0.1:$PARLEY_PG_PORT (15432),
# with its data under $PARLEY_VAR/postgres, creates role and database `parley`, and appends
# PARLEY_TEST_DATABASE_URL to $PARLEY_TEST_ENV. A server already answering on that port is reused.
# The server refuses to run as root, so as root it runs as the `postgres` system user.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PARLEY_VAR="${PARLEY_VAR:-$ROOT/var}"
PARLEY_TEST_ENV="${PARLEY_TEST_ENV:-$PARLEY_VAR/test.env}"
PORT="${PARLEY_PG_PORT:-15432}"
DIR="$PARLEY_VAR/postgres"
DATA="$DIR/data"
LOG="$DIR/postgres.log"

fail() { echo "parley: postgres: $*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

find_bin() {
  local candidate
  for candidate in /usr/lib/postgresql/15/bin "$(dirname "$(readlink -f "$(command -v pg_ctl 2>/dev/null || echo /nonexistent)")")"; do
    [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/initdb" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

BIN=$(find_bin) || {
  is_root || fail "PostgreSQL 15 is not installed and we are not root to install it: apt-get install postgresql-15"
  echo "parley: postgres: installing the postgresql-15 package" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15; } >/dev/null 2>&1 \
    || fail "apt-get install postgresql-15 failed"
  BIN=$(find_bin) || fail "postgresql-15 installed but pg_ctl/initdb not found under /usr/lib/postgresql/15/bin"
}

as_owner() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_admin() { "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres "$@"; }

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  echo "parley: postgres: reusing the server on 127.0.0.1:$PORT" >&2
else
  mkdir -p "$DIR"
  if is_root; then chown postgres:postgres "$DIR"; fi
  chmod 700 "$DIR"
  if [ ! -s "$DATA/PG_VERSION" ]; then
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 >"$DIR/initdb.log" 2>&1 \
      || fail "initdb failed, see $DIR/initdb.log"
  fi
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || fail "the server did not start on 127.0.0.1:$PORT, see $LOG"
fi

psql_admin -tAc "select 1 from pg_roles where rolname = 'parley'" | grep -q 1 \
  || psql_admin -c "create role parley login password 'parley'" || fail "could not create role parley"
psql_admin -tAc "select 1 from pg_database where datname = 'parley'" | grep -q 1 \
  || psql_admin -c "create database parley owner parley" || fail "could not create database parley"

mkdir -p "$(dirname "$PARLEY_TEST_ENV")"
echo "PARLEY_TEST_DATABASE_URL=postgres://parley:parley@127.0.0.1:$PORT/parley" >>"$PARLEY_TEST_ENV"

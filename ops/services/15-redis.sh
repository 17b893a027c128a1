#!/usr/bin/env bash
# Starts (idempotently) a private redis-server for the tests on 127.0.0.1:$PARLEY_REDIS_PORT (16379),
# without persistence, with its pid, log and working directory under $PARLEY_VAR/redis, and appends
# PARLEY_TEST_REDIS_URL to $PARLEY_TEST_ENV. A server already answering PING on that port is reused.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PARLEY_VAR="${PARLEY_VAR:-$ROOT/var}"
PARLEY_TEST_ENV="${PARLEY_TEST_ENV:-$PARLEY_VAR/test.env}"
PORT="${PARLEY_REDIS_PORT:-16379}"
DIR="$PARLEY_VAR/redis"

fail() { echo "parley: redis: $*" >&2; exit 1; }

if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || fail "redis-server is not installed and we are not root to install it: apt-get install redis-server"
  echo "parley: redis: installing the redis-server package" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; } >/dev/null 2>&1 \
    || fail "apt-get install redis-server failed"
fi

if [ "$(redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null)" = "PONG" ]; then
  echo "parley: redis: reusing the server on 127.0.0.1:$PORT" >&2
else
  mkdir -p "$DIR"
  redis-server --port "$PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
    --dir "$DIR" --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" >/dev/null \
    || fail "redis-server did not start on 127.0.0.1:$PORT, see $DIR/redis.log"
  for _ in $(seq 1 50); do
    [ "$(redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null)" = "PONG" ] && break
    sleep 0.1
  done
  [ "$(redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null)" = "PONG" ] \
    || fail "redis-server does not answer PING on 127.0.0.1:$PORT, see $DIR/redis.log"
fi

mkdir -p "$(dirname "$PARLEY_TEST_ENV")"
echo "PARLEY_TEST_REDIS_URL=redis://127.0.0.1:$PORT" >>"$PARLEY_TEST_ENV"

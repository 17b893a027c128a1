#!/usr/bin/env bash
# Installs the Node packages the tests of adapters/redis drive (pinned by adapters/redis/src/test/node/package-lock.json:
# socket.io-client, socket.io with @socket.io/redis-adapter, @socket.io/redis-emitter, redis) and exports
# PARLEY_REDIS_NODE_MODULES. Idempotent: `npm ci` runs only when the lock file changed since the last install.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PARLEY_VAR="${PARLEY_VAR:-$ROOT/var}"
SOURCE="$ROOT/adapters/redis/src/test/node"
TARGET="$PARLEY_VAR/redis-node"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "parley: node and npm are needed for the Redis adapter interoperability tests; install Node.js 18 or newer" >&2
  exit 1
fi

mkdir -p "$TARGET"
STAMP="$TARGET/.installed-lock.sha256"
WANTED=$(cat "$SOURCE/package.json" "$SOURCE/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ ! -d "$TARGET/node_modules/@socket.io/redis-adapter" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANTED" ]; then
  cp "$SOURCE/package.json" "$SOURCE/package-lock.json" "$TARGET/"
  if ! (cd "$TARGET" && npm ci --no-audit --no-fund --loglevel=error >"$TARGET/npm-ci.log" 2>&1); then
    echo "parley: npm ci of the Redis adapter test packages failed, see $TARGET/npm-ci.log" >&2
    exit 1
  fi
  echo "$WANTED" >"$STAMP"
fi

if [ -n "${PARLEY_TEST_ENV:-}" ]; then
  echo "PARLEY_REDIS_NODE_MODULES=$TARGET/node_modules" >>"$PARLEY_TEST_ENV"
fi
echo "PARLEY_REDIS_NODE_MODULES=$TARGET/node_modules"

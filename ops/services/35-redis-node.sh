#!/usr/bin/env bash
# Installs the Node packages the tests of adapters/redis drive (pinned by adapters/redis/src/test/node/package-lock.json:
# socket.io-client, socket.io with @socket.io/redis-adapter, @socket.io/redis-emitter, redis) and exports
# PARLEY_REDIS_NODE_MODULES.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PARLEY_VAR="${PARLEY_VAR:-$ROOT/var}"
source "$ROOT/ops/lib/npm-packages.sh"
parley_npm_packages "$ROOT/adapters/redis/src/test/node" redis-node @socket.io/redis-adapter \
  PARLEY_REDIS_NODE_MODULES "the Redis adapter interoperability tests"

#!/usr/bin/env bash
# Installs the official socket.io-client (pinned by adapters/socketio/src/test/node/package-lock.json)
# for the end-to-end tests, and exports PARLEY_SOCKETIO_NODE_MODULES.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PARLEY_VAR="${PARLEY_VAR:-$ROOT/var}"
source "$ROOT/ops/lib/npm-packages.sh"
parley_npm_packages "$ROOT/adapters/socketio/src/test/node" socketio-client socket.io-client \
  PARLEY_SOCKETIO_NODE_MODULES "the Socket.IO end-to-end tests"

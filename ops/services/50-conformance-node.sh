#!/usr/bin/env bash
# Installs the Node reference server (socket.io, engine.io) and the official engine.io-client, pinned
# by ops/conformance/src/test/node/package-lock.json, for the conformance tests of ops/conformance
# (Parley's answers compared with Node's), and exports PARLEY_CONFORMANCE_NODE_MODULES.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PARLEY_VAR="${PARLEY_VAR:-$ROOT/var}"
source "$ROOT/ops/lib/npm-packages.sh"
parley_npm_packages "$ROOT/ops/conformance/src/test/node" conformance-node engine.io \
  PARLEY_CONFORMANCE_NODE_MODULES "the conformance tests against the Node reference server"

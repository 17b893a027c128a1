#!/usr/bin/env bash
# HAProxy for the cluster tests (ops/cluster-tests start ops/cluster, which runs it): installs Debian's
# haproxy package when it is missing and we are root, and exports PARLEY_HAPROXY. Starts nothing.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$ROOT/ops/lib/haproxy.sh"
if [ -n "${PARLEY_TEST_ENV:-}" ]; then
  mkdir -p "$(dirname "$PARLEY_TEST_ENV")"
  echo "PARLEY_HAPROXY=$PARLEY_HAPROXY" >>"$PARLEY_TEST_ENV"
fi
echo "PARLEY_HAPROXY=$PARLEY_HAPROXY"

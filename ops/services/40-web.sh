#!/usr/bin/env bash
# The web client's browser tests: Debian's Chromium (installed with apt-get when missing and running as
# root; browsers are never downloaded by npm) and the npm packages of web/ (npm ci, only when the lock
# changed). Exports PARLEY_WEB_NODE_MODULES (playwright-core) and PARLEY_CHROMIUM.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PARLEY_VAR="${PARLEY_VAR:-$ROOT/var}"
CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    mkdir -p "$PARLEY_VAR"
    if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
      >"$PARLEY_VAR/chromium-install.log" 2>&1; then
      echo "parley: installing chromium with apt-get failed, see $PARLEY_VAR/chromium-install.log" >&2
      exit 1
    fi
  else
    echo "parley: $CHROMIUM is missing: install Debian's chromium package (apt-get install chromium)" >&2
    exit 1
  fi
fi

bash "$ROOT/web/build.sh" --install

if [ -n "${PARLEY_TEST_ENV:-}" ]; then
  echo "PARLEY_WEB_NODE_MODULES=$ROOT/web/node_modules" >>"$PARLEY_TEST_ENV"
  echo "PARLEY_CHROMIUM=$CHROMIUM" >>"$PARLEY_TEST_ENV"
fi
echo "PARLEY_WEB_NODE_MODULES=$ROOT/web/node_modules"

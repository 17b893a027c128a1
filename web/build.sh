#!/usr/bin/env bash
# Builds the browser client into <output dir> (default web/dist), or with --install only installs the
# npm packages (ops/services/40-web.sh, for the browser tests' playwright-core). Installs the npm packages pinned by
# package-lock.json (npm ci, only when the lock changed), bundles src/main.js with socket.io-client by
# esbuild and copies the HTML and CSS beside it. Maven runs it for app (generate-resources), so the page
# ends up on app's classpath under web/. Nothing third-party is committed: node_modules and the bundle
# are git-ignored build output.
set -euo pipefail
WEB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT="${1:-$WEB/dist}"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "parley: node and npm are needed to build the web client; install Node.js 18 or newer" >&2
  exit 1
fi

STAMP="$WEB/node_modules/.parley-lock.sha256"
WANTED=$(cat "$WEB/package.json" "$WEB/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ ! -x "$WEB/node_modules/.bin/esbuild" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANTED" ]; then
  if ! (cd "$WEB" && npm ci --no-audit --no-fund --loglevel=error >&2); then
    echo "parley: npm ci in web/ failed" >&2
    exit 1
  fi
  echo "$WANTED" >"$STAMP"
fi

[ "$OUT" = "--install" ] && exit 0
mkdir -p "$OUT"
# A source map only on request (PARLEY_WEB_SOURCEMAP=true, as ops/run sets for dev mode): a
# production build ships none, and the server serves *.map files only in dev mode anyway.
SOURCEMAP=()
rm -f "$OUT/app.js.map"
if [ "${PARLEY_WEB_SOURCEMAP:-false}" = true ]; then SOURCEMAP=(--sourcemap); fi
"$WEB/node_modules/.bin/esbuild" "$WEB/src/main.js" --bundle --format=esm --target=es2020 \
  --minify "${SOURCEMAP[@]}" --log-level=warning --outfile="$OUT/app.js"
cp "$WEB/src/index.html" "$WEB/src/style.css" "$OUT/"

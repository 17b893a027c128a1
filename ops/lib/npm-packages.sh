# Sourced by ops/services scripts: installs the npm packages pinned by a package-lock.json into
# $PARLEY_VAR and exports their node_modules path to the tests.
# Usage: parley_npm_packages SOURCE_DIR TARGET_NAME MARKER_PACKAGE VARIABLE WHAT
# Idempotent: `npm ci` runs only when package.json or package-lock.json changed since the last install.
parley_npm_packages() {
  local source=$1 target="$PARLEY_VAR/$2" marker=$3 variable=$4 what=$5
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "parley: node and npm are needed for $what; install Node.js 18 or newer" >&2
    exit 1
  fi
  mkdir -p "$target"
  local stamp="$target/.installed-lock.sha256" wanted
  wanted=$(cat "$source/package.json" "$source/package-lock.json" | sha256sum | cut -d' ' -f1)
  if [ ! -d "$target/node_modules/$marker" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    cp "$source/package.json" "$source/package-lock.json" "$target/"
    if ! (cd "$target" && npm ci --no-audit --no-fund --loglevel=error >"$target/npm-ci.log" 2>&1); then
      echo "parley: npm ci of the packages for $what failed, see $target/npm-ci.log" >&2
      exit 1
    fi
    echo "$wanted" >"$stamp"
  fi
  if [ -n "${PARLEY_TEST_ENV:-}" ]; then
    echo "$variable=$target/node_modules" >>"$PARLEY_TEST_ENV"
  fi
  echo "$variable=$target/node_modules"
}

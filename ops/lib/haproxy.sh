# Sourced by ops/cluster and ops/services/45-haproxy.sh: exports PARLEY_HAPROXY, the haproxy binary
# (2.6 or newer), installing Debian's `haproxy` package with apt-get when it is missing and we are
# root; otherwise exits with one clear line.

parley_find_haproxy() {
  local candidate
  for candidate in "${PARLEY_HAPROXY:-}" "$(command -v haproxy 2>/dev/null)" /usr/sbin/haproxy /usr/local/sbin/haproxy; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

PARLEY_HAPROXY=$(parley_find_haproxy) || {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "parley: haproxy is not installed and we are not root to install it: apt-get install haproxy" >&2
    exit 1
  fi
  echo "parley: haproxy: installing the haproxy package" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy; } >/dev/null 2>&1 || {
    echo "parley: apt-get install haproxy failed" >&2
    exit 1
  }
  PARLEY_HAPROXY=$(parley_find_haproxy) || { echo "parley: haproxy installed but not found" >&2; exit 1; }
}
# The config uses HAProxy 2.6 syntax (http-check send, option redispatch <n>).
PARLEY_HAPROXY_VERSION=$("$PARLEY_HAPROXY" -v 2>&1 | sed -n 1p)
if ! grep -Eq 'version (2\.([6-9]|[1-9][0-9])|[3-9])\.' <<<"$PARLEY_HAPROXY_VERSION"; then
  echo "parley: $PARLEY_HAPROXY is older than HAProxy 2.6: $PARLEY_HAPROXY_VERSION" >&2
  exit 1
fi
export PARLEY_HAPROXY

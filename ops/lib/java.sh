# Sourced by the ops scripts: exports JAVA_HOME pointing at a JDK 21 or newer, or exits with one clear line.
# Order: $JAVA_HOME if it is new enough, then the newest JDK found in the usual install folders, then `java` on PATH.

parley_java_major() { # prints the feature version of the java binary given as $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -1
}

parley_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(parley_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(parley_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(parley_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then best=$candidate; fi
  fi
  [ -n "$best" ] && echo "$best"
}

JAVA_HOME=$(parley_find_jdk) || true
if [ -z "${JAVA_HOME:-}" ]; then
  echo "parley: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk" >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
if ! command -v mvn >/dev/null 2>&1; then
  echo "parley: Maven (mvn) not found on PATH; install it, e.g. apt-get install maven" >&2
  exit 1
fi

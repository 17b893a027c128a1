#!/usr/bin/env bash
# Builds and runs the JMH codec benchmarks: ops/benchmarks/run.sh [JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$ROOT/ops/lib/java.sh"
cd "$ROOT"
mvn -B -ntp -q -pl ops/benchmarks -am package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true
exec java --sun-misc-unsafe-memory-access=allow -jar ops/benchmarks/target/parley-benchmarks.jar "$@"

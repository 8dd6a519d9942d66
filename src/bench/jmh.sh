#!/usr/bin/env bash
# Per-kernel JMH benchmarks (org.citynet.bench.jmh) from target/citynet-bench.jar, with the machine
# and the load recorded beside the numbers. Builds the jar first when it is missing or older than
# the sources. Usage: src/bench/jmh.sh [JMH options] [benchmark regex]
#   src/bench/jmh.sh                          # every kernel at its default sizes
#   src/bench/jmh.sh Leiden -p n=10000        # one kernel, one size
#   src/bench/jmh.sh -l                       # list the benchmarks
# The log goes to src/bench/results/jmh-<UTC time>.txt and JMH's JSON beside it (BENCH_OUT
# overrides the folder). The machine may be shared: compare the load averages printed.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$home/target/citynet-bench.jar"
out="${BENCH_OUT:-$home/src/bench/results}"
mkdir -p "$out"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
log="$out/jmh-$stamp.txt"
cd "$home"
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/*/pom.xml src/*/main -newer "$jar" -print -quit)" ]; then
  echo "src/bench/jmh.sh: building (mvn -B -q -DskipTests package)..." >&2
  mvn -B -q -DskipTests package >&2
fi
{
  echo "# citynet JMH kernels, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "# command: src/bench/jmh.sh $*"
  echo "# commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "# nproc: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "# memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2 / 1048576}'); java: $(java -version 2>&1 | head -1)"
  echo "# load average at start: $(cat /proc/loadavg)"
} | tee "$log"
java -cp "$jar" org.openjdk.jmh.Main -rf json -rff "$out/jmh-$stamp.json" "$@" 2>&1 | tee -a "$log"
echo "# load average at end: $(cat /proc/loadavg)" | tee -a "$log"
echo "src/bench/jmh.sh: log written to $log" >&2

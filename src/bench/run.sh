#!/usr/bin/env bash
# Runs `citynet bench` under /usr/bin/time -v and records the machine with the numbers.
# Usage: src/bench/run.sh [bench options]
#   src/bench/run.sh        # both shipped twinning datasets and a seeded 20,000 x 60,000 random graph
#   src/bench/run.sh --data datasets/twin-cities-world --no-python --threads 1,2
# The log goes to src/bench/results/bench-<UTC time>.txt (BENCH_OUT overrides the folder).
# The machine may be shared: the load average is printed with every stage; compare CPU times or
# repeat runs when it is high.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${BENCH_OUT:-$home/src/bench/results}"
mkdir -p "$out"
log="$out/bench-$(date -u +%Y%m%dT%H%M%SZ).txt"
if [ ! -x /usr/bin/time ]; then
  echo "src/bench/run.sh: /usr/bin/time is missing (Debian: apt-get install time)" >&2
  exit 1
fi
cd "$home"
if [ "$#" -eq 0 ]; then
  set -- --data datasets/mayoral-forum-twinning --data datasets/twin-cities-world \
    --synthetic 20000,60000 --without-peeling
fi
{
  echo "# citynet bench, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "# command: ./citynet bench $*"
  echo "# commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "# nproc: $(nproc)"
  echo "# cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "# memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2 / 1048576}')"
  echo "# java: $(java -version 2>&1 | head -1)"
  echo "# python: $(/usr/bin/python3 -c 'import igraph, networkx; print("igraph", igraph.__version__, "networkx", networkx.__version__)' 2>&1 | tail -1)"
  echo "# load average at start: $(cat /proc/loadavg)"
} | tee "$log"
/usr/bin/time -v ./citynet bench "$@" 2>&1 | tee -a "$log"
echo "# load average at end: $(cat /proc/loadavg)" | tee -a "$log"
echo "src/bench/run.sh: log written to $log" >&2

#!/usr/bin/env bash
# CPU cost of the significance samples: one degree-preserving null network (rewiring + Leiden with
# the run's starts) and one broker resample (betweenness with 10% of the links left out), measured
# as the difference in process CPU time (user + sys) between whole runs with and without them.
# Usage:
#   src/bench/significance-cost.sh                   # default dataset, world network, G(10,000, 30,000)
#   src/bench/significance-cost.sh --only world      # one of: default, world, g10k
#   src/bench/significance-cost.sh --nulls 3 --resamples 5
# Per network: a run with no samples, one with --nulls null networks, one with --resamples
# resamples (the E-I permutations stay at their default in all three); prints user + sys seconds
# of each, the cost per sample, and the load average around each run. CPU time, not wall time, so
# that a loaded machine still gives usable figures (contention inflates them somewhat).
# The log goes to src/bench/results/significance-cost-<UTC time>.txt (BENCH_OUT overrides the folder).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
only=all
nulls=3
resamples=5
while [ "$#" -gt 0 ]; do
  case "$1" in
    --only) only="$2"; shift 2 ;;
    --nulls) nulls="$2"; shift 2 ;;
    --resamples) resamples="$2"; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "src/bench/significance-cost.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "src/bench/significance-cost.sh: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 1; }
out="${BENCH_OUT:-$home/src/bench/results}"
mkdir -p "$out"
log="$out/significance-cost-$(date -u +%Y%m%dT%H%M%SZ).txt"
work="$(mktemp -d /tmp/citynet-significance-cost.XXXXXX)"
cd "$home"
exec > >(tee "$log") 2>&1

echo "# citynet significance sample cost, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "# nproc: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
./citynet --version >/dev/null # builds the jar when the sources are newer

echo "# a first run of the default dataset writes the class-data archive: not counted"
./citynet --dataset mayoral-forum-twinning --out "$work/warmup" >/dev/null 2>&1

g10k="$work/random-g10k"
if [ "$only" = all ] || [ "$only" = g10k ]; then
  ./citynet bench --generate random --cities-count 10000 --links-count 30000 --seed 3 --out "$g10k" >/dev/null
fi

# Prints the user + sys seconds of one whole run.
cpu_of() {
  local label="$1" dir="$2" n="$3" r="$4" stats="$work/time-$1.txt"
  local before
  before="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -v -o "$stats" ./citynet --cities "$dir/cities.csv" --links "$dir/links.csv" \
    --out "$work/out-$label" --name "$label" --null-networks "$n" --resamples "$r" \
    >"$work/log-$label.txt" 2>&1 ||
    { echo "citynet failed on $label; see $work/log-$label.txt" >&2; exit 1; }
  awk -v before="$before" -v after="$(cut -d' ' -f1 /proc/loadavg)" '
    /User time/ { user = $NF } /System time/ { sys = $NF }
    END { printf "%.2f %s %s\n", user + sys, before, after }' "$stats"
}

measure() {
  local label="$1" dir="$2" base with_nulls with_resamples l0 l1 l2
  read -r base l0 < <(cpu_of "$label-none" "$dir" 0 0)
  read -r with_nulls l1 < <(cpu_of "$label-nulls" "$dir" "$nulls" 0)
  read -r with_resamples l2 < <(cpu_of "$label-resamples" "$dir" 0 "$resamples")
  echo "$label: no samples ${base} s CPU (load $l0); $nulls null networks ${with_nulls} s (load $l1); $resamples resamples ${with_resamples} s (load $l2)"
  awk -v b="$base" -v n="$with_nulls" -v r="$with_resamples" -v kn="$nulls" -v kr="$resamples" -v label="$label" 'BEGIN {
    printf "%s: one null network %.2f s CPU, one resample %.2f s CPU\n", label, (n - b) / kn, (r - b) / kr }'
}

case "$only" in all | default) measure default "$home/datasets/mayoral-forum-twinning" ;; esac
case "$only" in all | world) measure world "$home/datasets/twin-cities-world" ;; esac
case "$only" in all | g10k) measure g10k "$g10k" ;; esac
echo "# load average at end: $(cat /proc/loadavg)"
echo "# log: $log"

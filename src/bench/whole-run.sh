#!/usr/bin/env bash
# Whole-run benchmark: ./citynet end to end, all default outputs, on a random network, the world
# twinning network and the default dataset, next to python-igraph's betweenness() on the same
# links in the same session. Usage:
#   src/bench/whole-run.sh                 # G(10,000, 30,000) seed 3, world, default dataset
#   src/bench/whole-run.sh --repeat 3      # each citynet run three times (igraph too)
#   src/bench/whole-run.sh --kernel        # also the exact kernel on G(20,000, 60,000) against igraph
#                                      # (1 thread) and graph-tool (OpenMP, all cores)
#   src/bench/whole-run.sh --only g10k     # one of: g10k, world, default
# Prints, per run: wall, user, sys, CPU utilisation = (user + sys) / wall / cores, peak RSS, the
# load average before and after, and the size of every output; then igraph's time and the ratio.
# The log goes to src/bench/results/whole-run-<UTC time>.txt (BENCH_OUT overrides the folder). The
# networks and outputs go to a temporary folder (WHOLE_RUN_DIR overrides it).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repeat=1
kernel=0
only=all
while [ "$#" -gt 0 ]; do
  case "$1" in
    --repeat) repeat="$2"; shift 2 ;;
    --kernel) kernel=1; shift ;;
    --only) only="$2"; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "src/bench/whole-run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for tool in /usr/bin/time /usr/bin/python3; do
  [ -x "$tool" ] || { echo "src/bench/whole-run.sh: $tool is missing (Debian: apt-get install time python3-igraph)" >&2; exit 1; }
done
out="${BENCH_OUT:-$home/src/bench/results}"
mkdir -p "$out"
log="$out/whole-run-$(date -u +%Y%m%dT%H%M%SZ).txt"
work="${WHOLE_RUN_DIR:-$(mktemp -d /tmp/citynet-whole-run.XXXXXX)}"
mkdir -p "$work"
cores="$(nproc)"
cd "$home"
exec > >(tee "$log") 2>&1

echo "# citynet whole-run benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "# nproc: $cores; cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "# memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2 / 1048576}'); java: $(java -version 2>&1 | head -1)"
echo "# python: $(/usr/bin/python3 -c 'import igraph; print("igraph", igraph.__version__)' 2>&1 | tail -1)"
echo "# load average at start: $(cat /proc/loadavg)"
./citynet --version >/dev/null # builds the jar when the sources are newer

g10k="$work/random-g10k"
if [ ! -f "$g10k/links.csv" ]; then
  ./citynet bench --generate random --cities-count 10000 --links-count 30000 --seed 3 --out "$g10k" >/dev/null
fi

# Runs ./citynet on a dataset under /usr/bin/time -v and prints one line of figures.
whole_run() {
  local label="$1" dir="$2" run="$3" stats="$work/time-$1-$3.txt" dest="$work/out-$1"
  local before after
  before="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -v -o "$stats" ./citynet --cities "$dir/cities.csv" --links "$dir/links.csv" \
    --out "$dest" --name "$label" >"$work/log-$label-$run.txt" 2>&1 ||
    { echo "citynet failed on $label; see $work/log-$label-$run.txt"; tail -5 "$work/log-$label-$run.txt"; exit 1; }
  after="$(cut -d' ' -f1 /proc/loadavg)"
  awk -v label="$label" -v run="$run" -v cores="$cores" -v before="$before" -v after="$after" '
    /User time/ { user = $NF } /System time/ { sys = $NF } /Maximum resident/ { rss = $NF }
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
    END { printf "citynet %-8s run %d: wall %6.2f s  user %6.2f s  sys %5.2f s  cpu util %3.0f%%  peak %5.0f MiB  load %s -> %s\n",
            label, run, wall, user, sys, 100 * (user + sys) / wall / cores, rss / 1024, before, after
          print wall, user + sys > "/dev/stderr" }' "$stats" 2>"$work/wall-$label-$run.txt"
}

sizes() {
  echo "outputs of $1 ($work/out-$1):"
  (cd "$work/out-$1" && for f in *; do printf '  %-34s %10.2f MB\n' "$f" "$(($(stat -c %s "$f"))).0e-6"; done)
}

# Times python-igraph's betweenness() on a links.csv (one thread, as igraph runs).
igraph_betweenness() {
  /usr/bin/python3 - "$1" <<'PY'
import csv, sys, time, igraph
with open(sys.argv[1], newline="") as f:
    rows = list(csv.reader(f))[1:]
ids = {}
edges = [(ids.setdefault(r[0], len(ids)), ids.setdefault(r[1], len(ids))) for r in rows]
g = igraph.Graph(n=len(ids), edges=edges).simplify()
cpu, wall = time.process_time(), time.perf_counter()
g.betweenness(directed=False)
print("%.3f %.3f" % (time.perf_counter() - wall, time.process_time() - cpu))
PY
}

run_dataset() {
  local label="$1" dir="$2" with_igraph="$3" best=""
  for run in $(seq 1 "$repeat"); do
    whole_run "$label" "$dir" "$run"
    if [ "$with_igraph" = 1 ]; then
      read -r iwall icpu < <(igraph_betweenness "$dir/links.csv")
      read -r cwall ccpu <"$work/wall-$label-$run.txt"
      awk -v iw="$iwall" -v ic="$icpu" -v cw="$cwall" -v cc="$ccpu" -v cores="$cores" -v run="$run" \
        -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
        printf "igraph  betweenness() run %d: wall %6.2f s  cpu %6.2f s  load %s\n", run, iw, ic, load
        printf "ratio run %d: igraph betweenness wall / citynet whole-run wall = %.2f\n", run, iw / cw
        printf "ratio run %d, by CPU time (for a loaded machine): igraph cpu / (citynet cpu / %d cores) = %.2f\n", run, cores, ic / (cc / cores) }'
    fi
  done
  sizes "$label"
}

echo
echo "== first run of the default dataset (builds the class-data archive; not counted)"
whole_run warmup "$home/datasets/mayoral-forum-twinning" 0
case "$only" in all | g10k)
  echo; echo "== random G(10,000, 30,000), seed 3, lat -60..70 ($g10k)"
  run_dataset g10k "$g10k" 1 ;;
esac
case "$only" in all | world)
  echo; echo "== world twinning network (datasets/twin-cities-world)"
  run_dataset world "$home/datasets/twin-cities-world" 0 ;;
esac
case "$only" in all | default)
  echo; echo "== default dataset (datasets/mayoral-forum-twinning)"
  run_dataset default "$home/datasets/mayoral-forum-twinning" 0 ;;
esac
if [ "$kernel" = 1 ]; then
  echo; echo "== exact kernel on G(20,000, 60,000), seed 1: citynet bench against igraph and graph-tool"
  ./citynet bench --synthetic 20000,60000 --threads 1,2 --graph-tool --networkx-sample 0
fi
echo
echo "# load average at end: $(cat /proc/loadavg)"
echo "# log: $log"

#!/usr/bin/env bash
# A/B comparison by CPU time, for a shared machine: runs two variants of the whole citynet run in
# turn (A B A B ...), each under /usr/bin/time, and prints user + sys CPU seconds, wall time, peak
# RSS, the summary's measuring_the_network time and the load average around each run; then checks
# that both variants wrote the same city and link tables. A variant is a jar and JVM flags.
# Usage:
#   src/bench/ab-cpu.sh [--runs N] [--label-a A] [--label-b B] JAR_A 'FLAGS_A' JAR_B 'FLAGS_B' [citynet options]
#   src/bench/ab-cpu.sh /tmp/old.jar -XX:TieredStopAtLevel=1 target/citynet.jar -XX:TieredStopAtLevel=1
#   src/bench/ab-cpu.sh target/citynet.jar -XX:TieredStopAtLevel=1 target/citynet.jar '' --dataset twin-cities-world
# Without citynet options it runs the default dataset. Both variants run without the class-data
# archive, so neither gets it for free. The log goes to src/bench/results/ab-cpu-<UTC time>.txt
# (BENCH_OUT overrides the folder).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=2
label_a=A
label_b=B
while [ "$#" -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --label-a) label_a="$2"; shift 2 ;;
    --label-b) label_b="$2"; shift 2 ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
if [ "$#" -lt 4 ]; then
  echo "src/bench/ab-cpu.sh: give JAR_A FLAGS_A JAR_B FLAGS_B (see --help)" >&2
  exit 2
fi
jar_a="$1" flags_a="$2" jar_b="$3" flags_b="$4"
shift 4
for jar in "$jar_a" "$jar_b"; do
  [ -f "$jar" ] || { echo "src/bench/ab-cpu.sh: no jar at $jar" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "src/bench/ab-cpu.sh: /usr/bin/time is missing (Debian: apt-get install time)" >&2; exit 1; }
out="${BENCH_OUT:-$home/src/bench/results}"
mkdir -p "$out"
log="$out/ab-cpu-$(date -u +%Y%m%dT%H%M%SZ).txt"
work="$(mktemp -d /tmp/citynet-ab.XXXXXX)"
exec > >(tee "$log") 2>&1
echo "# citynet A/B by CPU time, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "# nproc: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); java: $(java -version 2>&1 | head -1)"
echo "# A ($label_a): $jar_a $flags_a"
echo "# B ($label_b): $jar_b $flags_b"
echo "# citynet options: ${*:-(default dataset)}"

# Runs one variant once and prints one line.
one() {
  local label="$1" jar="$2" flags="$3" run="$4" dest="$work/$1-$4" before
  shift 4
  before="$(cut -d' ' -f1 /proc/loadavg)"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" java -Xmx4g $flags -Dcitynet.home="$home" \
    -jar "$jar" "$@" --out "$dest" >"$work/log-$label-$run" 2>&1 ||
    { echo "citynet failed ($label run $run); see $work/log-$label-$run"; exit 1; }
  local measuring
  measuring="$(/usr/bin/python3 -c 'import glob, json, sys
d = json.load(open(glob.glob(sys.argv[1] + "/*-summary.json")[0]))
print(next(v for k, v in d.items() if "timing" in k)["measuring_the_network"])' "$dest")"
  read -r wall user sys rss <"$work/time"
  awk -v l="$label" -v r="$run" -v w="$wall" -v u="$user" -v s="$sys" -v k="$rss" -v m="$measuring" \
    -v b="$before" -v a="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
    printf "%-10s run %d: cpu %6.2f s (user %6.2f, sys %5.2f)  wall %6.2f s  measuring wall %6.2f s  peak %5.0f MiB  load %s -> %s\n",
      l, r, u + s, u, s, w, m, k / 1024, b, a }'
}
cd "$home"
for run in $(seq 1 "$runs"); do
  one "$label_a" "$jar_a" "$flags_a" "$run" "$@"
  one "$label_b" "$jar_b" "$flags_b" "$run" "$@"
done
for table in cities links; do
  a="$(ls "$work/$label_a-1/"*-"$table".csv)"
  b="$(ls "$work/$label_b-1/"*-"$table".csv)"
  if cmp -s "$a" "$b"; then
    echo "$table table: identical in A and B"
  else
    echo "$table table: DIFFERS between A and B ($a, $b)"
  fi
done
echo "# log: $log"

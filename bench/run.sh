#!/usr/bin/env bash
# Loads the native and the plugmux server side by side with wrk and prints
# requests per second and the ratio for each route. Rounds alternate between
# the two servers so that the machine's noise hits both alike.
#
#   bench/run.sh [rounds=3] [duration=5s] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3} dur=${2:-5s} conns=${3:-32}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
go build -o /tmp/plugmux-bench-serve ./bench/serve
/tmp/plugmux-bench-serve -native 127.0.0.1:3001 -plugmux 127.0.0.1:3002 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
for _ in $(seq 50); do curl -sf http://127.0.0.1:3002/api/bench/hello >/dev/null && break; sleep 0.1; done
rps() { wrk -t2 -c"$conns" -d"$dur" "$1" | awk '/Requests\/sec/ {print $2}'; }
for route in /api/bench/hello /api/bench/json/42; do
  n=0 p=0
  for _ in $(seq "$rounds"); do
    n=$(echo "$n + $(rps http://127.0.0.1:3001$route)" | bc)
    p=$(echo "$p + $(rps http://127.0.0.1:3002$route)" | bc)
  done
  printf '%-22s native %9.0f req/s   plugmux %9.0f req/s   ratio %.2f\n' "$route" "$(echo "$n/$rounds" | bc -l)" "$(echo "$p/$rounds" | bc -l)" "$(echo "$p/$n" | bc -l)"
done

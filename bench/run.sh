#!/usr/bin/env bash
# Loads three hosts of the same routes side by side with wrk: native
# (httprouter), plugmux (bench/serve's plugin) and Node/Express 5
# (bench/node), and prints requests per second, the answers that were not
# 2xx/3xx, socket errors, and the ratios plugmux/native and plugmux/node;
# then the p99 latency of each (median over the rounds).
# Rounds alternate between the hosts (and their order) so that the shared
# machine's noise hits all alike: compare the ratios of one run, never
# figures across runs.
#
#   bench/run.sh [rounds=3] [duration=5s]
#
# Scenarios: hello and json/42 at 32 connections; await (a 50 ms timer) at
# 100 and at 1000 connections; async (a 50 ms host call through
# ModuleContext.Async; Node has no such route) at 100 connections.
# CPUPROFILE=/tmp/cpu.prof bench/run.sh … writes a CPU profile of
# bench/serve (both Go servers) for go tool pprof.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3} dur=${2:-5s}

if ! command -v wrk >/dev/null; then
  echo "installing wrk" >&2
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
command -v node >/dev/null || { echo "node is needed (Node 20 or later)" >&2; exit 1; }
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

(cd bench/node && npm ci --no-audit --no-fund --silent)
go build -o /tmp/plugmux-bench-serve ./bench/serve

native=http://127.0.0.1:3001 plugmux=http://127.0.0.1:3002 nodehost=http://127.0.0.1:3003
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
/tmp/plugmux-bench-serve -native 127.0.0.1:3001 -plugmux 127.0.0.1:3002 ${CPUPROFILE:+-cpuprofile "$CPUPROFILE"} 2>/tmp/plugmux-bench-serve.log &
pids+=($!)
node bench/node/server.js 3003 >/dev/null &
pids+=($!)
for url in $native $plugmux $nodehost; do
  for _ in $(seq 100); do curl -sf "$url/api/bench/hello" >/dev/null && break; sleep 0.1; done
  curl -sf "$url/api/bench/hello" >/dev/null || { echo "$url does not answer" >&2; exit 1; }
  wrk -t2 -c32 -d1s "$url/api/bench/hello" >/dev/null # warm up
done

# load HOST URL CONNECTIONS prints "req/s non-2xx socket-errors p99-ms".
load() {
  wrk -t2 -c"$2" -d"$dur" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    /Non-2xx or 3xx responses/ { bad = $NF }
    /Socket errors/ { gsub(",", ""); errs = $4 + $6 + $8 + $10 }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%s %d %d %.3f\n", rps, bad, errs, p99 }'
}

scenarios=("/api/bench/hello 32" "/api/bench/json/42 32" "/api/bench/await 100" "/api/bench/await 1000" "/api/bench/async 100")
results=$(mktemp)
for round in $(seq "$rounds"); do
  for s in "${scenarios[@]}"; do
    read -r route conns <<<"$s"
    hosts=(native plugmux node)
    ((round % 2 == 0)) && hosts=(node plugmux native)
    for h in "${hosts[@]}"; do
      [[ $h == node && $route == */async ]] && continue
      case $h in native) base=$native ;; plugmux) base=$plugmux ;; node) base=$nodehost ;; esac
      echo "$route@$conns $h $(load "$base$route" "$conns")" >>"$results"
    done
  done
done

echo "wrk -t2 -d$dur, $rounds rounds, mean req/s (min–max); non-2xx and socket errors summed over the rounds"
awk '
  { k = $1 SUBSEP $2; n[k]++; sum[k] += $3; bad[k] += $4; err[k] += $5
    if (!(k in lo) || $3 < lo[k]) lo[k] = $3
    if (!(k in hi) || $3 > hi[k]) hi[k] = $3
    if (!($1 in seen)) { seen[$1] = 1; order[++m] = $1 } }
  function mean(s, h) { k = s SUBSEP h; return n[k] ? sum[k] / n[k] : 0 }
  function cell(s, h) { k = s SUBSEP h
    if (!n[k]) return sprintf("%-34s", "-")
    return sprintf("%8.0f (%6.0f–%6.0f) %4d/%-4d", mean(s, h), lo[k], hi[k], bad[k], err[k]) }
  function ratio(a, b) { return b ? sprintf("%5.2f", a / b) : "    -" }
  END {
    printf "%-24s %-34s %-34s %-34s %s  %s\n", "route@connections", "native", "plugmux", "node", "pm/native", "pm/node"
    for (i = 1; i <= m; i++) { s = order[i]
      printf "%-24s %s %s %s %9s  %7s\n", s, cell(s, "native"), cell(s, "plugmux"), cell(s, "node"),
        ratio(mean(s, "plugmux"), mean(s, "native")), ratio(mean(s, "plugmux"), mean(s, "node")) }
    print "(each cell: mean req/s (min–max) non-2xx/socket errors)" }' "$results"
echo
echo "p99 latency, ms, median over the rounds (wrk --latency)"
awk '
  { k = $1 SUBSEP $2; v[k, ++n[k]] = $6
    if (!($1 in seen)) { seen[$1] = 1; order[++m] = $1 } }
  function median(s, h,   k, c, i, j, t, a) { k = s SUBSEP h; c = n[k]; if (!c) return -1
    for (i = 1; i <= c; i++) a[i] = v[k, i]
    for (i = 2; i <= c; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2 }
  function cell(x) { return x < 0 ? sprintf("%10s", "-") : sprintf("%10.2f", x) }
  END {
    printf "%-24s %10s %10s %10s %10s\n", "route@connections", "native", "plugmux", "node", "pm/native"
    for (i = 1; i <= m; i++) { s = order[i]; a = median(s, "native"); b = median(s, "plugmux")
      printf "%-24s %s %s %s %10s\n", s, cell(a), cell(b), cell(median(s, "node")), (a > 0 ? sprintf("%.2f", b / a) : "-") } }' "$results"
rm -f "$results"

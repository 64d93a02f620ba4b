#!/usr/bin/env bash
# The scale benchmark: K one-route plugins (each a distinct module whose
# hello route names its plugin) served from a real feed (internal/feedserver)
# to the plugmux host (bench/scalehost) and to the Node/Express host
# (bench/node/scale.js, one Express router per plugin, from the same feed),
# each pinned to CPU 0 while this script, the feed and wrk run on CPU 1.
# For every K and host it prints one line: the time from process start until
# all K plugins serve, RSS and live heap per plugin at ready and after one
# request to each plugin, and wrk's request rate on one plugin's hello route
# with K installed ÷ with 1 (K=1 always runs too).
#
#   bench/scale.sh [K...]                 default: 1 1000
#   ROUNDS=3 DURATION=5s HOSTS=plugmux,node,node-vm TARGET=middle JSON=/tmp/scale.json bench/scale.sh 1000 10000
#   PLUGMUX_ARGS="-idle-timeout 5s" IDLE_WAIT=8s bench/scale.sh   # memory once idle runtimes are dropped
#
# HOSTS may add node-vm: the Node host with a vm context (its own globals)
# per plugin, the isolated anchor for memory. TARGET (first, middle, last)
# is the plugin that wrk loads: its place in the feed matters to Node, whose
# Express app walks its stack of K routers for every request.
# Rounds alternate the order of the hosts and the Ks; the figures are
# medians over the rounds. K=10000 takes minutes per round and several GB;
# a run stops when the machine has less than 1 GiB of memory available.
# Each host's output is in /tmp/plugmux-scale-HOST-K.log.
set -euo pipefail
cd "$(dirname "$0")/.."
ks=${*:-1 1000}

if ! command -v wrk >/dev/null; then
  echo "installing wrk" >&2
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
command -v node >/dev/null || { echo "node is needed (Node 20 or later)" >&2; exit 1; }
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

(cd bench/node && npm ci --no-audit --no-fund --silent)
go build -o /tmp/plugmux-scale ./bench/scale
go build -o /tmp/plugmux-scalehost ./bench/scalehost

pin=()
if command -v taskset >/dev/null && [[ $(nproc --all) -ge 2 ]]; then
  pin=(taskset -c 1) # the hosts go to CPU 0 (scale -pin)
fi
exec "${pin[@]}" /tmp/plugmux-scale -k "$ks" -rounds "${ROUNDS:-3}" -duration "${DURATION:-5s}" \
  -hosts "${HOSTS:-plugmux,node}" -target "${TARGET:-middle}" ${JSON:+-json "$JSON"} \
  -plugmux-args "${PLUGMUX_ARGS:-}" -idle-wait "${IDLE_WAIT:-0s}" \
  -scalehost /tmp/plugmux-scalehost -node-script bench/node/scale.js

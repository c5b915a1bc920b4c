#!/usr/bin/env bash
# Many supervisors on one Kinesis stream: moto on loopback behind a proxy that lets 5 GetRecords
# a second through per shard, whoever calls (scripts/kinesis_throttle_proxy.py); for N readers
# (1, 5 and 10 by default) the real `lenstail follow --kinesis-stream … --output jsonl` each, and
# the demo call put record by record on a fresh 2-shard stream (scripts/kinesis_share.py).
# Prints per N: PutRecord → stdout latency p50/p95/max, the throttled share of GetRecords (counted
# by the proxy, per reader), turns lost or repeated. Exits 1 if any reader lost or repeated a turn.
#   scripts/bench-kinesis-share.sh [--short] [--readers 1,5,10] [--speed 4] [--warmup 30]
#   --short (or BENCH_SHORT=1): 1 and 2 readers, the call at 40×, 3 s of warm-up: for CI.
# Needs moto_server and python3 with boto3, and release builds of lenstail and LensBenchmarks:
#   swift build -c release --scratch-path .build-release --product lenstail (and LensBenchmarks)
set -euo pipefail
cd "$(dirname "$0")/.."
readers=1,5,10 speed=4 warmup=30
[[ ${BENCH_SHORT:-0} == 1 ]] && readers=1,2 speed=40 warmup=3
while (($#)); do
  case $1 in
    --short) readers=1,2 speed=40 warmup=3 ;;
    --readers) readers=$2; shift ;;
    --speed) speed=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    *) echo "usage: $0 [--short] [--readers 1,5,10] [--speed 4] [--warmup 30]" >&2; exit 64 ;;
  esac
  shift
done
source scripts/bench-lib.sh
command -v moto_server >/dev/null || { echo "moto_server is not installed (pip install 'moto[server]')" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
moto_port=$(free_port)
moto_server -H 127.0.0.1 -p "$moto_port" >"$work/moto.log" 2>&1 &
moto=$!
proxy=
trap 'kill "$moto" $proxy 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
moto_up() { python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "http://127.0.0.1:$moto_port/moto-api/data.json" 2>/dev/null; }
for _ in $(seq 1 150); do moto_up && break; sleep 0.2; done
moto_up || { echo "moto_server did not start:" >&2; cat "$work/moto.log" >&2; exit 1; }
python3 scripts/kinesis_throttle_proxy.py 0 "$moto_port" >"$work/proxy.log" 2>&1 &
proxy=$!
for _ in $(seq 1 100); do
  proxy_url=$(sed -n 's|^listening on \(http://[0-9.:]*\)$|\1|p' "$work/proxy.log")
  [[ -n $proxy_url ]] && break
  sleep 0.1
done
[[ -n ${proxy_url:-} ]] || { echo "the proxy did not start:" >&2; cat "$work/proxy.log" >&2; exit 1; }
echo "lenstail $("$bin" --version 2>/dev/null || echo "?"), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "the demo call at ${speed}× on a 2-shard stream; ${readers//,/, } readers, joining 0.5 s apart; ${warmup} s of warm-up"
python3 scripts/kinesis_share.py --moto "http://127.0.0.1:$moto_port" --proxy "$proxy_url" --lenstail "$bin" \
  --bench "$bench" --readers "$readers" --speed "$speed" --warmup "$warmup" --log "$work"
